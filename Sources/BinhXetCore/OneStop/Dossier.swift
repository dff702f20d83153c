import Foundation

/// A nomination's one-stop dossier: its code, when it came, when its result is due and whether it is late.
///
/// The due date is derived from the events, never stored: receipt plus the title's working days; a
/// supplement request stops the clock and the supplement restarts it (or resumes it, by the
/// `supplement_clock` setting); a rescheduling (apology slip) sets a new date. So a corrected holiday
/// table or setting corrects every open dossier at once.
public struct Dossier: Sendable, Codable, Equatable {
    public var nominationID: String
    /// `UNITCODE-YYMMDD-NNNN`.
    public var code: String
    public var receivedOn: String
    public var title: AwardTitle
    public var status: NominationStatus
    /// Processing time of the title, working days.
    public var workingDays: Int
    /// The appointment date; nil while the desk waits for supplements.
    public var dueOn: String?
    /// The appointment date given at receipt (before any supplement or rescheduling).
    public var firstDueOn: String
    /// Since when the desk waits for supplements.
    public var awaitingSupplementSince: String?
    /// When the result was handed back (or the dossier refused): the dossier is closed.
    public var closedOn: String?
    /// The latest new date and its reason, when the desk apologised for a delay.
    public var rescheduledReason: String?

    public var isOpen: Bool { closedOn == nil }

    /// True when the result was not handed back by the due date.
    public func isLate(on day: CalendarDay) -> Bool {
        guard let due = dueOn.flatMap({ CalendarDay($0) }) else { return false }
        if let closed = closedOn.flatMap({ CalendarDay($0) }) { return closed > due }
        return day > due
    }
}

extension Dossier {
    /// Events that move the clock.
    static let clockEventKinds: Set<DeskEvent.Kind> = [
        .supplementRequested, OneStopStep.supplemented.eventKind, .rescheduled,
        OneStopStep.returnResult.eventKind, OneStopStep.refuse.eventKind,
    ]

    /// The business date of an event: the date it names, or the day in Vietnam it was recorded.
    static func day(of e: DeskEvent) -> CalendarDay? {
        // Every dated kind (steps, decisions, criticisms) keeps the day as `on`, which `Dated` reads of any of them.
        (try? e.details(EventPayload.Dated.self))?.on.flatMap({ CalendarDay($0) }) ?? CalendarDay(eventTime: e.at)
    }

    static func derive(nominationID: String, code: String, receivedOn: String, title: AwardTitle,
                       status: NominationStatus, events: [DeskEvent], rules: RuleSet,
                       calendar: WorkingCalendar) -> Dossier {
        let allowed = rules.workingDays(for: title)
        let received = CalendarDay(receivedOn) ?? CalendarDay.today()
        var start = received
        var used = 0
        var due: CalendarDay? = calendar.appointmentDate(received: received, workingDays: allowed)
        let firstDue = due!
        var waitingSince: CalendarDay?
        var closed: CalendarDay?
        var rescheduledReason: String?
        for e in events {
            guard let day = day(of: e) else { continue }
            switch e.kind {
            case .supplementRequested:
                guard waitingSince == nil else { continue }
                if rules.supplementClock == .pause { used += min(allowed - used, calendar.workingDays(after: start, through: day)) }
                waitingSince = day
                due = nil
            case OneStopStep.supplemented.eventKind:
                if rules.supplementClock == .restart { used = 0 }
                start = day
                waitingSince = nil
                due = calendar.appointmentDate(received: start, workingDays: allowed - used)
            case .rescheduled:
                due = day
                rescheduledReason = (try? e.details(EventPayload.Step.self))?.reason
            case OneStopStep.returnResult.eventKind, OneStopStep.refuse.eventKind:
                closed = day
            default:
                break
            }
        }
        return Dossier(nominationID: nominationID, code: code, receivedOn: receivedOn, title: title, status: status,
                       workingDays: allowed, dueOn: due?.iso, firstDueOn: firstDue.iso,
                       awaitingSupplementSince: waitingSince?.iso, closedOn: closed?.iso,
                       rescheduledReason: rescheduledReason)
    }
}

extension Dossier {
    /// Why the appointment cannot be moved to `day` by a new date set on `madeOn`, nil when it can. A new
    /// date (the apology slip, Mẫu 04) is for a delay in a dossier still being processed: it follows the
    /// current appointment date, is not already past, and falls on a working day; and it is set no
    /// earlier than the dossier was received.
    func rescheduleProblem(to day: CalendarDay, madeOn: CalendarDay, calendar: WorkingCalendar) -> OneStopError? {
        guard awaitsCouncil else { return .flowEnded(nominationID: nominationID, status: status) }
        guard let due = dueOn.flatMap({ CalendarDay($0) }) else { return .clockStopped(nominationID: nominationID) }
        if day <= due { return .notLater(nominationID: nominationID, to: day, due: due) }
        if day < madeOn { return .alreadyPast(nominationID: nominationID, to: day, today: madeOn) }
        if !calendar.isWorkingDay(day) {
            return .notAWorkingDay(day, holiday: calendar.entry(on: day).flatMap { $0.kind.isDayOff ? $0.name : nil })
        }
        if let received = CalendarDay(receivedOn), madeOn < received {
            return .beforeReceipt(nominationID: nominationID, act: .rescheduled, day: madeOn, receivedOn: received)
        }
        return nil
    }
}
