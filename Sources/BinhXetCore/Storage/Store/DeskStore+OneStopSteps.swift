import Foundation
import GRDB

// DeskStore reads and writes for OneStopStep; its types and rules stay in OneStop/OneStopStep.swift (one home for storage, issue 14).

extension DeskStore {
    /// Records a one-stop step and the status it leads to, in one transaction that checks the status and
    /// the step's date against the dossier as it stands: not after the desk's today, not before the
    /// dossier was received or its latest step (`OneStopStep.dateProblem`). `on` is the business date of
    /// the step (default: the desk's today: its as-of date, else the day of `at` in Vietnam), which the
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
            let asOf = try Self.asOf(db)
            var details = EventPayload.Step(reason: reason.isEmpty ? nil : reason)
            if let day { details.on = day.iso } else if let dated = asOf.eventDay { (details.on, details.onNote) = dated }
            let stepDay = day ?? asOf.day(ofActAt: at)
            if let received = CalendarDay(n.receivedOn),
               let problem = step.dateProblem(nominationID: nominationID, on: stepDay, receivedOn: received,
                                              previous: try Self.latestStep(of: nominationID, db), today: asOf) {
                throw problem
            }
            var e = DeskEvent(nominationID: nominationID, kind: step.eventKind, actor: actor, at: at, details: details)
            try e.insert(db)
            try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?", arguments: [step.resultingStatus.rawValue, nominationID])
            return e
        }
    }

    /// The dossier's latest step or council outcome and its business day (`OneStopStep.precedingKinds`).
    static func latestStep(of nominationID: String, _ db: Database) throws -> (kind: DeskEvent.Kind, day: CalendarDay)? {
        try DeskEvent.filter(Column("nominationID") == nominationID).filter(OneStopStep.precedingKinds.contains(Column("kind")))
            .fetchAll(db)
            .compactMap { e in Dossier.day(of: e).map { (kind: e.kind, day: $0) } }
            .max { $0.day < $1.day }
    }

    /// Sets a new appointment date with the reason for the delay (the apology slip, Mẫu 04), in one
    /// transaction that checks it against the dossier as it stands (`Dossier.rescheduleProblem`): a
    /// dossier still being processed, a date later than the current appointment and not already past, on a
    /// working day. The event keeps the day it was set (the desk's today) for the slip's date.
    @discardableResult
    public func reschedule(_ nominationID: String, to day: CalendarDay, reason: String, actor: String,
                           at: String = Clock.isoNow()) throws -> DeskEvent {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !reason.isEmpty else { throw OneStopError.reasonRequired("a new appointment date") }
        let rules = try rules(of: nominationID)
        let calendar = try workingCalendar()
        return try write { db in
            let dossier = try Self.dossier(of: nominationID, rules: rules, calendar: calendar, db)
            let asOf = try Self.asOf(db)
            let madeOn = asOf.day(ofActAt: at)
            if let problem = dossier.rescheduleProblem(to: day, madeOn: madeOn, calendar: calendar) { throw problem }
            var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.rescheduled, actor: actor, at: at,
                              details: EventPayload.Step(on: day.iso, reason: reason, madeOn: madeOn.iso))
            try e.insert(db)
            return e
        }
    }
}
