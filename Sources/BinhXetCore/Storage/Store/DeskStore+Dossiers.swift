import Foundation
import GRDB

// DeskStore reads and writes for Dossier; its types and rules stay in OneStop/Dossier.swift (one home for storage, issue 14).

extension DeskStore {
    /// The dossiers of a year (or the desk), in order of receipt; each timed by the regime of its received
    /// date unless `rules` are given.
    public func dossiers(year: Int? = nil, rules: RuleSet? = nil, calendar: WorkingCalendar? = nil) throws -> [Dossier] {
        let book = try rules.map { RuleBook(fixed: $0) } ?? ruleBook()
        let calendar = try calendar ?? workingCalendar()
        return try read { db in
            var sql = """
                SELECT d.nominationID, d.code, d.receivedOn, n.title, n.status, n.year FROM dossier d
                JOIN nomination n ON n.id = d.nominationID
                """
            var args: StatementArguments = []
            if let year { sql += " WHERE n.year = ?"; args = [year] }
            sql += " ORDER BY d.receivedOn, d.sequence"
            let rows = try Row.fetchAll(db, sql: sql, arguments: args)
            let kinds = DeskEvent.Kind.sqlList(Dossier.clockEventKinds)
            var eventSQL = "SELECT e.* FROM event e"
            if year != nil { eventSQL += " JOIN nomination n ON n.id = e.nominationID WHERE n.year = ? AND" } else { eventSQL += " WHERE" }
            eventSQL += " e.kind IN (\(kinds)) ORDER BY e.id"
            let events = Dictionary(grouping: try DeskEvent.fetchAll(db, sql: eventSQL, arguments: args),
                                    by: { $0.nominationID ?? "" })
            return try rows.map { row in
                Dossier.derive(nominationID: row["nominationID"], code: row["code"], receivedOn: row["receivedOn"],
                               title: try row.stored("title", table: "nomination", idColumn: "nominationID"),
                               status: try row.stored("status", table: "nomination", idColumn: "nominationID"),
                               events: events[row["nominationID"]] ?? [],
                               rules: book.rules(receivedOn: row["receivedOn"], year: row["year"]), calendar: calendar)
            }
        }
    }

    /// One nomination's dossier.
    public func dossier(of nominationID: String) throws -> Dossier {
        let rules = try rules(of: nominationID)
        let calendar = try workingCalendar()
        return try read { db in try Self.dossier(of: nominationID, rules: rules, calendar: calendar, db) }
    }

    /// One nomination's dossier as `db` holds it (inside a write, the state the write depends on); with
    /// `before`, as it stood before that event.
    static func dossier(of nominationID: String, rules: RuleSet, calendar: WorkingCalendar, before eventID: Int64? = nil,
                        _ db: Database) throws -> Dossier {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT d.nominationID, d.code, d.receivedOn, n.title, n.status FROM dossier d JOIN nomination n ON n.id = d.nominationID
            WHERE d.nominationID = ?
            """, arguments: [nominationID]) else { throw OneStopError.unknownNomination(nominationID) }
        var request = DeskEvent.filter(Column("nominationID") == nominationID).filter(Dossier.clockEventKinds.contains(Column("kind")))
        if let eventID { request = request.filter(Column("id") < eventID) }
        let events = try request.order(Column("id")).fetchAll(db)
        return Dossier.derive(nominationID: nominationID, code: row["code"], receivedOn: row["receivedOn"],
                              title: try row.stored("title", table: "nomination", idColumn: "nominationID"),
                              status: try row.stored("status", table: "nomination", idColumn: "nominationID"),
                              events: events, rules: rules, calendar: calendar)
    }

    /// Open dossiers of the year under review that are late on `day`, or due within `within` working
    /// days after it, soonest first. Only that year's dossiers are still running: the archive's were
    /// settled by earlier councils and are never overdue.
    public func overdue(on day: CalendarDay, within: Int = 0) throws -> [Dossier] {
        let calendar = try workingCalendar()
        guard let year = try reviewYear().year else { return [] }
        return try dossiers(year: year, calendar: calendar).filter { d in
            guard d.isOpen, let due = d.dueOn.flatMap({ CalendarDay($0) }) else { return false }
            return due < day || calendar.workingDays(after: day, through: due) <= within
        }.sorted { ($0.dueOn ?? "", $0.code) < ($1.dueOn ?? "", $1.code) }
    }
}
