import BinhXetText
import Foundation
import GRDB

// MARK: - Database Access: Reads

extension DeskStore {
    /// A queue line's columns (`NominationSummary`'s coding keys, read by position in this order:
    /// `NominationSummary.storedColumns`) and joins: one home for the query of every listing of
    /// nominations; callers append WHERE and ORDER BY.
    static let nominationSummarySQL = """
        SELECT n.id, n.year, n.personID, p.name AS personName, u.name AS unitName, u.shortName AS unitShortName, n.position,
               n.workerCategory, n.title, i.title AS initiativeTitle, n.receivedOn, n.status
        FROM nomination n JOIN person p ON p.id = n.personID JOIN unit u ON u.id = n.unitID
        LEFT JOIN initiative i ON i.nominationID = n.id
        """

    /// Nominations matching a filter, ordered by year then ID.
    public func nominations(matching filter: NominationFilter = NominationFilter()) throws -> [NominationSummary] {
        try read { db in
            var sql = Self.nominationSummarySQL
            var clauses: [String] = []
            var args: [any DatabaseValueConvertible] = []
            if let y = filter.year { clauses.append("n.year = ?"); args.append(y) }
            if let s = filter.status { clauses.append("n.status = ?"); args.append(s.rawValue) }
            if let t = filter.title { clauses.append("n.title = ?"); args.append(t.rawValue) }
            if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
            sql += " ORDER BY n.year, n.id"
            var rows = try NominationSummary.fetchAllByColumns(db, sql: sql, arguments: StatementArguments(args))
            // SQLite cannot fold Vietnamese, so the unit filter is applied here.
            if let unit = filter.unit {
                let needle = VietnameseFolding.fold(unit)
                rows = rows.filter { VietnameseFolding.fold($0.unitName).contains(needle) }
            }
            return rows
        }
    }

    /// The nominations with these IDs (those that exist), ordered by year then ID: what a check names
    /// as sources, without reading every nomination of the desk.
    public func nominations(ids: [String]) throws -> [NominationSummary] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            return try NominationSummary.fetchAllByColumns(db, sql: Self.nominationSummarySQL + """
                 WHERE n.id IN (\(marks)) ORDER BY n.year, n.id
                """, arguments: StatementArguments(ids))
        }
    }

    /// Everything about one nomination as `viewer` may see it, or nil when the ID is unknown: every front
    /// end reads a nomination through here, so what a member may see is decided once. In a secret ballot
    /// nobody sees another member's choice (pass "" for a document that no member views).
    public func detail(of nominationID: String, viewer: String) throws -> NominationDetail? {
        let secret = try rules(of: nominationID).secretBallot
        guard var detail = try storedDetail(of: nominationID) else { return nil }
        detail.events = BallotSecrecy.redact(detail.events, viewer: viewer, secret: secret)
        return detail
    }

    /// The nomination as stored, every event in full: for the core's own checks, never for display.
    func storedDetail(of nominationID: String) throws -> NominationDetail? {
        try read { db in
            guard let n = try Nomination.fetchOne(db, key: nominationID),
                  let p = try Person.fetchOne(db, key: n.personID),
                  let u = try OrgUnit.fetchOne(db, key: n.unitID) else { return nil }
            var info: NominationDetail.InitiativeInfo?
            if let row = try Row.fetchOne(db, sql: """
                SELECT title, documentSHA256, textSHA256, scalarCount FROM initiative WHERE nominationID = ?
                """, arguments: [nominationID]),
               let doc = try StoredDocument.fetchOne(db, key: row["documentSHA256"] as String) {
                info = .init(title: row["title"], document: doc, textSHA256: row["textSHA256"],
                             scalarCount: row["scalarCount"])
            }
            let events = try DeskEvent.filter(Column("nominationID") == nominationID)
                .order(Column("id")).fetchAll(db)
            return NominationDetail(nomination: n, person: p, unit: u, initiative: info, events: events)
        }
    }

    /// The stored text of a nomination's initiative (NFC, LF), or nil when it has none.
    public func initiativeText(of nominationID: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT text FROM initiative WHERE nominationID = ?", arguments: [nominationID])
        }
    }

    /// Whether a nomination with this ID exists.
    public func hasNomination(_ id: String) throws -> Bool {
        try read { db in try Nomination.exists(db, key: id) }
    }

    /// Counts of nominations per status (for queue tabs).
    public func statusCounts(year: Int? = nil) throws -> [NominationStatus: Int] {
        try read { db in
            var sql = "SELECT status, count(*) FROM nomination"
            var args: StatementArguments = []
            if let y = year { sql += " WHERE year = ?"; args = [y] }
            sql += " GROUP BY status"
            var out: [NominationStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: args) {
                if let s = NominationStatus(rawValue: row[0]) { out[s] = row[1] }
            }
            return out
        }
    }

    /// All units, by name.
    public func units() throws -> [OrgUnit] {
        try read { db in try OrgUnit.order(Column("name")).fetchAll(db) }
    }

    /// Events of the whole desk in order (the audit trail).
    public func events(limit: Int? = nil) throws -> [DeskEvent] {
        try read { db in
            var q = DeskEvent.order(Column("id"))
            if let limit { q = q.limit(limit) }
            return try q.fetchAll(db)
        }
    }
}

extension DeskStore {
    /// Changes whenever another process records an event or stores findings: screens poll it to
    /// refresh what another member's terminal did.
    public func changeToken() throws -> String {
        try read { db in
            let e = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM event") ?? 0
            let c = try String.fetchOne(db, sql: "SELECT coalesce(max(checkedAt), '') FROM similarity_check") ?? ""
            let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM nomination") ?? 0
            return "\(e)|\(c)|\(n)"
        }
    }
}
