/// Why a criticism (phê bình) of a unit was refused. Nothing was written.
public enum CriticismError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No words: a criticism says what the unit did wrong.
    case textRequired
    /// A nomination named as prompting it was sent by another unit: the letter would blame this unit's
    /// head for another's dossier.
    case notOfUnit(nominationID: String, unit: String, nominationUnit: String)

    public var description: String {
        switch self {
        case .textRequired: return "a criticism needs its text (--text): what the unit did wrong"
        case .notOfUnit(let id, let unit, let other):
            return "\(id) was nominated by \(other), not by \(unit): a criticism of \(unit) names only its own nominations"
        }
    }
}
