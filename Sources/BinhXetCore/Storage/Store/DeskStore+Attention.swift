// DeskStore reads for the council's attention; the rule (CouncilAttention, DeskAttention) stays in Rules/
// (one home for storage, issue 14).

extension DeskStore {
    /// The nominations of a year (or of the desk) that need the council's attention, with their reasons.
    public func attention(year: Int? = nil) throws -> [String: CouncilAttention] {
        try ruleReview().attention(year: year)
    }
}

extension DeskStore {
    /// The desk's attention from one rule review (see `DeskAttention`).
    public func deskAttention() throws -> DeskAttention {
        let review = try ruleReview()
        var flagged: [String: CouncilAttention] = [:], short: [String: VoteShortfall] = [:], overQuota: Set<String> = []
        // One pass: each nomination's flags are computed once and read for all three.
        for n in review.nominations.values {
            let flags = review.flags(of: n.id)
            let a = review.attention(of: n.id, flags: flags)
            if a.isFlagged { flagged[n.id] = a }
            if let s = review.voteShortfall(of: n.id) { short[n.id] = s }
            if !n.status.isDecided, flags.contains(where: { $0.check == .cstdcsQuota && $0.severity == .violation }) {
                overQuota.insert(n.id)
            }
        }
        let summary = try reviewYear().year.map {
            YearSummary(review: review, year: $0, attention: flagged, criticisms: try criticisms())
        }
        return DeskAttention(flagged: flagged, voteShortfalls: short, overQuota: overQuota, summary: summary)
    }
}
