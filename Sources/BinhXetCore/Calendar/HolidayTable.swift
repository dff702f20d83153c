import Foundation

/// What a listed day is, for state offices on a Monday–Friday week.
public enum HolidayKind: String, Sendable, Codable, CaseIterable {
    /// Ngày lễ, Tết: a public holiday (Labour Code 2012 Art. 115, 2019 Art. 112).
    case holiday
    /// Nghỉ bù: a holiday fell on a weekend, so the next working day is off.
    case substitute
    /// Hoán đổi: a weekday off in exchange for a weekend day worked (announced by the Government).
    case swap
    /// Đi làm bù, or any day an override makes a working day: worked even on a Saturday or Sunday.
    case workday

    /// True when offices are closed that day.
    public var isDayOff: Bool { self != .workday }
}

/// One line of a holiday table: a day, what it is, its name and where the line comes from.
public struct HolidayEntry: Sendable, Equatable, Codable {
    public var day: CalendarDay
    public var kind: HolidayKind
    public var name: String
    /// `announced` (a published schedule), `rule` (derived from the Labour Code), or a note of the editor.
    public var source: String

    public init(day: CalendarDay, kind: HolidayKind, name: String, source: String) {
        self.day = day; self.kind = kind; self.name = name; self.source = source
    }

    /// The line as the table writes it.
    public var tsvLine: String { "\(day.iso)\t\(kind.rawValue)\t\(name)\t\(source)" }
}

/// A line of a holiday table that could not be read.
public struct HolidayTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file): line \(line): \(reason)" }
}

/// Reads holiday tables: UTF-8 text, one day a line, `date<TAB>kind<TAB>name<TAB>source`; `#` starts a
/// comment line; blank lines are skipped. The same format serves the built-in table
/// (`Resources/calendar/holidays-vn.tsv`) and a desk's override file (`<desk>.holidays.tsv`).
public enum HolidayTable {
    public static func parse(_ text: String, file: String) throws -> [HolidayEntry] {
        var entries: [HolidayEntry] = []
        var seen: [CalendarDay: Int] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = i + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            func fail(_ reason: String) -> HolidayTableError {
                HolidayTableError(file: file, line: lineNumber, reason: reason)
            }
            guard fields.count >= 2 else { throw fail("expected date, kind, name and source separated by tabs") }
            guard let day = CalendarDay(fields[0]) else { throw fail("'\(fields[0])' is not a date (yyyy-mm-dd)") }
            guard let kind = HolidayKind(rawValue: fields[1]) else {
                throw fail("unknown kind '\(fields[1])' (expected \(HolidayKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if let earlier = seen[day] { throw fail("\(day.iso) is already listed on line \(earlier)") }
            seen[day] = lineNumber
            entries.append(HolidayEntry(day: day, kind: kind, name: fields.count > 2 ? fields[2] : "",
                                        source: fields.count > 3 ? fields[3] : ""))
        }
        return entries
    }
}
