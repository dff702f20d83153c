import GRDB

/// Why a recognition was not recorded. Nothing was written.
public enum RecognitionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case noInitiative(String)
    case missing(String)
    case badDate(String)
    /// Dated after the desk's today (`asOf`: today is the desk's as-of date, not the clock's).
    case afterToday(date: CalendarDay, today: CalendarDay, asOf: Bool)
    case unknownScope(String, allowed: [String])
    /// Another decision on the initiative is already recorded; recording a different one is refused.
    case alreadyRecorded(nominationID: String, recorded: String)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .noInitiative(let id): return "\(id) carries no initiative to recognise"
        case .missing(let what): return "give \(what)"
        case .badDate(let s): return "'\(s)' is not a date (dd/mm/yyyy or yyyy-mm-dd)"
        case .afterToday(let d, let today, let asOf):
            return "the recognition's date \(d.vietnamese) is after " + (asOf ? "the desk's as-of date (\(today.vietnamese))" : "today (\(today.vietnamese))")
                + ": a decision is recorded once it is signed"
        case .unknownScope(let s, let allowed): return "unknown scope '\(s)' (the rule set allows \(allowed.joined(separator: ", ")))"
        case .alreadyRecorded(let id, let recorded):
            return "\(id) already has a recognition recorded (\(recorded)); nothing was recorded"
        }
    }
}
