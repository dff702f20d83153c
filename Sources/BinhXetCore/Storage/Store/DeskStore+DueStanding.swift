

// DeskStore reads and writes for DueStanding; its types and rules stay in OneStop/DueStanding.swift (one home for storage, issue 14).

extension DeskStore {
    /// The standing of every dossier of the year under review that awaits the council, on the desk's
    /// today (its as-of date, else the clock): what the queues' due column shows. The archive's dossiers
    /// were settled by earlier councils and have none.
    public func dueStandings(on day: CalendarDay? = nil) throws -> [String: DueStanding] {
        guard let year = try reviewYear().year else { return [:] }
        let day = try day ?? today()
        let calendar = try workingCalendar()
        var out: [String: DueStanding] = [:]
        for d in try dossiers(year: year, calendar: calendar) {
            if let s = d.standing(on: day, calendar: calendar) { out[d.nominationID] = s }
        }
        return out
    }

    /// One nomination's standing on the desk's today: for its page.
    public func dueStanding(of nominationID: String, on day: CalendarDay? = nil) throws -> DueStanding? {
        let year = try read { db in try Int.fetchOne(db, sql: "SELECT year FROM nomination WHERE id = ?", arguments: [nominationID]) }
        guard let year, try reviewYear().period(of: year) == .underReview else { return nil }
        return try dossier(of: nominationID).standing(on: try day ?? today(), calendar: try workingCalendar())
    }
}
