
/// A criticism (phê bình) of a unit's leadership as the register lists it.
public struct Criticism: Sendable, Codable, Equatable {
    public var eventID: Int64
    public var unitID: Int64
    public var unitName: String
    public var text: String
    /// The nominations that prompted it.
    public var nominations: [String]
    public var actor: String
    public var at: String
    /// The day it counts as made: the desk's as-of date when one was set, else nil (the day of `at`).
    public var on: String? = nil

    /// The business day of the criticism, for the register.
    public var day: CalendarDay? { on.flatMap { CalendarDay($0) } ?? CalendarDay(eventTime: at) }
}
