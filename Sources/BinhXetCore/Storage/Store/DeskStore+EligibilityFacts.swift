import Foundation
import GRDB

// DeskStore reads and writes for EligibilityFacts; its types and rules stay in Rules/EligibilityFacts.swift (one home for storage, issue 14).

extension DeskStore {
    /// Notes facts about a nominee, as an event: a later note replaces the facts it names.
    @discardableResult
    public func noteEligibility(_ nominationID: String, _ facts: EligibilityFacts, actor: String,
                                at: String = Clock.isoNow()) throws -> DeskEvent {
        if let problem = facts.problem { throw problem }
        return try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw CouncilError.unknownNomination(nominationID) }
            var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.eligibilityNoted, actor: actor, at: at, details: facts.details)
            try e.insert(db)
            return e
        }
    }

    /// The facts noted about each nomination (those with notes only).
    public func eligibilityFacts() throws -> [String: EligibilityFacts] {
        try eligibilityFacts(only: nil)
    }

    /// The facts noted about the given nominations (those with notes only): what one nomination's rule
    /// checks read (`ruleReview(forNomination:)`).
    public func eligibilityFacts(of ids: Set<String>) throws -> [String: EligibilityFacts] {
        try eligibilityFacts(only: ids)
    }

    private func eligibilityFacts(only ids: Set<String>?) throws -> [String: EligibilityFacts] {
        try read { db in
            var out: [String: EligibilityFacts] = [:]
            // The unit's recognition decisions (imported or recorded) say whether the initiative is recognised,
            // in the order they were written with the notes.
            let kinds: [DeskEvent.Kind] = [.eligibilityNoted, .initiativeRecognised, .initiativeNotRecognised]
            var request = DeskEvent.filter(kinds.contains(Column("kind")))
            if let ids { request = request.filter(ids.contains(Column("nominationID"))) }
            for e in try request.order(Column("id")).fetchAll(db) {
                guard let id = e.nominationID else { continue }
                switch e.kind {
                case .initiativeRecognised: out[id, default: EligibilityFacts()].initiativeRecognised = true
                case .initiativeNotRecognised: out[id, default: EligibilityFacts()].initiativeRecognised = false
                default: out[id, default: EligibilityFacts()].merge(try e.details(EventPayload.Eligibility.self))
                }
            }
            return out
        }
    }

    /// Declares how many LĐTT holders a unit has in a year: the base of its CSTĐCS quota. Without a
    /// declaration the desk counts the unit's nominees that year who hold or are proposed for LĐTT.
    @discardableResult
    public func declareLDTTHolders(unitID: Int64, year: Int, count: Int, actor: String,
                                   at: String = Clock.isoNow()) throws -> DeskEvent {
        try record(DeskEvent(unitID: unitID, kind: DeskEvent.Kind.ldttHoldersDeclared, actor: actor, at: at,
                             details: EventPayload.LDTTHolders(year: String(year), count: String(max(0, count)))))
    }

    /// Declared LĐTT holders by unit and year (the latest declaration of each).
    public func declaredLDTTHolders() throws -> [UnitYear: Int] {
        try read { db in
            var out: [UnitYear: Int] = [:]
            for e in try DeskEvent.filter(Column("kind") == DeskEvent.Kind.ldttHoldersDeclared).order(Column("id")).fetchAll(db) {
                let p = try e.details(EventPayload.LDTTHolders.self)
                guard let unit = e.unitID, let y = Int(p.year), let n = Int(p.count) else {
                    throw StoredValueError(table: "event", rowID: e.id.map(String.init) ?? "?", column: "payload",
                                           value: "unit \(e.unitID.map(String.init) ?? "NULL"), year \(p.year), count \(p.count)")
                }
                out[UnitYear(unitID: unit, year: y)] = n
            }
            return out
        }
    }
}
