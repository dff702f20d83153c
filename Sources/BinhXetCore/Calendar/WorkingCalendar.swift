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
        exceptions = Exceptions(all)
    }

    /// Days that break the Monday–Friday pattern, sorted, so that counting working days over years is
    /// two binary searches instead of a walk through every day.
    struct Exceptions: Sendable {
        /// Weekdays off (holidays, substitute and swapped days).
        var weekdaysOff: [Int] = []
        /// Saturdays and Sundays worked.
        var weekendsWorked: [Int] = []

        init(_ entries: [CalendarDay: HolidayEntry]) {
            for (day, e) in entries {
                if e.kind.isDayOff && !day.isWeekend { weekdaysOff.append(day.julianDay) }
                if !e.kind.isDayOff && day.isWeekend { weekendsWorked.append(day.julianDay) }
            }
            weekdaysOff.sort()
            weekendsWorked.sort()
        }

        /// How many of `days` lie in (start, end].
        static func count(_ days: [Int], after start: Int, through end: Int) -> Int {
            firstIndex(in: days, after: end) - firstIndex(in: days, after: start)
        }

        /// The index of the first element greater than `value`.
        static func firstIndex(in days: [Int], after value: Int) -> Int {
            var lo = 0, hi = days.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if days[mid] <= value { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    private var exceptions = Exceptions([:])

    /// This calendar with a desk's override lines: each replaces the line of its date, if any.
    public func overridden(by overrides: [HolidayEntry], source: String) -> WorkingCalendar {
        var copy = self
        for e in overrides { copy.entries[e.day] = e }
        copy.exceptions = Exceptions(copy.entries)
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
        let (a, b) = (start.julianDay, end.julianDay)
        return Self.weekdays(through: b) - Self.weekdays(through: a)
            - Exceptions.count(exceptions.weekdaysOff, after: a, through: b)
            + Exceptions.count(exceptions.weekendsWorked, after: a, through: b)
    }

    /// Monday-to-Friday days from Julian day 0 through `day` (day 0 was a Monday: `julianDay % 7 < 5`
    /// is a weekday).
    static func weekdays(through day: Int) -> Int { (day + 1) / 7 * 5 + min((day + 1) % 7, 5) }
}
