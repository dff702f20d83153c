
/// The day a desk counts as "today": the clock's day in Vietnam, or the as-of date the council set to
/// review a past year as it stood then (`binhxet year open 2018 --as-of 2018-06-20`).
///
/// Every deadline, queue and event dated by the clock asks the desk for it, so the command line and the
/// review desk cannot disagree about what today is.
public struct AsOfDate: Sendable, Equatable {
    /// The as-of date; nil while the desk follows the clock.
    public var fixed: CalendarDay?
    /// Today on the clock, in Vietnam.
    public var clock: CalendarDay

    public var today: CalendarDay { fixed ?? clock }

    /// The business day of an act recorded at the instant `at`: the as-of date when one is set, else the
    /// instant's day in Vietnam (what `Dossier.day(of:)` reads back from the event).
    public func day(ofActAt at: String) -> CalendarDay { fixed ?? CalendarDay(eventTime: at) ?? today }

    /// Why a day read from a file cannot be (nil when it can): after the desk's today. Said as "in the
    /// future" while the desk follows the clock, and against the as-of date when one is set (a dossier
    /// received after it did not exist on the day the council reviews).
    public func lateness(of day: CalendarDay) -> String? {
        guard day > today else { return nil }
        if let fixed { return "\(day.vietnamese) is after the desk's as-of date (\(fixed.vietnamese))" }
        return "\(day.vietnamese) is in the future"
    }

    /// What an event dated by the clock carries when an as-of date stands in for the clock: the date in
    /// `on` (which deadlines read) and a note saying where it came from.
    public var eventDay: (on: String, note: String)? {
        fixed.map { ($0.iso, "as-of date of the desk (binhxet year open --as-of), not the clock") }
    }
}

/// Why an as-of date was refused.
public enum AsOfError: Error, Equatable, Sendable, CustomStringConvertible {
    case beforeTheYear(asOf: CalendarDay, year: Int)

    public var description: String {
        switch self {
        case .beforeTheYear(let d, let y): return "the as-of date \(d.vietnamese) is before the year under review (\(y)) began"
        }
    }
}
