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
    public var eventKind: DeskEvent.Kind {
        switch self {
        case .approve: return .approved
        case .reject: return .rejected
        case .supplement: return .supplementRequested
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

/// Why a decision was not recorded. Nothing was written.
public enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case reasonRequired(DecisionOutcome)
    /// Someone else recorded a decision after the caller last looked: nothing was overwritten.
    case changedMeanwhile(nominationID: String, by: String, at: String, kind: DeskEvent.Kind)
    /// The nomination is decided already; another outcome needs an explicit revision with a reason.
    case alreadyDecided(nominationID: String, by: String, at: String, kind: DeskEvent.Kind)
    /// The outcome does not follow the council's vote; it needs an override with a reason.
    case voteDisagrees(nominationID: String, outcome: DecisionOutcome, tally: VoteTally)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .reasonRequired(let o): return o == .reject ? "a rejection needs a reason" : "say what is missing"
        case .changedMeanwhile(let id, let by, let at, let kind):
            return "\(id) was changed meanwhile: \(Vocabulary.en.eventKind(kind)) by \(by) at \(EventTime.display(at)); nothing was overwritten"
        case .alreadyDecided(let id, let by, let at, let kind):
            return "\(id) is already decided: \(Vocabulary.en.eventKind(kind)) by \(by) at \(EventTime.display(at)); nothing was recorded "
                + "(to revise it, give the reason with --revise)"
        case .voteDisagrees(let id, let outcome, let tally):
            return "\(id) cannot be \(outcome == .approve ? "approved" : "rejected"): the council's vote "
                + "\(outcome == .approve ? "has not reached" : "has reached") the threshold (\(tally.summary)); "
                + "to record it anyway, give the reason with --override"
        }
    }
}

/// What `decide` did: recorded a new event, or found the same outcome already recorded (a no-op).
public struct DecisionRecord: Sendable, Equatable {
    /// The new event, or the existing one that already says the same.
    public var event: DeskEvent
    /// False when the same outcome was already recorded and nothing was written.
    public var isNew: Bool
    /// An approval or rejection recorded on a desk with no council members: there was no ballot, and the
    /// decision list and minutes take the outcome as recorded (`AwardList`).
    public var withoutBallot = false
}

/// Event kinds that decide or change a nomination's standing.
let decisionEventKinds: Set<DeskEvent.Kind> = DeskEvent.Kind.decisions

import Foundation
