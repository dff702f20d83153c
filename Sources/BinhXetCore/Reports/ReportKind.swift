/// The council's reports, as `binhxet report KIND` names them.
public enum ReportKind: String, Sendable, CaseIterable {
    /// The chairman's Quyết định tặng danh hiệu with its list attached.
    case decision
    /// The council's Tờ trình to the chairman proposing the list.
    case submission
    /// The council's Biên bản họp.
    case minutes
    /// The Biên bản kiểm phiếu of the secret ballot.
    case ballotCount = "ballot-count"
    /// "Not awarded" notices per unit, with reasons.
    case notices
    /// Criticisms register per unit.
    case criticisms
    /// Statistics per unit and year, with the favoured groups' shares.
    case stats
    /// Late and soon-due dossiers.
    case overdue
    /// Similarity findings per unit, with the rules they break.
    case flags
    /// One nomination's kết quả kiểm tra trùng lặp (needs the nomination's ID).
    case similarity
    /// The chairman's công văn phê bình to a unit's head (needs the unit), from a recorded criticism.
    case criticismLetter = "criticism-letter"

    /// Kinds about one nomination or unit, named after the kind on the command line.
    public var subject: String? {
        switch self {
        case .similarity: return "nomination ID"
        case .criticismLetter: return "unit"
        default: return nil
        }
    }

    /// A file name for the report (`quyet-dinh-2018.docx`).
    public func fileName(year: Int?, format: String) -> String {
        let base: String
        switch self {
        case .decision: base = "quyet-dinh"
        case .submission: base = "to-trinh"
        case .minutes: base = "bien-ban-hoi-dong"
        case .ballotCount: base = "bien-ban-kiem-phieu"
        case .notices: base = "thong-bao-khong-dat"
        case .criticisms: base = "so-phe-binh"
        case .stats: base = "thong-ke"
        case .overdue: base = "ho-so-qua-han"
        case .flags: base = "canh-bao-trung-lap"
        case .similarity: base = "kiem-tra-trung-lap"
        case .criticismLetter: base = "cong-van-phe-binh"
        }
        return base + (year.map { "-\($0)" } ?? "") + "." + format
    }
}

/// What a report covers: a year (or all), and for the overdue list the day and the look-ahead.
public struct ReportScope: Sendable, Equatable {
    public var year: Int?
    public var on: CalendarDay
    /// Working days ahead that count as "due soon".
    public var within: Int
    /// The nomination or unit a kind with a subject is about.
    public var subject: String?

    public init(year: Int? = nil, on: CalendarDay = .today(), within: Int = 0, subject: String? = nil) {
        self.year = year; self.on = on; self.within = within; self.subject = subject
    }
}

/// Why a report cannot be made.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    case subjectNeeded(ReportKind)
    case noCriticism(unit: String)

    public var description: String {
        switch self {
        case .subjectNeeded(let k): return "report \(k.rawValue) needs the \(k.subject ?? "subject"): binhxet report \(k.rawValue) \((k.subject ?? "X").uppercased().replacingOccurrences(of: " ", with: "_"))"
        case .noCriticism(let u): return "no criticism of \(u) is recorded (binhxet criticise UNIT --text … first)"
        }
    }
}
