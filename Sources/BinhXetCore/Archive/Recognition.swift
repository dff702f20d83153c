import GRDB

/// Why a recognition was not recorded. Nothing was written.
public enum RecognitionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case noInitiative(String)
    case missing(String)
    case badDate(String)
    case unknownScope(String, allowed: [String])
    /// Another decision on the initiative is already recorded; recording a different one is refused.
    case alreadyRecorded(nominationID: String, recorded: String)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .noInitiative(let id): return "\(id) carries no initiative to recognise"
        case .missing(let what): return "give \(what)"
        case .badDate(let s): return "'\(s)' is not a date (dd/mm/yyyy or yyyy-mm-dd), or it is in the future"
        case .unknownScope(let s, let allowed): return "unknown scope '\(s)' (the rule set allows \(allowed.joined(separator: ", ")))"
        case .alreadyRecorded(let id, let recorded):
            return "\(id) already has a recognition recorded (\(recorded)); nothing was recorded"
        }
    }
}
