import BinhXetText
import Foundation

/// A report as Markdown (CommonMark with pipe tables): headings, tables, paragraphs; every piece of
/// desk text is escaped so a name or reason cannot start a heading or break a table.
enum MarkdownRendering {
    static func render(_ doc: ReportDocument) -> String {
        var out: [String] = []
        if !doc.letterhead.isEmpty { out.append(doc.letterhead.map { "**\(escape($0))**" }.joined(separator: "  \n")) }
        out.append("# \(escape(doc.title))")
        if !doc.meta.isEmpty { out.append(doc.meta.map(escape).joined(separator: "  \n")) }
        for section in doc.sections {
            if let h = section.heading { out.append("## \(escape(h))") }
            if !section.intro.isEmpty { out.append(section.intro.map(escape).joined(separator: "  \n")) }
            if !doc.columns.isEmpty {
                var table = ["| " + doc.columns.map(cell).joined(separator: " | ") + " |",
                             "|" + doc.columns.map { _ in " --- |" }.joined()]
                if section.rows.isEmpty { table.append("| " + (["—"] + Array(repeating: "", count: doc.columns.count - 1)).joined(separator: " | ") + " |") }
                for row in section.rows { table.append("| " + row.map(cell).joined(separator: " | ") + " |") }
                out.append(table.joined(separator: "\n"))
            }
        }
        for p in doc.paragraphs { out.append(escape(p)) }
        if !doc.signatures.isEmpty { out.append(doc.signatures.map { "**\(escape($0))**" }.joined(separator: " · ")) }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Backslash-escapes what Markdown would take as markup; control characters become visible, so a
    /// report printed to a terminal cannot drive it.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in ControlPictures.visible(s, keeping: .lines) {
            if "\\`*_[]<>#|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out.replacingOccurrences(of: "\n", with: "  \n")
    }

    static func cell(_ s: String) -> String { escape(s).replacingOccurrences(of: "  \n", with: "<br>") }
}
