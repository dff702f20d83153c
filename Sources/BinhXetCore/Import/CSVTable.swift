/// A parsed CSV file: RFC 4180 quoting, the separator found from the header (`,` `;` or tab, as
/// Excel writes them in different locales), each record with the line it starts on.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        /// 1-based line of the file where the record starts (the header is line 1): what a spreadsheet
        /// user calls the row.
        public var line: Int
        public var fields: [String]
    }

    public var separator: Character
    public var header: [String]
    public var records: [Record]

    /// Parses decoded text (BOM already dropped). Blank lines are skipped.
    public init(parsing text: String) throws(CSVError) {
        let sep = CSVTable.detectSeparator(text)
        separator = sep
        var rows: [Record] = []
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldWasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        let sepScalar = sep.unicodeScalars.first!

        func endRecord() {
            fields.append(String(field)); field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                rows.append(Record(line: recordLine, fields: fields))
            }
            fields = []; fieldWasQuoted = false
        }

        while let u = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if u == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if u == "\n" { line += 1 }
                    field.append(u)
                }
                continue
            }
            switch u {
            case "\"":
                if field.isEmpty { inQuotes = true; fieldWasQuoted = true } else { field.append(u) }
            case sepScalar:
                fields.append(String(field)); field = String.UnicodeScalarView(); fieldWasQuoted = false
            case "\r":
                continue  // CRLF: the LF ends the record
            case "\n":
                endRecord(); line += 1; recordLine = line
            default:
                field.append(u)
            }
        }
        if inQuotes { throw CSVError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = rows.first else { throw CSVError.empty }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        records = Array(rows.dropFirst())
    }

    /// The separator that splits the header line into the most fields, outside quotes.
    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for c in text.unicodeScalars {
            if c == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == "\n" { break }
            let ch = Character(c)
            if counts[ch] != nil { counts[ch]! += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key != ",") }
        return (best?.value ?? 0) > 0 ? best!.key : ","
    }
}

/// Why a CSV file could not be parsed at all.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unterminatedQuote(line: Int)
    public var description: String {
        switch self {
        case .empty: return "the file is empty (no header row)"
        case .unterminatedQuote(let l): return "row \(l): a quoted field is never closed"
        }
    }
}

import Foundation
