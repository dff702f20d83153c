import BinhXetText

/// An emulation title a nomination asks for (danh hiệu thi đua).
public enum AwardTitle: String, Sendable, Codable, CaseIterable {
    /// Chiến sĩ thi đua cơ sở: needs an initiative.
    case cstdcs = "CSTDCS"
    /// Lao động tiên tiến: no initiative.
    case ldtt = "LDTT"
    /// Chiến sĩ tiên tiến: the armed forces' counterpart of LĐTT, and like it a base for CSTĐCS.
    case cstt = "CSTT"

    /// The title's Vietnamese name, as decisions print it.
    public var vietnameseName: String {
        switch self {
        case .cstdcs: return "Chiến sĩ thi đua cơ sở"
        case .ldtt: return "Lao động tiên tiến"
        case .cstt: return "Chiến sĩ tiên tiến"
        }
    }

    /// The abbreviation with its Vietnamese letters: CSTĐCS, LĐTT, CSTT.
    public var abbreviation: String {
        switch self {
        case .cstdcs: return "CSTĐCS"
        case .ldtt: return "LĐTT"
        case .cstt: return "CSTT"
        }
    }

    /// The abbreviation of a title stored as its code ("CSTDCS" → "CSTĐCS"); text that is no title's
    /// code is given as it is. For data that keeps the code (JSON, a flag's detail) read by people.
    public static func abbreviation(ofCode code: String) -> String { AwardTitle(rawValue: code)?.abbreviation ?? code }

    /// A base title: held, it lets a nominee be considered for CSTĐCS (LĐTT, or CSTT in the armed forces).
    public var isBaseTitle: Bool { self != .cstdcs }

    /// True when a nomination for this title must carry an initiative report.
    public var requiresInitiative: Bool { self == .cstdcs }

    /// Reads a code as clerks type it: "CSTDCS", "CSTĐCS", "cstđcs", "Chiến sĩ thi đua cơ sở", "LĐTT"…
    public init?(code: String) {
        let folded = VietnameseFolding.fold(code).filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        switch folded {
        case "cstdcs", "chiensithiduacoso": self = .cstdcs
        case "ldtt", "laodongtientien": self = .ldtt
        case "cstt", "chiensitientien": self = .cstt
        default: return nil
        }
    }
}
