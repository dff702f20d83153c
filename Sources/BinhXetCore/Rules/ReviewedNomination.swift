import GRDB

/// A nomination with what the checks and reports need at once: names, unit, title, standing and the
/// council's latest outcome. Read in one query for a whole desk.
public struct ReviewedNomination: Sendable, Codable, Equatable {
    public var id: String
    public var year: Int
    public var personID: String
    public var personName: String
    public var unitID: Int64
    public var unitName: String
    public var position: String
    public var workerCategory: WorkerCategory
    public var title: AwardTitle
    public var initiativeTitle: String?
    public var receivedOn: String
    public var status: NominationStatus
    /// The latest outcome recorded (a revision replaces an earlier one), nil while undecided.
    public var lastOutcome: DecisionOutcome?
    /// The reason or what is missing, with the latest outcome.
    public var outcomeReason: String?
    /// Why the latest outcome was recorded against the council's vote, when it was.
    public var outcomeOverride: String?
    /// The outcome imported for an archive nomination (`import --outcomes`), if any.
    public var imported: ImportedOutcome?
    /// The unit's latest recorded decision on the initiative (imported or `binhxet recognise`), if any.
    public var recognition: InitiativeRecognition?
    /// The one-stop desk refused the dossier at reception (Mẫu 03): the council never weighed it.
    public var refusedAtReception = false
    /// The unit's declared short name (units.csv `short_name`), nil when lists derive one.
    public var unitShortName: String?

    public init(id: String, year: Int, personID: String, personName: String, unitID: Int64, unitName: String,
                position: String, workerCategory: WorkerCategory, title: AwardTitle, initiativeTitle: String?,
                receivedOn: String, status: NominationStatus, lastOutcome: DecisionOutcome?, outcomeReason: String?,
                outcomeOverride: String? = nil, imported: ImportedOutcome? = nil,
                recognition: InitiativeRecognition? = nil) {
        self.id = id; self.year = year; self.personID = personID; self.personName = personName
        self.unitID = unitID; self.unitName = unitName; self.position = position
        self.workerCategory = workerCategory; self.title = title; self.initiativeTitle = initiativeTitle
        self.receivedOn = receivedOn; self.status = status; self.lastOutcome = lastOutcome; self.outcomeReason = outcomeReason
        self.outcomeOverride = outcomeOverride; self.imported = imported; self.recognition = recognition
    }

    /// Awarded: the council's latest outcome approves it (also after the result is returned), or, with no
    /// outcome at the desk, the archive says it was awarded.
    public var isAwarded: Bool { lastOutcome == .approve || (lastOutcome == nil && imported?.outcome == .awarded) }
    /// Not awarded: the latest outcome rejects it, or the archive says it was not awarded.
    public var isRefused: Bool { lastOutcome == .reject || (lastOutcome == nil && imported?.outcome == .notAwarded) }
    /// What became of it, as a later re-use's flag names it.
    public var standing: SourceStanding {
        let fromArchive = lastOutcome == nil ? imported : nil
        return SourceStanding(recognition: recognition, title: title, year: year, awarded: isAwarded,
                              decisionNo: fromArchive?.decisionNo, decisionDate: fromArchive?.decisionDate)
    }
    public var hasInitiative: Bool { initiativeTitle != nil }
}

/// Event kinds that refuse a nomination: the council's rejection and the desk's refusal to accept it.
let refusalEventKinds: Set<DeskEvent.Kind> = DeskEvent.Kind.refusals

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
            var sql = """
                SELECT n.id, n.year, n.personID, p.name AS personName, n.unitID, u.name AS unitName, u.shortName AS unitShortName, n.position,
                       n.workerCategory, n.title, i.title AS initiativeTitle, n.receivedOn, n.status,
                       d.kind AS outcome,
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
            return try Row.fetchAll(db, sql: sql, arguments: args).map { row in
                var outcome: DecisionOutcome?
                switch (row["outcome"] as String?).flatMap(DeskEvent.Kind.init(rawValue:)) {
                case .approved?: outcome = .approve
                case .rejected?, .refused?: outcome = .reject
                case nil: outcome = nil
                default: outcome = .supplement
                }
                // A standard reason is stored as its code; the reports word it in Vietnamese.
                let code = (row["reasonCode"] as String?).flatMap(StandardRejectionReason.init(rawValue:))
                let reason: String? = code.map { Vocabulary.vi.reason(code: $0, note: row["reason"] ?? "") } ?? row["reason"]
                var n = ReviewedNomination(
                    id: row["id"], year: row["year"], personID: row["personID"], personName: row["personName"],
                    unitID: row["unitID"], unitName: row["unitName"], position: row["position"],
                    workerCategory: WorkerCategory(rawValue: row["workerCategory"]) ?? .civilServant,
                    title: AwardTitle(rawValue: row["title"]) ?? .cstdcs, initiativeTitle: row["initiativeTitle"],
                    receivedOn: row["receivedOn"], status: NominationStatus(rawValue: row["status"]) ?? .received,
                    lastOutcome: outcome, outcomeReason: reason, outcomeOverride: row["override"],
                    imported: archive.outcomes[row["id"]], recognition: archive.recognitions[row["id"]])
                n.refusedAtReception = row["outcome"] as String? == "refused"
                n.unitShortName = row["unitShortName"]
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
                outcomes[id] = ImportedOutcome(payload: e.payload)
            } else {
                recognitions[id] = InitiativeRecognition(kind: e.kind, payload: e.payload)
            }
        }
        return (outcomes, recognitions)
    }
}
