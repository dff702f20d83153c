import Foundation

/// A report's tables as one CSV sheet: the section heading becomes the first column when the report
/// groups its rows (per unit, per title). Titles and signatures stay out: a spreadsheet wants data.
enum CSVRendering {
    static func render(_ doc: ReportDocument) -> String {
        var lines: [String] = []
        let header = (doc.groupColumn.map { [$0] } ?? []) + doc.columns
        lines.append(header.map(field).joined(separator: ","))
        for section in doc.sections {
            for row in section.rows {
                let cells = (doc.groupColumn != nil ? [section.heading ?? ""] : []) + row
                lines.append(cells.map(field).joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when it holds a comma, quote, line break, or leading/trailing space.
    static func field(_ s: String) -> String {
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
            || s.first == " " || s.last == " "
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
