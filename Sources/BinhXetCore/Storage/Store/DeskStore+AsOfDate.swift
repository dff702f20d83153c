import GRDB

// DeskStore reads and writes for AsOfDate; its types and rules stay in ReviewYear/AsOfDate.swift (one home for storage, issue 14).

extension DeskStore {
    /// The desk's today and whether it is fixed.
    public func asOf() throws -> AsOfDate {
        try read { db in try Self.asOf(db) }
    }

    /// "Today" for deadlines and events: the as-of date when one is set, else the clock's day in Vietnam.
    public func today() throws -> CalendarDay { try asOf().today }

    static func asOf(_ db: Database) throws -> AsOfDate {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'as_of'")
        return AsOfDate(fixed: stored.flatMap { CalendarDay($0) }, clock: .today())
    }
}
