import Foundation
import GRDB

// DeskStore reads and writes for OneStopStep; its types and rules stay in OneStop/OneStopStep.swift (one home for storage, issue 14).

extension DeskStore {
    /// Records a one-stop step and the status it leads to, in one transaction. `on` is the business
    /// date of the step (default: the desk's today: its as-of date, else today in Vietnam), which the
    /// deadline counts from.
    @discardableResult
    public func advance(_ nominationID: String, _ step: OneStopStep, on day: CalendarDay? = nil, reason: String? = nil,
                        actor: String, at: String = Clock.isoNow()) throws -> DeskEvent {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping ?? ""
        if step == .refuse && reason.isEmpty { throw OneStopError.reasonRequired("a refusal") }
        return try write { db in
            guard let n = try Nomination.fetchOne(db, key: nominationID) else { throw OneStopError.unknownNomination(nominationID) }
            guard step.allowedFrom.contains(n.status) else {
                throw OneStopError.notFrom(nominationID: nominationID, status: n.status, step: step)
            }
            var details = EventPayload.Step(reason: reason.isEmpty ? nil : reason)
            if let day { details.on = day.iso } else if let asOf = try Self.asOf(db).eventDay { (details.on, details.onNote) = asOf }
            var e = DeskEvent(nominationID: nominationID, kind: step.eventKind, actor: actor, at: at, details: details)
            try e.insert(db)
            try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?", arguments: [step.resultingStatus.rawValue, nominationID])
            return e
        }
    }

    /// Sets a new appointment date with the reason for the delay (the apology slip, Mẫu 04).
    @discardableResult
    public func reschedule(_ nominationID: String, to day: CalendarDay, reason: String, actor: String,
                           at: String = Clock.isoNow()) throws -> DeskEvent {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !reason.isEmpty else { throw OneStopError.reasonRequired("a new appointment date") }
        return try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw OneStopError.unknownNomination(nominationID) }
            var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.rescheduled, actor: actor, at: at,
                              details: EventPayload.Step(on: day.iso, reason: reason))
            try e.insert(db)
            return e
        }
    }
}
