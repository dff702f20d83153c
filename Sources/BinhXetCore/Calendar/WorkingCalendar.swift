import Foundation

/// Which days the one-stop desk works: Monday to Friday, less public holidays, substitute and swapped
/// days off, plus the Saturdays worked in exchange. Deadlines of the one-stop flow count these days.
///
/// The days come from the built-in table (`Resources/calendar/holidays-vn.tsv`, compiled in), then a
/// desk's override file replaces whole days. Years the table does not list, from 1990 to 2100, get
/// the statutory holidays of `HolidayRules` (no swaps); outside that range only weekends are off.
public struct WorkingCalendar: Sendable {
    /// Listed days by date; a date listed by the override file replaces the built-in line.
    public private(set) var entries: [CalendarDay: HolidayEntry]
    /// Years the tables list: for other years the statutory rules are used.
    public private(set) var listedYears: Set<Int>
    /// Where the lines came from, for `binhxet rules` and error messages.
    public private(set) var sources: [String]

    /// The built-in table, parsed once.
    public static let builtin: WorkingCalendar = {
        // The compiled-in table is tested against the resource file, so a failure here is a build defect.
        let entries = try! HolidayTable.parse(BuiltinHolidays.tsv, file: "holidays-vn.tsv (built in)")
        return WorkingCalendar(entries: entries, source: "built-in holidays-vn.tsv")
    }()

    /// The text of the built-in table, exactly as `Resources/calendar/holidays-vn.tsv` holds it.
    public static var builtinTableText: String { BuiltinHolidays.tsv + "\n" }

    /// Years filled from the statutory rules when a table does not list them.
    public static let ruleYears = 1990...2100

    public init(entries: [HolidayEntry], source: String) {
        listedYears = Set(entries.map(\.day.year))
        var all: [CalendarDay: HolidayEntry] = [:]
        // Filled once here, so that each question is one dictionary look-up.
        for year in Self.ruleYears where !listedYears.contains(year) {
            for e in HolidayRules.entries(year: year) { all[e.day] = e }
        }
        for e in entries { all[e.day] = e }
        self.entries = all
        sources = [source]
    }

    /// This calendar with a desk's override lines: each replaces the line of its date, if any.
    public func overridden(by overrides: [HolidayEntry], source: String) -> WorkingCalendar {
        var copy = self
        for e in overrides { copy.entries[e.day] = e }
        copy.sources.append(source)
        return copy
    }

    /// The built-in calendar with the desk's override file, when there is one.
    public static func forDesk(overrideFile url: URL) throws -> WorkingCalendar {
        guard let data = FileManager.default.contents(atPath: url.path) else { return builtin }
        let entries = try HolidayTable.parse(String(decoding: data, as: UTF8.self), file: url.path)
        return builtin.overridden(by: entries, source: url.path)
    }

    // MARK: - Questions

    /// The line that makes a day special, if any.
    public func entry(on day: CalendarDay) -> HolidayEntry? { entries[day] }

    /// True when the desk works that day.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        if let e = entries[day] { return !e.kind.isDayOff }
        return !day.isWeekend
    }

    /// The date results are due: the `workingDays`-th working day after the day of receipt.
    ///
    /// The day of receipt does not count (a dossier received on Monday with 1 working day is due on
    /// Tuesday); a dossier received on a day off counts from the next working day all the same.
    public func appointmentDate(received: CalendarDay, workingDays: Int) -> CalendarDay {
        var day = received
        var left = max(0, workingDays)
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`).
    public func workingDays(after start: CalendarDay, through end: CalendarDay) -> Int {
        guard end > start else { return 0 }
        var n = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { n += 1 }
            day = day.adding(days: 1)
        }
        return n
    }
}
