import GRDB

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

extension DeskStore {
    /// Every criticism recorded, oldest first.
    public func criticisms() throws -> [Criticism] {
        try read { db in
            let units = Dictionary(uniqueKeysWithValues: try OrgUnit.fetchAll(db).map { ($0.id ?? 0, $0.name) })
            // The unit-level event carries the text and the list; per-nomination copies are left out.
            return try DeskEvent.filter(Column("kind") == DeskEvent.Kind.criticised && Column("nominationID") == nil)
                .order(Column("id")).fetchAll(db).compactMap { e in
                    guard let unit = e.unitID, let id = e.id else { return nil }
                    let ids = (e.payload["nominations"] ?? "").split(separator: ",").map(String.init)
                    return Criticism(eventID: id, unitID: unit, unitName: units[unit] ?? "?", text: e.payload["text"] ?? "",
                                     nominations: ids, actor: e.actor, at: e.at, on: e.payload["on"])
                }
        }
    }
}
