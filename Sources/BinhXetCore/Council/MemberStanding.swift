import GRDB

/// What a login may do on this desk's council, asked before a member starts typing: the front ends show an
/// action as unavailable, with the reason, instead of refusing it after a reason was written.
public struct MemberStanding: Sendable, Equatable {
    public var login: String
    /// The active member with this login, nil when the login is not on the council.
    public var member: CouncilMember?
    /// Whether the council has any members (a desk without one lets the OS user record outcomes).
    public var councilExists: Bool
    /// Whether this login may approve, reject, ask for supplements and criticise (`outcome_roles`).
    public var mayRecordOutcomes: Bool
    /// The roles that may, for the reason shown to those who may not.
    public var outcomeRoles: [CouncilRole]
    /// Whether the council's ballot is secret (cast once, never shown with a name).
    public var secretBallot: Bool
    /// Whether this login may issue the council's papers at a desk and record its meeting (`documentRoles`).
    public var mayIssueDocuments = true
    /// The roles that may, for the reason shown to those who may not.
    public var documentRoles: [CouncilRole] = BinhXetCore.documentRoles

    /// Whether this login may cast a ballot (an active member).
    public var mayVote: Bool { member != nil }
}
