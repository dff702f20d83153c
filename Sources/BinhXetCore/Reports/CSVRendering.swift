import BinhXetText
import Foundation

/// A report's tables as one CSV sheet: the section heading becomes the first column when the report
/// groups its rows (per unit, per title). Titles and signatures stay out: a spreadsheet wants data.
/// A cell that is a date for people ("02/05/2018") is written as the ISO day ("2018-05-02"), as every
/// CSV and JSON of BinhXet keeps dates (README): a spreadsheet sorts and reads it in any locale.
enum CSVRendering {
    static func render(_ doc: ReportDocument) -> String {
        var lines: [String] = []
        let header = (doc.groupColumn.map { [$0] } ?? []) + doc.columns
        lines.append(header.map(field).joined(separator: ","))
        for section in doc.sections {
            for row in section.rows {
                let cells = (doc.groupColumn != nil ? [section.heading ?? ""] : []) + row
                lines.append(cells.map(dataCell).joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A document's data sheet, written the same way.
    static func render(sheet: DataSheet) -> String {
        let lines = [sheet.columns.map(field).joined(separator: ",")] + sheet.rows.map { $0.map(dataCell).joined(separator: ",") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A data cell as written: `field`, after a day for people ("dd/mm/yyyy", alone or with "HH:mm") is
    /// turned into its ISO form. Text that only holds a date among words stays as it is.
    static func dataCell(_ raw: String) -> String { field(isoDay(raw) ?? raw) }

    /// "2018-05-02" of "02/05/2018", "2018-05-02 08:30" of "02/05/2018 08:30"; nil for anything else.
    static func isoDay(_ cell: String) -> String? {
        let b = Array(cell.utf8)
        guard b.count == 10 || b.count == 16, b[2] == UInt8(ascii: "/"), b[5] == UInt8(ascii: "/") else { return nil }
        let digits = [0, 1, 3, 4, 6, 7, 8, 9] + (b.count == 16 ? [11, 12, 14, 15] : [])
        guard digits.allSatisfy({ b[$0] >= UInt8(ascii: "0") && b[$0] <= UInt8(ascii: "9") }),
              b.count == 10 || (b[10] == UInt8(ascii: " ") && b[13] == UInt8(ascii: ":")),
              let iso = ISODate.parse(String(cell.prefix(10))) else { return nil }
        return iso + cell.dropFirst(10)
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
