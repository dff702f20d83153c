import GRDB
import Foundation

// DeskStore reads and writes for Decision; its types and rules stay in Workflow/Decision.swift (one home for storage, issue 14).

extension DeskStore {
    /// The ID of the newest event about a nomination (what a screen saw when it loaded it).
    public func lastEventID(of nominationID: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM event WHERE nominationID = ?", arguments: [nominationID])
        }
    }

    /// Records a council outcome as an event and sets the nomination's status, in one write transaction
    /// that checks the state it depends on, so of two terminals deciding at once exactly one lands.
    ///
    /// - The same outcome as the one recorded is a no-op (`isNew == false`): re-running a killed command
    ///   adds nothing.
    /// - A decided nomination (approved, rejected, returned) takes another outcome only as an explicit
    ///   revision with a reason (`revision`); otherwise `alreadyDecided` says who decided what.
    /// - `seenEventID` is the newest event the caller saw: a decision added after it by someone else is
    ///   reported (`changedMeanwhile`), never overwritten.
    /// - A nomination of another year than the one under review (the archive) is decided only when the
    ///   caller names its year (`confirmYear`): a member who opened a 2013 record by mistake is stopped.
    /// - Once the council has members, approving needs the vote to have reached the threshold and
    ///   rejecting needs it not to have; otherwise an override with a reason (`override`), which is
    ///   recorded and shows as a rule flag. Only the roles the rule set allows may record an outcome.
    /// - A rejection's standard reason is stored as its code (`reason_code`) beside the member's own
    ///   words (`reason`), and worded when read (`DeskEvent.reason(in:)`), in the reader's language.
    @discardableResult
    public func decide(_ nominationID: String, _ outcome: DecisionOutcome, reason: String? = nil,
                       reasonCode: StandardRejectionReason? = nil, override: String? = nil, revision: String? = nil, confirmYear: Int? = nil,
                       actor: String, seenEventID: Int64? = nil, at: String = Clock.isoNow()) throws -> DecisionRecord {
        func clean(_ s: String?) -> String {
            (s?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").precomposedStringWithCanonicalMapping
        }
        let trimmed = clean(reason), overrideReason = clean(override), revisionReason = clean(revision)
        let code = outcome == .reject ? reasonCode : nil
        if outcome.needsReason && trimmed.isEmpty && code == nil { throw DecisionError.reasonRequired(outcome) }
        let rules = try rules(of: nominationID)
        return try write { db in
            guard let nomination = try Nomination.fetchOne(db, key: nominationID) else {
                throw DecisionError.unknownNomination(nominationID)
            }
            try Self.requireOutcomeRole(actor, rules: rules, action: "record an outcome", db: db)
            try Self.requireReceived(nomination, db: db)
            let review = try Self.reviewYear(db)
            if review.period(of: nomination.year) != .underReview, confirmYear != nomination.year, let open = review.year {
                throw ReviewYearError.notUnderReview(nominationID: nominationID, year: nomination.year, openYear: open)
            }
            let latest = try DeskEvent.filter(Column("nominationID") == nominationID)
                .filter(decisionEventKinds.contains(Column("kind"))).order(Column("id").desc).fetchOne(db)
            let standing = nomination.status == outcome.resultingStatus || nomination.status == .returned
            if let latest, latest.kind == outcome.eventKind, standing, revisionReason.isEmpty {
                return DecisionRecord(event: latest, isNew: false)
            }
            if let seen = seenEventID, let latest, let id = latest.id, id > seen {
                throw DecisionError.changedMeanwhile(nominationID: nominationID, by: latest.actor, at: latest.at,
                                                     kind: latest.kind)
            }
            // An archive outcome imported from an earlier year's records decides it too.
            let imported = latest == nil
                ? try DeskEvent.filter(Column("nominationID") == nominationID)
                    .filter(Column("kind") == DeskEvent.Kind.outcomeImported).order(Column("id").desc).fetchOne(db)
                : nil
            if nomination.status.isDecided, revisionReason.isEmpty, let shown = latest ?? imported {
                throw DecisionError.alreadyDecided(nominationID: nominationID, by: shown.actor, at: shown.at,
                                                   kind: shown.kind)
            }
            let seated = try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0
            if outcome != .supplement, seated {
                let members = try CouncilMember.filter(Column("active") == true).fetchAll(db)
                let ballots = try Self.ballots(db, nominationID: nominationID)[nominationID] ?? Ballots()
                let tally = Self.tally(nominationID, ballots: ballots, members: members, rules: rules, viewer: actor)
                if !tally.follows(outcome) && overrideReason.isEmpty {
                    throw DecisionError.voteDisagrees(nominationID: nominationID, outcome: outcome, tally: tally)
                }
            }
            var details = EventPayload.Decision()
            // An outcome is made on the desk's today: the as-of date when one is set (a supplement request
            // stops the dossier's clock that day; an approval of a 2024 review read "07/12/2026" in its history).
            if let asOf = try Self.asOf(db).eventDay { (details.on, details.onNote) = asOf }
            details.reasonCode = code?.rawValue
            if !trimmed.isEmpty { if outcome == .supplement { details.missing = trimmed } else { details.reason = trimmed } }
            if !overrideReason.isEmpty { details.override = overrideReason }
            if !revisionReason.isEmpty {
                details.revision = revisionReason
                details.revises = latest?.kind.rawValue
            }
            var event = DeskEvent(nominationID: nominationID, kind: outcome.eventKind, actor: actor, at: at, details: details)
            try event.insert(db)
            try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?",
                           arguments: [outcome.resultingStatus.rawValue, nominationID])
            return DecisionRecord(event: event, isNew: true, withoutBallot: outcome != .supplement && !seated)
        }
    }

    /// Records a criticism (phê bình) of a unit's leadership, with the nominations that prompted it.
    @discardableResult
    public func criticise(unitID: Int64, text: String, nominations: [String] = [], actor: String,
                          at: String = Clock.isoNow()) throws -> [DeskEvent] {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !body.isEmpty else { throw CriticismError.textRequired }
        let rules = try rules()
        return try write { db in
            try Self.requireOutcomeRole(actor, rules: rules, action: "criticise a unit", db: db)
            for id in nominations {
                guard let n = try Nomination.fetchOne(db, key: id) else { throw DecisionError.unknownNomination(id) }
                guard n.unitID == unitID else {
                    let name = { (id: Int64) in try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [id]) ?? "?" }
                    throw CriticismError.notOfUnit(nominationID: id, unit: try name(unitID), nominationUnit: try name(n.unitID))
                }
            }
            var events: [DeskEvent] = []
            let dated = try Self.asOf(db).eventDay
            var unitEvent = DeskEvent(unitID: unitID, kind: .criticised, actor: actor, at: at,
                                      details: EventPayload.Criticism(text: body, nominations: nominations.joined(separator: ","),
                                                                      on: dated?.on, onNote: dated?.note))
            try unitEvent.insert(db)
            events.append(unitEvent)
            for id in nominations {
                var e = DeskEvent(nominationID: id, unitID: unitID, kind: .criticised, actor: actor, at: at,
                                  details: EventPayload.Criticism(text: body, on: dated?.on, onNote: dated?.note))
                try e.insert(db)
                events.append(e)
            }
            return events
        }
    }

    /// Refuses a dossier received after the desk's today (the as-of day when one is set): on that day it
    /// has not reached the council. A dossier with no day of receipt (an archive's) is not refused.
    static func requireReceived(_ n: Nomination, db: Database) throws {
        let today = try asOf(db).today
        guard let received = CalendarDay(n.receivedOn), received > today else { return }
        throw CouncilError.notYetReceived(nominationID: n.id, receivedOn: n.receivedOn, today: today.iso)
    }
}
