import BinhXetCore
import Foundation
import Testing

/// Compares text with a golden file in `Tests/BinhXetCoreTests/Golden/`. With RECORD_GOLDEN=1, or when
/// the file is missing, the text is written and the test fails, so a recording is always reviewed in
/// `git diff` before it is committed.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name): review it with git diff, then run the test again", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        if expected != text {
            let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("""
                \(name) differs at line \(line + 1):
                  golden: \(line < a.count ? a[line] : "<end>")
                  actual: \(line < b.count ? b[line] : "<end>")
                (RECORD_GOLDEN=1 to record)
                """, sourceLocation: sourceLocation)
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
        case .html, .md:
            try Golden.check(format.text(doc)!, "\(name).\(format.rawValue)", sourceLocation: sourceLocation)
        }
    }

    static func normalised(_ xml: String) -> String {
        var s = xml
        for tag in ["<w:p>", "<w:tbl>", "<w:tr>", "<w:sectPr>", "</w:tbl>"] { s = s.replacingOccurrences(of: tag, with: "\n" + tag) }
        return s
    }
}
