import BinhXetText
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

    /// A document's data sheet, written the same way.
    static func render(sheet: DataSheet) -> String {
        let lines = [sheet.columns.map(field).joined(separator: ",")] + sheet.rows.map { $0.map(field).joined(separator: ",") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell as written: controls made visible, a would-be formula disarmed, quoted when it holds a
    /// comma, quote, line break, or leading/trailing space.
    static func field(_ raw: String) -> String {
        let s = neutralised(ControlPictures.visible(raw, keeping: .lines))
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }
            || s.first == " " || s.last == " "
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A cell that starts with `=`, `+`, `-`, `@`, tab or CR is a formula to Excel and LibreOffice
    /// (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`); a leading apostrophe makes it text, as OWASP advises. A cell
    /// that is only a number (`-3`, `+1.5`, `-12,5%`) stays a number: it cannot run anything, and the
    /// reader's sums keep working (DECISIONS.md, 2026-12-06).
    static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return isPlainNumber(s) ? s : "'" + s
    }

    /// An optional sign, digits, at most one decimal separator with digits after it, an optional `%`.
    static func isPlainNumber(_ s: String) -> Bool {
        var rest = Substring(s)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        if rest.last == "%" { rest = rest.dropLast() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
