#if canImport(FoundationXML)
import FoundationXML
#endif
import BinhXetText
import Foundation

/// The fonts that `word/styles.xml` gives runs which name no font themselves.
///
/// Many ABC-era documents set `.VnTime` once, in the Normal style, and their runs carry no `w:rFonts`;
/// reading only direct formatting would take their TCVN3 bytes for Latin-1. Resolution follows Word:
/// direct formatting, then the run's character style, then the paragraph's style (or the default
/// paragraph style), each through its `basedOn` chain, then the document defaults.
struct DocxStyleFonts {
    private var styles: [String: (font: FontChoice?, basedOn: String?)] = [:]
    private var defaultParagraphStyle: String?
    private var documentDefault: FontChoice?

    /// No styles part: runs without a font are Unicode.
    static let none = DocxStyleFonts()

    /// The encoding of a run that has no direct font.
    func encoding(runStyle: String?, paragraphStyle: String?) -> TextEncoding? {
        if let f = font(ofStyle: runStyle) { return f.encoding }
        if let f = font(ofStyle: paragraphStyle ?? defaultParagraphStyle) { return f.encoding }
        return documentDefault?.encoding
    }

    /// True when some style or the defaults use a legacy font (otherwise run resolution can skip styles).
    var usesLegacyFonts: Bool {
        documentDefault?.encoding != nil || styles.values.contains { $0.font?.encoding != nil }
    }

    private func font(ofStyle id: String?) -> FontChoice? {
        var id = id
        var steps = 0
        while let current = id, let style = styles[current], steps < 32 {  // a basedOn cycle ends here
            if let f = style.font { return f }
            id = style.basedOn
            steps += 1
        }
        return nil
    }

    /// Reads a styles part; a part that does not parse gives no style fonts (the text is still read).
    static func parse(_ xml: Data) -> DocxStyleFonts {
        let collector = Collector()
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        return parser.parse() ? collector.result : .none
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var result = DocxStyleFonts()
        private var names: WordMLNames?
        private var depth = 0
        /// Depth of the open `w:style` or `w:rPrDefault`, and of the `w:rPr` directly inside it.
        private var ownerDepth: Int?
        private var propertiesDepth: Int?
        private var style: (id: String, isParagraphDefault: Bool, font: FontChoice?, basedOn: String?)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            depth += 1
            guard let names else {
                names = WordMLNames(rootAttributes: attributes)
                return
            }
            switch names.tags[elementName] {
            case .style?:
                let id = attributes[names.styleId] ?? ""
                let isDefault = attributes[names.type] == "paragraph"
                    && ["1", "true", "on"].contains(attributes[names.isDefault] ?? "")
                style = (id, isDefault, nil, nil)
                ownerDepth = depth
            case .runPropertiesDefault?:
                ownerDepth = depth
            case .basedOn? where style != nil && ownerDepth == depth - 1:
                style?.basedOn = attributes[names.val]
            case .runProperties? where ownerDepth == depth - 1:
                // Only the style's own rPr: table styles nest conditional rPr deeper.
                propertiesDepth = depth
            case .runFonts? where propertiesDepth == depth - 1:
                let font = FontChoice(attributes: attributes, names: names)
                if style != nil { style?.font = font } else { result.documentDefault = font }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if depth == propertiesDepth { propertiesDepth = nil }
            if depth == ownerDepth {
                ownerDepth = nil
                if let s = style {
                    result.styles[s.id] = (s.font, s.basedOn)
                    if s.isParagraphDefault { result.defaultParagraphStyle = s.id }
                    style = nil
                }
            }
            depth -= 1
        }
    }
}
