import Foundation

/// A member's ballot on a nomination.
public enum VoteChoice: String, Sendable, Codable, CaseIterable {
    case agree
    case disagree
    case abstain

    /// As the minutes write it.
    public var vietnamese: String {
        switch self {
        case .agree: return "đồng ý"
        case .disagree: return "không đồng ý"
        case .abstain: return "không biểu quyết"
        }
    }
}

/// One member's latest ballot on a nomination; `choice` is nil when a secret ballot hides it.
public struct MemberVote: Sendable, Codable, Equatable {
    public var login: String
    public var name: String
    public var role: CouncilRole
    public var choice: VoteChoice?
    public var at: String
}

/// The count of a nomination's ballots against the rule set's threshold and denominator.
///
/// Only the latest ballot of each active member counts (a member may change their mind until the
/// outcome is recorded); ballots of former members do not, so "agree" never exceeds "all members".
public struct VoteTally: Sendable, Codable, Equatable {
    public var nominationID: String
    public var agree: Int
    public var disagree: Int
    public var abstain: Int
    /// Active members of the council.
    public var members: Int
    /// Members who cast any ballot on this nomination.
    public var present: Int
    /// Ballots for or against.
    public var validBallots: Int
    public var denominatorKind: VoteDenominator
    /// The count the share of "agree" is taken over.
    public var denominator: Int
    /// "70%", "2/3"…
    public var threshold: String
    public var comparison: VoteComparison
    /// True when the agree votes meet the threshold.
    public var passes: Bool
    /// Who voted how, with choices hidden from others in a secret ballot.
    public var votes: [MemberVote]

    /// Whether recording `outcome` follows this vote: an approval needs the vote to pass, a rejection
    /// needs it not to (or no ballot at all); a supplement request is not voted on. `decide` refuses an
    /// outcome that does not follow without an override, and the desk says so before any typing.
    public func follows(_ outcome: DecisionOutcome) -> Bool {
        switch outcome {
        case .approve: return passes
        case .reject: return !passes || present == 0
        case .supplement: return true
        }
    }

    /// Agree votes as a percentage of the denominator (nil with no denominator).
    public var agreePercent: Double? { denominator > 0 ? Double(agree) * 100 / Double(denominator) : nil }

    /// One line for the command line and refusals: "4 agree, 2 disagree, 1 abstain; 4/7 all members = 57.1%
    /// (needs at least 70%): does not pass".
    public var summary: String { summary(in: .en) }

    /// The same line in the reader's language: "4 đồng ý, 2 không đồng ý, 1 không biểu quyết; 4/7 tổng số
    /// thành viên = 57,1% (cần từ 70%): không đạt" (the tally, `decide`'s refusal, `show`).
    public func summary(in language: Language) -> String {
        let share = denominator > 0 ? Percent.oneDecimal(Double(agree) / Double(denominator), in: language) : "—"
        let over = "\(agree)/\(denominator) \(Vocabulary(language).denominator(denominatorKind)) = \(share)"
        let needs = Percent.share(threshold, in: language)
        switch language {
        case .vi:
            return "\(agree) đồng ý, \(disagree) không đồng ý, \(abstain) không biểu quyết; \(over) "
                + "(cần \(comparison == .atLeast ? "từ" : "trên") \(needs)): \(passes ? "đạt" : "không đạt")"
        case .en:
            return "\(agree) agree, \(disagree) disagree, \(abstain) abstain; \(over) "
                + "(needs \(comparison == .atLeast ? "at least" : "more than") \(needs)): \(passes ? "passes" : "does not pass")"
        }
    }
}

/// Hides who voted how in the log of a desk that recorded open `vote` events while its rules say the
/// ballot is secret (ballots cast before v7-secret-ballots, or while `secret_ballot = no`). New secret
/// ballots never reach the log with their choice: see `DeskStore.vote`.
public enum BallotSecrecy {
    /// The payload value shown in place of a hidden choice.
    public static let hidden = "secret"

    /// Vote events as `viewer` may see them.
    public static func redact(_ events: [DeskEvent], viewer: String, secret: Bool) -> [DeskEvent] {
        guard secret else { return events }
        return events.map { e in
            guard e.kind == DeskEvent.Kind.vote, e.actor != viewer else { return e }
            var copy = e
            copy.payload["vote"] = hidden
            return copy
        }
    }
}


/// Why a ballot was not recorded.
public enum BallotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A secret ballot is cast once: the desk cannot know which choice to take back.
    case alreadyCast(nominationID: String, login: String)
    /// The member is written as absent from the meeting of the nomination's year.
    case absentFromMeeting(login: String, year: Int)

    public var description: String {
        switch self {
        case .alreadyCast(let id, let login):
            return "\(login) has already cast a secret ballot on \(id); a secret ballot cannot be changed"
        case .absentFromMeeting(let login, let year):
            return "\(login) is recorded as absent from the council's meeting of \(year) and cannot vote "
                + "(record the meeting again if they were there)"
        }
    }
}
