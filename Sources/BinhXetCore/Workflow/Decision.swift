import GRDB

/// A council outcome for one nomination.
public enum DecisionOutcome: String, Sendable, Codable, CaseIterable {
    /// Thông qua.
    case approve
    /// Không đạt: needs a reason.
    case reject
    /// Yêu cầu bổ sung: needs what is missing.
    case supplement

    /// The status a nomination takes after this outcome.
    public var resultingStatus: NominationStatus {
        switch self {
        case .approve: return .approved
        case .reject: return .rejected
        case .supplement: return .awaitingSupplement
        }
    }

    /// The event kind recorded in the log.
    public var eventKind: String {
        switch self {
        case .approve: return "approved"
        case .reject: return "rejected"
        case .supplement: return "supplement_requested"
        }
    }

    /// Whether the outcome must carry a reason (reject) or a list of what is missing (supplement).
    public var needsReason: Bool { self != .approve }
}

/// The standard reasons a council gives for not approving (picked by number in the dialog).
public enum StandardRejectionReason: String, Sendable, Codable, CaseIterable {
    case reusedOwnInitiative = "reused_own_initiative"
    case colleaguesInitiative = "colleagues_initiative"
    case unrelatedToDuties = "unrelated_to_duties"
    case incompleteDossier = "incomplete_dossier"
}

/// Why a decision was not recorded.
public enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case reasonRequired(DecisionOutcome)
    /// Someone else recorded a decision after the caller last looked: nothing was overwritten.
    case changedMeanwhile(nominationID: String, by: String, at: String, kind: String)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .reasonRequired(let o): return o == .reject ? "a rejection needs a reason" : "say what is missing"
        case .changedMeanwhile(let id, let by, let at, let kind):
            return "\(id) was changed meanwhile: \(kind) by \(by) at \(at); nothing was overwritten"
        }
    }
}

/// Event kinds that decide or change a nomination's standing.
let decisionEventKinds: Set<String> = Set(DecisionOutcome.allCases.map(\.eventKind))

extension DeskStore {
    /// The ID of the newest event about a nomination (what a screen saw when it loaded it).
    public func lastEventID(of nominationID: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM event WHERE nominationID = ?", arguments: [nominationID])
        }
    }

    /// Records a council outcome as an event and sets the nomination's status, in one transaction.
    ///
    /// `seenEventID` is the newest event the caller saw for this nomination; when a decision event was
    /// added after it (another member at another terminal), nothing is written and `changedMeanwhile`
    /// tells what happened. Once the council has members, only the roles the rule set allows may record
    /// an outcome (`CouncilError.notAllowed`).
    @discardableResult
    public func decide(_ nominationID: String, _ outcome: DecisionOutcome, reason: String? = nil,
                       actor: String, seenEventID: Int64? = nil, at: String = Clock.isoNow()) throws -> DeskEvent {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if outcome.needsReason && trimmed.isEmpty { throw DecisionError.reasonRequired(outcome) }
        let rules = try rules()
        return try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw DecisionError.unknownNomination(nominationID) }
            try Self.requireOutcomeRole(actor, rules: rules, action: "record an outcome", db: db)
            if let seen = seenEventID,
               let newer = try DeskEvent.filter(Column("nominationID") == nominationID && Column("id") > seen)
                   .filter(decisionEventKinds.contains(Column("kind"))).order(Column("id").desc).fetchOne(db) {
                throw DecisionError.changedMeanwhile(nominationID: nominationID, by: newer.actor, at: newer.at,
                                                     kind: newer.kind)
            }
            var payload: [String: String] = [:]
            if !trimmed.isEmpty { payload[outcome == .supplement ? "missing" : "reason"] = trimmed.precomposedStringWithCanonicalMapping }
            var event = DeskEvent(nominationID: nominationID, kind: outcome.eventKind, actor: actor, at: at, payload: payload)
            try event.insert(db)
            try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?",
                           arguments: [outcome.resultingStatus.rawValue, nominationID])
            return event
        }
    }

    /// Records a criticism (phê bình) of a unit's leadership, with the nominations that prompted it.
    @discardableResult
    public func criticise(unitID: Int64, text: String, nominations: [String] = [], actor: String,
                          at: String = Clock.isoNow()) throws -> [DeskEvent] {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !body.isEmpty else { throw DecisionError.reasonRequired(.reject) }
        let rules = try rules()
        return try write { db in
            try Self.requireOutcomeRole(actor, rules: rules, action: "criticise a unit", db: db)
            var events: [DeskEvent] = []
            var unitEvent = DeskEvent(unitID: unitID, kind: "criticised", actor: actor, at: at,
                                      payload: ["text": body, "nominations": nominations.joined(separator: ",")])
            try unitEvent.insert(db)
            events.append(unitEvent)
            for id in nominations {
                guard try Nomination.exists(db, key: id) else { throw DecisionError.unknownNomination(id) }
                var e = DeskEvent(nominationID: id, unitID: unitID, kind: "criticised", actor: actor, at: at,
                                  payload: ["text": body])
                try e.insert(db)
                events.append(e)
            }
            return events
        }
    }
}

import Foundation
