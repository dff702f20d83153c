import Foundation

/// A step of the one-stop flow (TT 01/2018/TT-VPCP; procedure 1.000843) that is not a council outcome:
/// receive → appraise → council → (outcome) → return the result.
///
/// Its name on the command line (`binhxet advance ID appraising`) is the raw value of the event it records.
public enum OneStopStep: Sendable, Codable, CaseIterable, RawRepresentable {
    /// Thẩm định: the standing office starts appraising.
    case appraise
    /// Trình Hội đồng: the dossier goes before the council.
    case toCouncil
    /// Đã bổ sung: the unit handed in what was missing; the clock runs again.
    case supplemented
    /// Trả kết quả: the result is handed back to the unit.
    case returnResult
    /// Từ chối tiếp nhận giải quyết (Mẫu 03): the desk refuses to process the dossier; needs a reason.
    case refuse

    /// The event kind recorded.
    public var eventKind: DeskEvent.Kind {
        switch self {
        case .appraise: return .appraising
        case .toCouncil: return .atCouncil
        case .supplemented: return .supplemented
        case .returnResult: return .returned
        case .refuse: return .refused
        }
    }

    public var rawValue: String { eventKind.rawValue }
    public init?(rawValue: String) {
        guard let step = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = step
    }

    /// The status a nomination takes.
    public var resultingStatus: NominationStatus {
        switch self {
        case .appraise, .supplemented: return .appraising
        case .toCouncil: return .atCouncil
        case .returnResult: return .returned
        case .refuse: return .rejected
        }
    }

    /// The statuses it may follow.
    public var allowedFrom: Set<NominationStatus> {
        switch self {
        case .appraise: return [.received]
        case .toCouncil: return [.received, .appraising]
        case .supplemented: return [.awaitingSupplement]
        case .returnResult: return [.approved, .rejected]
        case .refuse: return [.received, .appraising, .awaitingSupplement]
        }
    }
}

/// Why a one-stop step or a new appointment date was not recorded. Nothing was written.
///
/// `act` is the event the refused write would have logged: a step's kind, or `rescheduled`.
public enum OneStopError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case notFrom(nominationID: String, status: NominationStatus, step: OneStopStep)
    case reasonRequired(String)
    /// Dated after the desk's today (`asOf`: today is the desk's as-of date, not the clock's).
    case afterToday(nominationID: String, act: DeskEvent.Kind, day: CalendarDay, today: CalendarDay, asOf: Bool)
    /// Dated before the dossier was received.
    case beforeReceipt(nominationID: String, act: DeskEvent.Kind, day: CalendarDay, receivedOn: CalendarDay)
    /// Dated before the dossier's latest step (or the council's outcome).
    case beforePrevious(nominationID: String, act: DeskEvent.Kind, day: CalendarDay, previous: DeskEvent.Kind, previousOn: CalendarDay)
    /// A new appointment date for a dossier no longer being processed: decided, returned or refused.
    case flowEnded(nominationID: String, status: NominationStatus)
    /// A new appointment date while the desk waits for supplements: the clock is stopped, nothing is due.
    case clockStopped(nominationID: String)
    /// A new appointment date not later than the one it replaces: a new date is set for a delay.
    case notLater(nominationID: String, to: CalendarDay, due: CalendarDay)
    /// A new appointment date before the day it is set.
    case alreadyPast(nominationID: String, to: CalendarDay, today: CalendarDay)
    /// An appointment date on a day the desk does not work: a weekend, or the holiday named.
    case notAWorkingDay(CalendarDay, holiday: String?)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .notFrom(let id, let status, let step):
            return "\(id) is \(status.rawValue): '\(step.rawValue)' only follows \(step.allowedFrom.map(\.rawValue).sorted().joined(separator: ", "))"
        case .reasonRequired(let what): return "\(what) needs a reason (--reason)"
        case .afterToday(let id, let act, let day, let today, let asOf):
            return "\(id): \(Self.english(act)) cannot be dated \(day.vietnamese), after "
                + (asOf ? "the desk's as-of date (\(today.vietnamese))" : "today (\(today.vietnamese))")
        case .beforeReceipt(let id, let act, let day, let received):
            return "\(id): \(Self.english(act)) cannot be dated \(day.vietnamese), before the dossier was received (\(received.vietnamese))"
        case .beforePrevious(let id, let act, let day, let previous, let previousOn):
            return "\(id): \(Self.english(act)) cannot be dated \(day.vietnamese), before the dossier's previous step "
                + "(\(Vocabulary.en.eventKind(previous)), \(previousOn.vietnamese))"
        case .flowEnded(let id, let status):
            return "\(id) is \(status.rawValue): a new appointment date is only set for a dossier still being processed"
        case .clockStopped(let id):
            return "\(id) awaits supplements: its clock is stopped and nothing is due until they are handed in (the due date is counted again then)"
        case .notLater(let id, let to, let due):
            return "\(id): the new date \(to.vietnamese) is not later than the current appointment date (\(due.vietnamese)); a new date is set for a delay"
        case .alreadyPast(let id, let to, let today):
            return "\(id): the new date \(to.vietnamese) is before the day it is set (\(today.vietnamese))"
        case .notAWorkingDay(let day, let holiday):
            return "\(day.vietnamese) is " + (holiday.map { "a day off (\($0))" } ?? (day.isoWeekday == 7 ? "a Sunday" : "a Saturday"))
                + ", not a working day; an appointment date falls on a working day"
        }
    }

    /// The act in an English line: a step by the name `advance` takes, a new date as the command sets it.
    static func english(_ act: DeskEvent.Kind) -> String {
        act == .rescheduled ? "a new appointment date" : "'\(act.rawValue)'"
    }
}

extension OneStopStep {
    /// What a step may not precede: the flow's own steps and the request for supplements, each dated by
    /// the desk's today when recorded. Not a new appointment date (the day it names lies ahead), nor the
    /// council's approval or rejection: those recorded before 52b4932 carry no `on` and read as the clock's
    /// day, so on a desk reviewing a past year as of a date a result could never be returned after them
    /// (the status already keeps a result from being returned before it is decided).
    static let precedingKinds: Set<DeskEvent.Kind> = [.appraising, .atCouncil, .supplemented, .returned, .refused, .supplementRequested]

    /// Why the step cannot be dated `day`, nil when it can: not after the desk's today, not before the
    /// dossier was received, not before its latest step (`previous`, the kind and its business day).
    func dateProblem(nominationID: String, on day: CalendarDay, receivedOn: CalendarDay,
                     previous: (kind: DeskEvent.Kind, day: CalendarDay)?, today: AsOfDate) -> OneStopError? {
        if day > today.today {
            return .afterToday(nominationID: nominationID, act: eventKind, day: day, today: today.today, asOf: today.fixed != nil)
        }
        if day < receivedOn { return .beforeReceipt(nominationID: nominationID, act: eventKind, day: day, receivedOn: receivedOn) }
        if let previous, day < previous.day {
            return .beforePrevious(nominationID: nominationID, act: eventKind, day: day, previous: previous.kind, previousOn: previous.day)
        }
        return nil
    }
}
