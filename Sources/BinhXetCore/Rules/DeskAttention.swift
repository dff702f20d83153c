/// What the desk needs the council to look at, computed from one rule review: the nominations that need
/// attention (flagged, with reasons), the undecided ones whose ballots fall short of the threshold, and the
/// year summary of the year under review. The review desk loads it once after its queue, so the queue's
/// flags, the bulk confirmation and the summary screen share one computation instead of three.
public struct DeskAttention: Sendable, Equatable {
    /// Every flagged nomination of the desk (all years), with its reasons.
    public var flagged: [String: CouncilAttention]
    /// Undecided nominations of the desk whose ballots do not reach the threshold while a council sits.
    public var voteShortfalls: [String: VoteShortfall]
    /// Undecided CSTĐCS nominations of units over a declared quota (a violation, not the warning of a
    /// counted one): approving them all would exceed it, so the bulk confirmation lists them on their own.
    public var overQuota: Set<String>
    /// The year under review's summary; nil on a desk without nominations.
    public var summary: YearSummary?

    public init(flagged: [String: CouncilAttention], voteShortfalls: [String: VoteShortfall] = [:], overQuota: Set<String> = [],
                summary: YearSummary? = nil) {
        self.flagged = flagged; self.voteShortfalls = voteShortfalls; self.overQuota = overQuota; self.summary = summary
    }
}

/// An undecided nomination's ballots short of its rules' threshold: approving it now would be refused by
/// `decide` unless an override reason is given (the core's vote rule, `VoteTally.passes`).
public struct VoteShortfall: Sendable, Equatable {
    public var agree: Int
    public var denominator: Int
    public var threshold: Share
    public var comparison: VoteComparison
}

extension RuleReview {
    /// The shortfall of an undecided nomination while a council sits; nil when its ballots pass or no
    /// council is recorded. No ballot yet counts as none in favour, as `decide` counts it.
    public func voteShortfall(of id: String) -> VoteShortfall? {
        guard councilSize > 0, let n = nominations[id], !n.status.isDecided else { return nil }
        let rules = book.rules(for: n)
        if let t = tallies[id] {
            return t.passes ? nil : VoteShortfall(agree: t.agree, denominator: t.denominator, threshold: rules.voteThreshold,
                                                  comparison: rules.voteComparison)
        }
        return VoteShortfall(agree: 0, denominator: rules.voteDenominator == .allMembers ? councilSize : 0,
                             threshold: rules.voteThreshold, comparison: rules.voteComparison)
    }
}
