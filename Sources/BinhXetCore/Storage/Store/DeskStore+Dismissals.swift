import GRDB

// DeskStore reads and writes for FindingDismissal; its types and rules stay in Similarity/FindingDismissal.swift (one home for storage, issue 14).

extension DeskStore {
    /// Sets a re-use finding aside (`restore: false`) or takes it back (`restore: true`), as an event by the
    /// member, in one transaction that checks the finding exists and its current state. A council member
    /// (any role) may; a desk without a council lets the OS user.
    public func dismissFinding(_ nominationID: String, source sourceID: String, reason: DismissalReason? = nil,
                               note: String? = nil, restore: Bool = false, actor: String, at: String = Clock.isoNow()) throws {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        try write { db in
            if try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0,
               try CouncilMember.fetchOne(db, key: actor).map(\.active) != true {
                throw CouncilError.notAMember(actor)
            }
            let exists = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM finding WHERE nominationID = ? AND sourceID = ?",
                                          arguments: [nominationID, sourceID]) ?? 0
            guard exists > 0 else { throw DismissalError.noSuchFinding(nominationID: nominationID, sourceID: sourceID) }
            let dismissed = try Self.dismissals(db, of: nominationID)[sourceID] != nil
            if restore && !dismissed { throw DismissalError.notDismissed(nominationID: nominationID, sourceID: sourceID) }
            if !restore && dismissed { throw DismissalError.alreadyDismissed(nominationID: nominationID, sourceID: sourceID) }
            var details = EventPayload.Dismissal(source: sourceID)
            if !restore {
                details.reason = (reason ?? .falseMatch).rawValue
                if let note, !note.isEmpty { details.note = note }
            }
            var e = DeskEvent(nominationID: nominationID, kind: restore ? .findingRestored : .findingDismissed,
                              actor: actor, at: at, details: details)
            try e.insert(db)
        }
    }

    /// Dismissed findings in force, by nomination and source (the latest event of each pair decides).
    public func dismissals() throws -> [String: [String: FindingDismissal]] {
        try read { db in try Self.dismissals(db, of: nil) }
    }

    /// One nomination's dismissed findings in force, by source: what its page shows without reading every
    /// dismissal of the desk.
    public func dismissals(of nominationID: String) throws -> [String: FindingDismissal] {
        try read { db in try Self.dismissals(db, of: nominationID) }
    }

    static func dismissals(_ db: Database, of nominationID: String?) throws -> [String: [String: FindingDismissal]] {
        var request = DeskEvent.filter([DeskEvent.Kind.findingDismissed.rawValue, DeskEvent.Kind.findingRestored.rawValue].contains(Column("kind")))
        if let nominationID { request = request.filter(Column("nominationID") == nominationID) }
        var out: [String: [String: FindingDismissal]] = [:]
        for e in try request.order(Column("id")).fetchAll(db) {
            guard let n = e.nominationID else { continue }
            let p = try e.details(EventPayload.Dismissal.self)
            let s = p.source
            if e.kind == .findingRestored {
                out[n]?[s] = nil
            } else {
                guard let reason = DismissalReason(code: p.reason ?? "") else {
                    throw StoredValueError(table: "event", rowID: e.id.map(String.init) ?? "?", column: "payload.reason",
                                           value: p.reason ?? "NULL")
                }
                out[n, default: [:]][s] = FindingDismissal(
                    nominationID: n, sourceID: s, reason: reason, note: p.note, actor: e.actor, at: e.at)
            }
        }
        return out.filter { !$0.value.isEmpty }
    }

    static func dismissals(_ db: Database, of nominationID: String) throws -> [String: FindingDismissal] {
        try dismissals(db, of: Optional(nominationID))[nominationID] ?? [:]
    }

    /// The findings that count: every stored finding but those a member dismissed. Flags, rule checks and
    /// queues read these; the nomination screen and reports show the dismissed ones as such.
    public func activeFindings(year: Int? = nil) throws -> [StoredFinding] {
        let dismissed = try dismissals()
        return try allFindings(year: year).filter { f in f.sourceID.map { dismissed[f.nominationID]?[$0] == nil } ?? true }
    }
}
