import GRDB

// DeskStore reads and writes for ReviewedNomination; its types and rules stay in Rules/ReviewedNomination.swift (one home for storage, issue 14).

extension DeskStore {
    /// Every nomination (or one year's) with its latest outcome, in year then ID order.
    public func reviewedNominations(year: Int? = nil) throws -> [ReviewedNomination] {
        try reviewedNominations(year: year, only: nil)
    }

    /// A nomination's nominee's other nominations and the given sources, as one page needs them: read
    /// without going through the whole desk, so opening a nomination stays fast on a large archive.
    public func reviewedNominations(aroundNomination id: String, sources: [String]) throws -> [ReviewedNomination] {
        let placeholders = Array(repeating: "?", count: sources.count).joined(separator: ", ")
        var args: StatementArguments = [id]
        args += StatementArguments(sources)
        return try reviewedNominations(
            year: nil,
            only: ("n.personID = (SELECT personID FROM nomination WHERE id = ?)"
                   + (sources.isEmpty ? "" : " OR n.id IN (\(placeholders))"), args))
    }

    /// `only`: a condition on `n` (the nomination table) with its arguments.
    func reviewedNominations(year: Int?, only: (condition: String, arguments: StatementArguments)?) throws -> [ReviewedNomination] {
        try read { db in
            let kinds = DeskEvent.Kind.sqlList(decisionEventKinds.union(refusalEventKinds))
            // The latest outcome of each nomination, its reason read by SQLite out of the JSON payload.
            // The queue line's columns first, in `nominationSummarySQL`'s order (read by position), then the outcome's.
            var sql = """
                SELECT n.id, n.year, n.personID, p.name AS personName, u.name AS unitName, u.shortName AS unitShortName, n.position,
                       n.workerCategory, n.title, i.title AS initiativeTitle, n.receivedOn, n.status,
                       n.unitID, d.kind AS outcome,
                       coalesce(json_extract(d.payload, '$.reason'), json_extract(d.payload, '$.missing')) AS reason,
                       json_extract(d.payload, '$.reason_code') AS reasonCode,
                       json_extract(d.payload, '$.override') AS override
                FROM nomination n JOIN person p ON p.id = n.personID JOIN unit u ON u.id = n.unitID
                LEFT JOIN initiative i ON i.nominationID = n.id
                LEFT JOIN event d ON d.id = (SELECT max(e.id) FROM event e WHERE e.nominationID = n.id AND e.kind IN (\(kinds)))
                """
            var args: StatementArguments = []
            var clauses: [String] = []
            if let year { clauses.append("n.year = ?"); args += [year] }
            if let only { clauses.append("(\(only.condition))"); args += only.arguments }
            if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
            sql += " ORDER BY n.year, n.id"
            let archive = try Self.archiveRecords(db, only: only)
            // Columns by position (see `NominationSummary(summaryColumnsOf:)`): by name, GRDB lowercases both names on
            // every look-up, which was most of reading a large desk.
            let unitIDColumn = 12, outcomeColumn = 13, reasonColumn = 14, codeColumn = 15, overrideColumn = 16
            return try Row.fetchAll(db, sql: sql, arguments: args).map { row -> ReviewedNomination in
                let outcomeKind: String? = row[outcomeColumn]
                var outcome: DecisionOutcome?
                let kind = outcomeKind.flatMap(DeskEvent.Kind.init(rawValue:))
                switch kind {
                case .approved?: outcome = .approve
                case .rejected?, .refused?: outcome = .reject
                case nil: outcome = nil
                default: outcome = .supplement
                }
                // A standard reason is stored as its code; the reports word it in Vietnamese.
                let code = (row[codeColumn] as String?).flatMap(StandardRejectionReason.init(rawValue:))
                let stated: String? = row[reasonColumn]
                let reason: String? = code.map { Vocabulary.vi.reason(code: $0, note: stated ?? "") } ?? stated
                let summary = try NominationSummary(summaryColumnsOf: row)
                var n = ReviewedNomination(
                    summary: summary, unitID: row[unitIDColumn],
                    lastOutcome: outcome, outcomeReason: reason, outcomeOverride: row[overrideColumn],
                    imported: archive.outcomes[summary.id], recognition: archive.recognitions[summary.id])
                n.refusedAtReception = kind == .refused
                return n
            }
        }
    }

    /// Imported outcomes and the latest recognition of each nomination, read from their events.
    static func archiveRecords(_ db: Database, only: (condition: String, arguments: StatementArguments)? = nil) throws
        -> (outcomes: [String: ImportedOutcome], recognitions: [String: InitiativeRecognition]) {
        var outcomes: [String: ImportedOutcome] = [:]
        var recognitions: [String: InitiativeRecognition] = [:]
        let kinds = [DeskEvent.Kind.outcomeImported, DeskEvent.Kind.initiativeRecognised, DeskEvent.Kind.initiativeNotRecognised]
        var request = DeskEvent.filter(kinds.contains(Column("kind")))
        if let only {
            request = request.filter(sql: "nominationID IN (SELECT n.id FROM nomination n WHERE \(only.condition))",
                                     arguments: only.arguments)
        }
        for e in try request.order(Column("id")).fetchAll(db) {
            guard let id = e.nominationID else { continue }
            if e.kind == DeskEvent.Kind.outcomeImported {
                outcomes[id] = ImportedOutcome(details: try e.details(EventPayload.Outcome.self))
            } else {
                recognitions[id] = InitiativeRecognition(kind: e.kind, details: try e.details(EventPayload.Recognition.self))
            }
        }
        return (outcomes, recognitions)
    }
}
