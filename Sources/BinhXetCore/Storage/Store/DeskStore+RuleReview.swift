import BinhXetSimilarity
import Foundation

// DeskStore reads and writes for RuleReview; its types and rules stay in Rules/RuleReview.swift (one home for storage, issue 14).

extension DeskStore {
    /// The rule review of the desk (or of one year and the earlier nominations it may re-use).
    /// Without `rules`, each nomination is checked under the regime of its received date.
    public func ruleReview(rules: RuleSet? = nil) throws -> RuleReview {
        let book = try rules.map { RuleBook(fixed: $0) } ?? ruleBook()
        return RuleReview(rules: try rules ?? self.rules(), nominations: try reviewedNominations(), findings: try activeFindings(),
                          facts: try eligibilityFacts(), tallies: try tallies(viewer: "", rules: rules, countsOnly: true),
                          declaredLDTTHolders: try declaredLDTTHolders(), councilSize: try members().count, book: book)
    }

    /// The flags of one nomination: what `binhxet show` and the nomination screen display.
    public func ruleFlags(of nominationID: String) throws -> [RuleFlag] {
        guard try hasNomination(nominationID) else { throw CouncilError.unknownNomination(nominationID) }
        return try ruleReview().flags(of: nominationID)
    }

    /// The flags of every nomination of a year (or of the desk) that has any: for queues and reports.
    public func ruleFlags(year: Int? = nil) throws -> [String: [RuleFlag]] {
        let review = try ruleReview()
        let ids = review.nominations.values.filter { year == nil || $0.year == year }.map(\.id)
        return review.flagsByNomination(ids)
    }
}
