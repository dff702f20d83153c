import Foundation
import GRDB

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

    /// Agree votes as a percentage of the denominator (nil with no denominator).
    public var agreePercent: Double? { denominator > 0 ? Double(agree) * 100 / Double(denominator) : nil }
}

/// Hides who voted how from everyone but the voter when the ballot is secret.
public enum BallotSecrecy {
    /// The payload value shown in place of a hidden choice.
    public static let hidden = "secret"

    /// Vote events as `viewer` may see them.
    public static func redact(_ events: [DeskEvent], viewer: String, secret: Bool) -> [DeskEvent] {
        guard secret else { return events }
        return events.map { e in
            guard e.kind == voteEventKind, e.actor != viewer else { return e }
            var copy = e
            copy.payload["vote"] = hidden
            return copy
        }
    }
}

/// The event kind of a ballot.
let voteEventKind = "vote"

extension DeskStore {
    /// Records a member's ballot. A later ballot of the same member replaces this one in the tally.
    @discardableResult
    public func vote(_ nominationID: String, _ choice: VoteChoice, member login: String,
                     at: String = Clock.isoNow()) throws -> DeskEvent {
        try write { db in
            guard let n = try Nomination.fetchOne(db, key: nominationID) else {
                throw CouncilError.unknownNomination(nominationID)
            }
            guard let m = try CouncilMember.fetchOne(db, key: login), m.active else { throw CouncilError.notAMember(login) }
            if n.status.isDecided { throw CouncilError.alreadyDecided(nominationID: nominationID, status: n.status) }
            var e = DeskEvent(nominationID: nominationID, kind: voteEventKind, actor: m.login, at: at,
                              payload: ["vote": choice.rawValue])
            try e.insert(db)
            return e
        }
    }

    /// The tally of one nomination, as `viewer` may see it.
    public func tally(of nominationID: String, viewer: String, rules: RuleSet? = nil) throws -> VoteTally {
        let rules = try rules ?? self.rules()
        return try read { db in
            guard try Nomination.exists(db, key: nominationID) else { throw CouncilError.unknownNomination(nominationID) }
            let members = try CouncilMember.filter(Column("active") == true).fetchAll(db)
            let ballots = try Self.latestBallots(db, nominationID: nominationID)
            return Self.tally(nominationID, ballots: ballots, members: members, rules: rules, viewer: viewer)
        }
    }

    /// Tallies of every nomination that has ballots (of one year), in ID order.
    public func tallies(year: Int? = nil, viewer: String, rules: RuleSet? = nil) throws -> [VoteTally] {
        let rules = try rules ?? self.rules()
        return try read { db in
            let members = try CouncilMember.filter(Column("active") == true).fetchAll(db)
            let byNomination = Dictionary(grouping: try Self.latestBallots(db, year: year), by: \.nominationID)
            return byNomination.keys.sorted().map {
                Self.tally($0, ballots: byNomination[$0]!, members: members, rules: rules, viewer: viewer)
            }
        }
    }

    /// Each member's latest ballot per nomination. SQLite picks the latest and reads the choice out of
    /// the JSON payload, so a desk of 100,000 ballots is not decoded event by event.
    static func latestBallots(_ db: Database, nominationID: String? = nil, year: Int? = nil) throws -> [Ballot] {
        var filter = "kind = '\(voteEventKind)'"
        var args: StatementArguments = []
        if let nominationID { filter += " AND nominationID = ?"; args += [nominationID] }
        if let year { filter += " AND nominationID IN (SELECT id FROM nomination WHERE year = ?)"; args += [year] }
        return try Row.fetchAll(db, sql: """
            SELECT nominationID, actor, json_extract(payload, '$.vote') AS vote, at FROM event
            WHERE id IN (SELECT max(id) FROM event WHERE \(filter) GROUP BY nominationID, actor)
            """, arguments: args).map {
            Ballot(nominationID: $0["nominationID"], login: $0["actor"], choice: VoteChoice(rawValue: $0["vote"] ?? ""), at: $0["at"])
        }
    }

    /// A member's latest ballot as the log holds it.
    struct Ballot {
        var nominationID: String
        var login: String
        var choice: VoteChoice?
        var at: String
    }

    /// The arithmetic of a tally, apart from storage. Ballots of former members do not count.
    static func tally(_ nominationID: String, ballots: [Ballot], members: [CouncilMember], rules: RuleSet,
                      viewer: String) -> VoteTally {
        let active = Dictionary(uniqueKeysWithValues: members.map { ($0.login, $0) })
        var counts: [VoteChoice: Int] = [:]
        var votes: [MemberVote] = []
        for b in ballots {
            guard let m = active[b.login], let choice = b.choice else { continue }
            counts[choice, default: 0] += 1
            let visible = !rules.secretBallot || b.login == viewer
            votes.append(MemberVote(login: b.login, name: m.name, role: m.role, choice: visible ? choice : nil, at: b.at))
        }
        let order = CouncilRole.allCases
        votes.sort { (order.firstIndex(of: $0.role)!, $0.name) < (order.firstIndex(of: $1.role)!, $1.name) }
        let agree = counts[.agree] ?? 0, disagree = counts[.disagree] ?? 0, abstain = counts[.abstain] ?? 0
        let present = agree + disagree + abstain
        let denominator: Int
        switch rules.voteDenominator {
        case .allMembers: denominator = members.count
        case .presentMembers: denominator = present
        case .validBallots: denominator = agree + disagree
        }
        return VoteTally(nominationID: nominationID, agree: agree, disagree: disagree, abstain: abstain,
                         members: members.count, present: present, validBallots: agree + disagree,
                         denominatorKind: rules.voteDenominator, denominator: denominator,
                         threshold: rules.voteThreshold.description, comparison: rules.voteComparison,
                         passes: rules.voteMeetsThreshold(agree: agree, of: denominator), votes: votes)
    }
}
