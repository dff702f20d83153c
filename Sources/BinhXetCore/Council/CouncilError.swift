/// Why a council action (membership, vote, outcome) was refused. Nothing was written.
public enum CouncilError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The acting user is not an active member of the council.
    case notAMember(String)
    /// The member's role may not do this under the rule set.
    case notAllowed(login: String, role: CouncilRole, action: String, allowed: [CouncilRole])
    /// The nomination is already decided: votes are closed.
    case alreadyDecided(nominationID: String, status: NominationStatus)
    case unknownNomination(String)
    case unknownMember(String)
    /// A member must have a name (it goes into the minutes).
    case nameRequired
    /// The dossier was received after the desk's today (ISO days): as of today it is not before the
    /// council, so it is neither voted on nor decided.
    case notYetReceived(nominationID: String, receivedOn: String, today: String)
    /// `member add` was given a login no OS user can have (a space, a slash, a leading '-').
    case notALogin(String)
    /// A member's name holds a control character (ESC, a line break): it would reach terminals and the minutes.
    case controlCharacterInName(String)

    public var description: String {
        switch self {
        case .notAMember(let login):
            return "'\(login)' is not a member of the council (see `binhxet member list`); each member acts under their own login"
        case .notAllowed(let login, let role, let action, let allowed):
            return "\(login) (\(role.rawValue)) may not \(action): only \(allowed.map(\.rawValue).joined(separator: ", ")) may, under this desk's rules"
        case .alreadyDecided(let id, let status):
            return "\(id) is already decided (\(status.rawValue)): voting is closed"
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .unknownMember(let login): return "no council member '\(login)'"
        case .nameRequired: return "a member needs a name (--name), for the minutes"
        case .notYetReceived(let id, let received, let today):
            return "\(id) was received on \(EventTime.day(received)), after the desk's today (\(EventTime.day(today))): "
                + "it cannot be voted on or decided before it arrives"
        case .notALogin(let login):
            return "'\(login)' cannot be a login: a member is known by their OS user name, which is made of letters a–z and A–Z, "
                + "digits, '.', '_' and '-', does not start with '-' and has at most \(CouncilMember.loginMaxLength) characters (see `id -un`)"
        case .controlCharacterInName(let c):
            return "a member's name may not hold a control character (\(c)); write the name as the minutes will print it"
        }
    }
}
