import GRDB

// DeskStore reads and writes for MemberStanding; its types and rules stay in Council/MemberStanding.swift (one home for storage, issue 14).

extension DeskStore {
    /// The standing of a login on the council, by the same checks `decide` and `vote` make when they
    /// write: under the rules of the nomination's year when one is named (as `decide` reads them), else
    /// of the year under review.
    public func standing(of login: String, on nominationID: String? = nil) throws -> MemberStanding {
        let rules = try nominationID.map { try self.rules(of: $0) } ?? self.rules()
        return try read { db in
            let exists = try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0
            let m = try CouncilMember.fetchOne(db, key: login).flatMap { $0.active ? $0 : nil }
            let may = !exists || m.map { rules.outcomeRoles.contains($0.role) } == true
            var standing = MemberStanding(login: login, member: m, councilExists: exists, mayRecordOutcomes: may,
                                          outcomeRoles: rules.outcomeRoles, secretBallot: rules.secretBallot)
            standing.mayIssueDocuments = !exists || m.map { documentRoles.contains($0.role) } == true
            return standing
        }
    }
}
