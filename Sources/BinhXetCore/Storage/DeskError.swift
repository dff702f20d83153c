import Foundation

/// Why a desk could not be opened, created or written. Each message names the path.
public enum DeskError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String)
    case alreadyExists(String)
    case isDirectory(String)
    case readOnly(String)
    case notADesk(String)
    /// The desk was written by a newer BinhXet (it holds migrations this one does not know).
    case newerSchema(String, unknownMigrations: [String])
    case unknownNomination(String)
    case database(String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no desk here; create one with `binhxet init --desk \(p)`"
        case .alreadyExists(let p): return "\(p): a desk already exists here"
        case .isDirectory(let p): return "\(p): is a directory, not a desk file"
        case .readOnly(let p): return "\(p): the desk is read-only; nothing was written"
        case .notADesk(let p): return "\(p): not a BinhXet desk (not an SQLite file made by binhxet)"
        case .newerSchema(let p, let m):
            return "\(p): the desk was made by a newer BinhXet (unknown schema steps: \(m.joined(separator: ", "))); upgrade binhxet"
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .database(let m): return "desk database error: \(m)"
        }
    }
}
