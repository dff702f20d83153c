@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// Report goldens in `Tests/BinhXetCoreTests/Golden/`, compared (or recorded with RECORD_GOLDEN=1) by the
/// test support's one golden helper.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let problem = GoldenFile.mismatch(text, at: folder.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}

/// A document's golden files in one format: the text itself for html, md and csv; for docx its
/// `word/document.xml` with a line break before each paragraph, row and table (so a diff reads), and its
/// `word/styles.xml` against the one styles golden every document shares.
enum GoldenDocument {
    static func check(_ doc: OfficialDocument, _ format: DocumentFormat, _ name: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        switch format {
        case .docx:
            let p = try DocxPackage(try DocxRendering.render(doc))
            #expect(p.allWellFormed, sourceLocation: sourceLocation)
            try Golden.check(normalised(p.document), "\(name).document.xml", sourceLocation: sourceLocation)
            try Golden.check(p.styles, "docx-styles.xml", sourceLocation: sourceLocation)
        case .csv:
            guard let text = format.text(doc) else { #expect(doc.sheet == nil, sourceLocation: sourceLocation); return }
            try Golden.check(text, "\(name).csv", sourceLocation: sourceLocation)
        case .html:
            try Golden.check(try page(format.text(doc)!, of: doc), "\(name).html", sourceLocation: sourceLocation)
        case .md:
            try Golden.check(format.text(doc)!, "\(name).md", sourceLocation: sourceLocation)
        }
    }

    /// An html document without its prologue (doctype, head and the print stylesheet every document
    /// shares), which must be exactly `DocumentHTML.prologue`: the golden keeps the title line and the
    /// pages, so the 45 lines of the stylesheet are not repeated in every html golden.
    static func page(_ html: String, of doc: OfficialDocument) throws -> String {
        let prologue = DocumentHTML.prologue(caption: doc.caption, fontSize: 14)
        try #require(html.hasPrefix(prologue), "the html does not start with DocumentHTML.prologue")
        return "<title>\(HTMLRendering.escape(doc.caption))</title>\n" + html.dropFirst(prologue.count)
    }

    static func normalised(_ xml: String) -> String {
        var s = xml
        for tag in ["<w:p>", "<w:tbl>", "<w:tr>", "<w:sectPr>", "</w:tbl>"] { s = s.replacingOccurrences(of: tag, with: "\n" + tag) }
        return s
    }
}
