#if canImport(FoundationXML)
import FoundationXML
#endif
import BinhXetText
import Foundation

/// Collects the paragraphs of `word/document.xml` as the desk's canonical text sees them: the `w:t` text
/// of each `w:p`, `w:tab` as a tab, `w:br`/`w:cr` as a line end, in document order.
///
/// Open paragraphs form a stack because a paragraph can hold another one (a text box inside a run; table
/// cells hold paragraphs too): the inner one is emitted when it closes, the outer one goes on. Text typed
/// in TCVN3 or VNI fonts is decoded per paragraph after joining consecutive runs of the same encoding, as
/// Word splits runs anywhere — even between a VNI letter and its mark byte. `mc:Fallback` content is
/// skipped: it repeats its `mc:Choice` (a text box written twice for old readers).
final class DocxTextExtractor: NSObject, XMLParserDelegate {
    /// The paragraphs, each NFC, in document order.
    private(set) var paragraphs: [String] = []
    /// Characters of decoded text per encoding (`utf8` for Unicode runs), for the dominant encoding.
    private(set) var charactersByEncoding: [TextEncoding: Int] = [:]

    private struct Run {
        var font: FontChoice?
        var style: String?
        var text = ""
    }

    private struct Paragraph {
        var style: String?
        var segments: [(encoding: TextEncoding?, text: String)] = []
        var run: Run?
        var inProperties = false
        var inRunProperties = false
        var inText = false
    }

    private let styles: DocxStyleFonts
    private let stylesMatter: Bool
    private var names: WordMLNames?
    private var open: [Paragraph] = []
    /// Elements still open inside an `mc:Fallback` (0 when not inside one).
    private var skipping = 0

    init(styles: DocxStyleFonts) {
        self.styles = styles
        self.stylesMatter = styles.usesLegacyFonts
    }

    /// The encoding that covers most of the text: `utf8` unless legacy-font text is the larger part.
    var dominantEncoding: TextEncoding {
        charactersByEncoding.max { a, b in a.value < b.value || (a.value == b.value && b.key != .utf8) }?.key ?? .utf8
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        if skipping > 0 { skipping += 1; return }
        guard let names else {
            names = WordMLNames(rootAttributes: attributes)
            return
        }
        guard let tag = names.tags[elementName] else { return }
        if tag == .paragraph { open.append(Paragraph()); return }
        if tag == .fallback { skipping = 1; return }
        guard !open.isEmpty else { return }
        let top = open.count - 1
        switch tag {
        case .paragraphProperties where open[top].run == nil:
            open[top].inProperties = true
        case .paragraphStyle where open[top].inProperties:
            open[top].style = attributes[names.val]
        case .run where !open[top].inProperties:
            open[top].run = Run()
        case .runProperties where open[top].run != nil:
            open[top].inRunProperties = true
        case .runFonts where open[top].inRunProperties:
            open[top].run?.font = FontChoice(attributes: attributes, names: names)
        case .runStyle where open[top].inRunProperties:
            open[top].run?.style = attributes[names.val]
        case .text where open[top].run != nil && !open[top].inRunProperties:
            open[top].inText = true
        case .tab where open[top].run != nil && !open[top].inRunProperties:
            open[top].run?.text.append("\t")
        case .lineBreak where open[top].run != nil && !open[top].inRunProperties,
             .carriageReturn where open[top].run != nil && !open[top].inRunProperties:
            open[top].run?.text.append("\n")
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if skipping > 0 { skipping -= 1; return }
        guard let tag = names?.tags[elementName], !open.isEmpty else { return }
        let top = open.count - 1
        switch tag {
        case .paragraph:
            closeRun(top)
            emit(open.removeLast())
        case .paragraphProperties:
            open[top].inProperties = false
        case .run:
            closeRun(top)
        case .runProperties:
            open[top].inRunProperties = false
        case .text:
            open[top].inText = false
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipping == 0, let top = open.indices.last, open[top].inText else { return }
        open[top].run?.text.append(string)
    }

    private func closeRun(_ top: Int) {
        guard let run = open[top].run else { return }
        open[top].run = nil
        open[top].inText = false
        open[top].inRunProperties = false
        guard !run.text.isEmpty else { return }
        let encoding: TextEncoding?
        if let font = run.font {
            encoding = font.encoding
        } else {
            encoding = stylesMatter ? styles.encoding(runStyle: run.style, paragraphStyle: open[top].style) : nil
        }
        open[top].segments.append((encoding, run.text))
    }

    /// Decodes a paragraph: consecutive runs of one encoding are joined before decoding, so a letter
    /// split across runs (a VNI base letter and its mark byte) is read whole.
    private func emit(_ paragraph: Paragraph) {
        var text = ""
        var groups = 0, legacyOnly = true
        var i = paragraph.segments.startIndex
        while i < paragraph.segments.endIndex {
            let encoding = paragraph.segments[i].encoding
            var joined = paragraph.segments[i].text
            i += 1
            while i < paragraph.segments.endIndex, paragraph.segments[i].encoding == encoding {
                joined += paragraph.segments[i].text
                i += 1
            }
            if let encoding { joined = LegacyVietnamese.decodeFontText(joined, encoding: encoding) }
            charactersByEncoding[encoding ?? .utf8, default: 0] += joined.unicodeScalars.count
            text += joined
            groups += 1
            if encoding == nil { legacyOnly = false }
        }
        // Decoded legacy text is NFC already; anything else (or a join of several parts) is normalised.
        paragraphs.append(groups == 1 && legacyOnly ? text : Normalization.nfc(text))
    }
}
