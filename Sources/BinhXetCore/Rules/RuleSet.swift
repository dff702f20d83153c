/// The legal regime a desk reviews under.
public enum RuleSetID: String, Sendable, Codable, CaseIterable {
    /// Luật TĐKT 2003 (amended 2005, 2013) with NĐ 91/2017/NĐ-CP: years up to 2023.
    case law2003 = "2017"
    /// Luật TĐKT 06/2022/QH15 with NĐ 98/2023/NĐ-CP: from 1/1/2024.
    case law2022 = "2024"

    /// The instruments, as the council's papers cite them.
    public var title: String {
        switch self {
        case .law2003: return "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 91/2017/NĐ-CP"
        case .law2022: return "Luật Thi đua, Khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP"
        }
    }

    /// What a new desk uses.
    public static let standard = RuleSetID.law2022
}

/// Who the share of "agree" votes is counted against.
public enum VoteDenominator: String, Sendable, Codable, CaseIterable {
    /// Every active member of the council, absent or not (NĐ 91/2017 Art. 45(8) for higher titles).
    case allMembers = "all_members"
    /// Members who took part in the vote on that nomination (cast any ballot, abstentions included).
    case presentMembers = "present_members"
    /// Ballots for or against: abstentions do not count.
    case validBallots = "valid_ballots"
}

/// Whether the share must reach the threshold or pass it ("at least 70 %" or "more than half").
public enum VoteComparison: String, Sendable, Codable, CaseIterable {
    case atLeast = "at_least"
    case moreThan = "more_than"
}

/// What a request for supplements does to the processing time.
public enum SupplementClock: String, Sendable, Codable, CaseIterable {
    /// The full time runs again from the day the complete dossier arrives.
    case restart
    /// The days already used stay used; the rest runs from the day the supplement arrives.
    case pause
}

/// Who signs the awards the desk prepares (Law 2022 Art. 80; NĐ 91/2017 Art. 43).
public enum DecidingLevel: String, Sendable, Codable, CaseIterable {
    /// Chủ tịch UBND huyện: CSTĐCS, LĐTT.
    case district
    /// Chủ tịch UBND xã: LĐTT only; CSTĐCS is proposed upward.
    case commune
    /// Head of an agency or public unit, for its own staff: CSTĐCS, LĐTT.
    case agency
}

/// Disciplinary measures, mildest first.
public enum DisciplineLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case none
    /// Khiển trách.
    case reprimand
    /// Cảnh cáo.
    case warning
    /// Hạ bậc lương, giáng chức.
    case demotion
    /// Cách chức, buộc thôi việc.
    case dismissal

    public var vietnamese: String {
        switch self {
        case .none: return "không"
        case .reprimand: return "khiển trách"
        case .warning: return "cảnh cáo"
        case .demotion: return "hạ bậc lương / giáng chức"
        case .dismissal: return "cách chức / buộc thôi việc"
        }
    }

    public static func < (l: DisciplineLevel, r: DisciplineLevel) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}

/// The parameters a desk reviews with: a built-in regime, then the desk's settings file on top.
///
/// Every value that the law does not fix nationally (domain reference §14) is a setting here, and each
/// keeps where it came from, so `binhxet rules` can say "built-in 2024" or "d.desk.rules:4".
public struct RuleSet: Sendable, Equatable {
    public var id: RuleSetID
    /// CSTĐCS awards of a unit and year, as a share of its LĐTT holders.
    public var cstdcsQuota: Share
    public var voteThreshold: Share
    public var voteComparison: VoteComparison
    public var voteDenominator: VoteDenominator
    /// Secret ballot: members see the tally, not who voted how.
    public var secretBallot: Bool
    /// Roles that may record a final outcome (approve, reject, supplement, criticise).
    public var outcomeRoles: [CouncilRole]
    public var cstdcsWorkingDays: Int
    public var ldttWorkingDays: Int
    public var supplementClock: SupplementClock
    /// Nominees recruited fewer months ago are not eligible.
    public var minServiceMonths: Int
    /// The mildest discipline in the year that bars an award.
    public var disciplineBarsFrom: DisciplineLevel
    /// A partial re-use covering at least this share of the text counts as the same initiative.
    public var reuseMinCoverage: Share
    public var oneAwardPerInitiative: Bool
    public var noRerecognition: Bool
    /// Warn when the similarity checker finds the initiative unrelated to the nominee's duties.
    public var dutyRelevanceWarning: Bool
    public var decidingLevel: DecidingLevel
    /// The body named at the head of reports and slips.
    public var issuingBody: String
    /// The largest initiative report an import reads, in MB: a bound on what one row can cost.
    public var maxReportMB: Int = DocumentReader.defaultMaxMB
    /// Scopes (phạm vi ảnh hưởng) a recognition may name: the unit's own first, then wider levels.
    public var recognitionScopes: [String] = ["co_so", "cap_tinh", "toan_quoc"]
    /// A CSTĐCS needs its initiative recognised in the nomination's own year (domain §7, §14).
    public var recognitionSameYear: Bool = true
    /// Worker categories whose base title may be Chiến sĩ tiên tiến instead of Lao động tiên tiến.
    public var csttCategories: [WorkerCategory] = [.armedForces]
    /// Where each setting came from: "built-in 2024", "desk (init --rules)", "<file>:<line>".
    public var origins: [RuleSetting: String]

    /// The regime's defaults. The two differ in legal basis; where no national figure exists the
    /// defaults are the same and marked [open] in `RuleSetting.note`.
    public static func builtin(_ id: RuleSetID) -> RuleSet {
        var r = RuleSet(
            id: id, cstdcsQuota: Share(15, 100), voteThreshold: Share(70, 100), voteComparison: .atLeast,
            voteDenominator: .allMembers, secretBallot: true, outcomeRoles: [.chair, .standingViceChair],
            cstdcsWorkingDays: 20, ldttWorkingDays: 10, supplementClock: .restart, minServiceMonths: 10,
            disciplineBarsFrom: .reprimand, reuseMinCoverage: Share(50, 100), oneAwardPerInitiative: true,
            noRerecognition: true, dutyRelevanceWarning: true, decidingLevel: .district,
            issuingBody: "ỦY BAN NHÂN DÂN HUYỆN",
            origins: [:])
        for s in RuleSetting.allCases { r.origins[s] = "built-in \(id.rawValue)" }
        return r
    }

    /// Processing time of a title, in working days.
    public func workingDays(for title: AwardTitle) -> Int {
        title == .cstdcs ? cstdcsWorkingDays : ldttWorkingDays
    }

    /// Whether `agree` votes out of `total` meet the threshold.
    public func voteMeetsThreshold(agree: Int, of total: Int) -> Bool {
        guard total > 0 else { return false }
        switch voteComparison {
        case .atLeast: return voteThreshold.isReached(by: agree, of: total)
        case .moreThan: return voteThreshold.isExceeded(by: agree, of: total)
        }
    }
}
