import BinhXetText
import Foundation
import GRDB

/// Why a unit named on the command line could not be told apart.
public enum UnitLookupError: Error, Equatable, Sendable, CustomStringConvertible {
    case none(String)
    case ambiguous(String, [String])

    public var description: String {
        switch self {
        case .none(let q): return "no unit matches '\(q)' (see `binhxet list` for unit names)"
        case .ambiguous(let q, let names): return "'\(q)' matches several units: \(names.joined(separator: "; "))"
        }
    }
}

extension DeskStore {
    /// The unit a person means by its code, its exact name, or a part of its name that only it contains
    /// (case and diacritics ignored: "thcs hong kim").
    public func unit(matching query: String) throws -> OrgUnit {
        let all = try units()
        let q = query.trimmingCharacters(in: .whitespaces)
        if let u = all.first(where: { $0.code == q || $0.name == q.precomposedStringWithCanonicalMapping }) { return u }
        let needle = VietnameseFolding.fold(q)
        let hits = all.filter { VietnameseFolding.fold($0.name).contains(needle) }
        switch hits.count {
        case 1: return hits[0]
        case 0: throw UnitLookupError.none(query)
        default: throw UnitLookupError.ambiguous(query, hits.map(\.name))
        }
    }
}
