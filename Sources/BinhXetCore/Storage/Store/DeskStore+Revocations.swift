

// DeskStore reads and writes for RevocationCandidate; its types and rules stay in Archive/RevocationCandidate.swift (one home for storage, issue 14).

extension DeskStore {
    /// Archive awards that re-used an earlier initiative (years before the one under review).
    public func revocationCandidates() throws -> [RevocationCandidate] {
        try ruleReview().revocationCandidates(before: reviewYear().year)
    }

    /// The nominee's other nominations, earlier years first: what a member needs beside the one under review.
    public func nomineeHistory(of nominationID: String) throws -> [ReviewedNomination] {
        let all = try reviewedNominations(aroundNomination: nominationID, sources: [])
        guard let n = all.first(where: { $0.id == nominationID }) else { throw CouncilError.unknownNomination(nominationID) }
        return all.filter { $0.personID == n.personID && $0.id != n.id }
    }
}
