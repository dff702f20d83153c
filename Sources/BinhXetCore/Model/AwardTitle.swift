import BinhXetText

/// An emulation title a nomination asks for (danh hiệu thi đua).
public enum AwardTitle: String, Sendable, Codable, CaseIterable {
    /// Chiến sĩ thi đua cơ sở: needs an initiative.
    case cstdcs = "CSTDCS"
    /// Lao động tiên tiến: no initiative.
    case ldtt = "LDTT"

    /// True when a nomination for this title must carry an initiative report.
    public var requiresInitiative: Bool { self == .cstdcs }

    /// Reads a code as clerks type it: "CSTDCS", "CSTĐCS", "cstđcs", "Chiến sĩ thi đua cơ sở", "LĐTT"…
    public init?(code: String) {
        let folded = VietnameseFolding.fold(code).filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        switch folded {
        case "cstdcs", "chiensithiduacoso": self = .cstdcs
        case "ldtt", "laodongtientien": self = .ldtt
        default: return nil
        }
    }
}
