

// DeskStore reads and writes for YearSummary; its types and rules stay in ReviewYear/YearSummary.swift (one home for storage, issue 14).

extension DeskStore {
    /// The summary of a year (default: the year under review), read in one pass of the rule review.
    public func yearSummary(year: Int? = nil) throws -> YearSummary? {
        guard let year = try year ?? reviewYear().year else { return nil }
        let review = try ruleReview()
        return YearSummary(review: review, year: year, attention: review.attention(year: year), criticisms: try criticisms())
    }
}
