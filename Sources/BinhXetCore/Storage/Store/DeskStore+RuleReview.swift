import BinhXetSimilarity
import Foundation
import GRDB

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

    /// The part of the desk one nomination's checks read, and nothing else: the nominations of its unit and
    /// year (the quota, the base title of the same year), the sources of its findings that count (re-use),
    /// their noted facts, its own ballots and its unit's declared holders. Its `flags(of: nominationID)` are
    /// the whole review's (`AttentionAgreementTests`: every nomination of the demo desk and of a generated
    /// one) at the cost of one unit-year: the nomination page ran a whole review on every open (1.6 s at
    /// 10,000 nominations, on the loop after the frame).
    public func ruleReview(forNomination nominationID: String) throws -> RuleReview {
        guard let place = try read({ db in
            try Row.fetchOne(db, sql: "SELECT unitID, year FROM nomination WHERE id = ?", arguments: [nominationID])
        }) else { throw CouncilError.unknownNomination(nominationID) }
        let unitID: Int64 = place["unitID"], year: Int = place["year"]
        let dismissed = try dismissals(of: nominationID)
        let findings = try findings(of: nominationID).filter { f in f.sourceID.map { dismissed[$0] == nil } ?? true }
        let sources = Array(Set(findings.compactMap(\.sourceID)))
        var args: StatementArguments = [unitID, year]
        args += StatementArguments(sources)
        let nominations = try reviewedNominations(
            year: nil, only: ("(n.unitID = ? AND n.year = ?)"
                              + (sources.isEmpty ? "" : " OR n.id IN (\(Array(repeating: "?", count: sources.count).joined(separator: ", ")))"),
                              args))
        let book = try ruleBook()
        let ballots = try read { db in try Self.ballots(db, nominationID: nominationID, countsOnly: true) }
        var tallies: [VoteTally] = []
        if let own = ballots[nominationID], let n = nominations.first(where: { $0.id == nominationID }) {
            let members = try read { db in try CouncilMember.filter(Column("active") == true).fetchAll(db) }
            tallies.append(Self.tally(nominationID, ballots: own, members: members, rules: book.rules(for: n), viewer: "",
                                      countsOnly: true))
        }
        return RuleReview(rules: try rules(), nominations: nominations, findings: findings,
                          facts: try eligibilityFacts(of: Set(nominations.map(\.id))), tallies: tallies,
                          declaredLDTTHolders: try declaredLDTTHolders(), councilSize: try members().count, book: book)
    }

    /// The flags of one nomination: what `binhxet show` and the nomination screen display.
    public func ruleFlags(of nominationID: String) throws -> [RuleFlag] {
        guard try hasNomination(nominationID) else { throw CouncilError.unknownNomination(nominationID) }
        return try ruleReview(forNomination: nominationID).flags(of: nominationID)
    }

    /// The flags of every nomination of a year (or of the desk) that has any: for queues and reports.
    public func ruleFlags(year: Int? = nil) throws -> [String: [RuleFlag]] {
        let review = try ruleReview()
        let ids = review.nominations.values.filter { year == nil || $0.year == year }.map(\.id)
        return review.flagsByNomination(ids)
    }
}
