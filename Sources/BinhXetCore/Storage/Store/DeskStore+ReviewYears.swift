import GRDB

// DeskStore reads and writes for ReviewYear; its types and rules stay in ReviewYear/ReviewYear.swift (one home for storage, issue 14).

extension DeskStore {
    /// The year under review: the one opened with `binhxet year open`, else the latest year with
    /// nominations.
    public func reviewYear() throws -> ReviewYear {
        try read { db in try Self.reviewYear(db) }
    }

    static func reviewYear(_ db: Database) throws -> ReviewYear {
        if let chosen = try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'open_year'"),
           let year = Int(chosen) {
            return ReviewYear(year: year, isChosen: true)
        }
        return ReviewYear(year: try Int.fetchOne(db, sql: "SELECT max(year) FROM nomination"), isChosen: false)
    }

    /// Opens a year for review; recorded as an event, so the log says when the council moved on.
    /// `asOf` reviews it as it stood on that day (deadlines, queues, events dated by the clock); without
    /// it the desk follows the clock again.
    public func openYear(_ year: Int, asOf: CalendarDay? = nil, actor: String, at: String = Clock.isoNow()) throws {
        guard (1990...2100).contains(year) else { throw ReviewYearError.implausibleYear(year) }
        if let asOf, asOf.year < year { throw AsOfError.beforeTheYear(asOf: asOf, year: year) }
        try write { db in
            // The year and "today" are everyone's: once the council has members, only the roles that issue its
            // papers set them (a member outside the council moved everyone's today with --as-of).
            try Self.requireDocumentRole(actor, action: "open the year under review", db: db)
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('open_year', ?)", arguments: [String(year)])
            if let asOf {
                try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('as_of', ?)", arguments: [asOf.iso])
            } else {
                try db.execute(sql: "DELETE FROM desk_info WHERE key = 'as_of'")
            }
            var e = DeskEvent(kind: .yearOpened, actor: actor, at: at,
                              details: EventPayload.YearOpened(year: String(year), asOf: asOf?.iso))
            try e.insert(db)
        }
    }
}
