/// A legal regime: the law, decrees and circulars in force over a period. A nomination is reviewed under
/// the regime in force on the day its dossier was received (`RuleBook`), so one desk holds several.
public enum RuleSetID: String, Sendable, Codable, CaseIterable, Comparable {
    /// Luật TĐKT 2003 (amended 2005, 2013) with NĐ 42/2010, 39/2012, 65/2014 and TT 07/2014: to 30/9/2017
    /// (and any earlier year on the desk).
    case decree65 = "2013"
    /// Luật TĐKT 2003 (amended 2005, 2013) with NĐ 91/2017 and TT 12/2019: 1/10/2017 to 31/12/2023.
    case law2003 = "2017"
    /// Luật TĐKT 06/2022/QH15 with NĐ 98/2023 and TT 01/2024: 1/1/2024 to 30/6/2025.
    case law2022 = "2024"
    /// The same law under two-tier local government (no district level from 1/7/2025), NĐ 152/2025.
    case twoTier = "2025"

    /// The instruments, as the council's papers cite them.
    public var title: String {
        switch self {
        case .decree65: return "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 65/2014/NĐ-CP"
        case .law2003: return "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 91/2017/NĐ-CP"
        case .law2022: return "Luật Thi đua, Khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP"
        case .twoTier: return "Luật Thi đua, Khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP, 152/2025/NĐ-CP"
        }
    }

    /// Every instrument of the regime, with what is not confirmed marked (domain reference §2).
    public var instruments: [String] {
        switch self {
        case .decree65:
            return ["Luật TĐKT 15/2003/QH11, sửa đổi 2005, 2013", "NĐ 42/2010/NĐ-CP, NĐ 39/2012/NĐ-CP, NĐ 65/2014/NĐ-CP",
                    "TT 07/2014/TT-BNV", "QĐ 09/2015/QĐ-TTg (một cửa)", "NĐ 13/2012/NĐ-CP (sáng kiến)"]
        case .law2003:
            return ["Luật TĐKT 15/2003/QH11, sửa đổi 2005, 2013", "NĐ 91/2017/NĐ-CP (từ 01/10/2017) [2nd]",
                    "TT 12/2019/TT-BNV", "NĐ 61/2018/NĐ-CP, TT 01/2018/TT-VPCP (một cửa, từ 21/06/2018)",
                    "NĐ 13/2012/NĐ-CP (sáng kiến)"]
        case .law2022:
            return ["Luật TĐKT 06/2022/QH15", "NĐ 98/2023/NĐ-CP", "TT 01/2024/TT-BNV",
                    "NĐ 61/2018/NĐ-CP, TT 01/2018/TT-VPCP (một cửa)", "NĐ 13/2012/NĐ-CP (sáng kiến)"]
        case .twoTier:
            return ["Luật TĐKT 06/2022/QH15 (dự thảo sửa đổi 12/2025 chưa có hiệu lực)",
                    "NĐ 152/2025/NĐ-CP (phân cấp, 14/06/2025) [open: thay thế toàn bộ NĐ 98/2023 hay không]",
                    "NĐ 98/2023/NĐ-CP [open]", "NĐ 118/2025/NĐ-CP, TT 03/2025/TT-VPCP (một cửa)",
                    "chính quyền địa phương hai cấp từ 01/07/2025: cấp huyện không còn; cấp quyết định [open]",
                    "NĐ 13/2012/NĐ-CP (sáng kiến)"]
        }
    }

    /// The first day the regime applies; nil for the earliest, which covers every earlier year too.
    public var startsOn: CalendarDay? {
        switch self {
        case .decree65: return nil
        case .law2003: return CalendarDay(year: 2017, month: 10, day: 1)
        case .law2022: return CalendarDay(year: 2024, month: 1, day: 1)
        case .twoTier: return CalendarDay(year: 2025, month: 7, day: 1)
        }
    }

    /// The last day the regime applies; nil for the one in force now.
    public var endsOn: CalendarDay? {
        Self.allCases.first { $0 > self }.flatMap(\.startsOn).map { $0.adding(days: -1) }
    }

    /// "01/10/2017 – 31/12/2023", as `binhxet rules` prints the period; the open end is "nay" in
    /// Vietnamese, "now" in English. JSON takes `startsOn` and `endsOn` as ISO days instead.
    public func period(in language: Language) -> String {
        let from = startsOn.map(\.vietnamese) ?? "…"
        let to = endsOn?.vietnamese ?? (language == .vi ? "nay" : "now")
        return "\(from) – \(to)"
    }

    /// Under Luật TĐKT 2003 (either of its decrees).
    public var isLaw2003: Bool { self == .decree65 || self == .law2003 }

    /// The regime in force on a day.
    public static func inForce(on day: CalendarDay) -> RuleSetID {
        allCases.last { ($0.startsOn ?? day) <= day } ?? .decree65
    }

    /// The regime of a year's nominations received at its end (31 December), when councils review it.
    public static func inForce(year: Int) -> RuleSetID {
        inForce(on: CalendarDay(year: year, month: 12, day: 31)!)
    }

    public static func < (l: RuleSetID, r: RuleSetID) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }

    /// What a new desk's open year falls under when nothing else says.
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
    /// The share of a unit's nominees the year summary expects from the favoured groups (CV 88/UBND-NV, 2017).
    public var favouredShareTarget: Share = Share(30, 100)
    /// How the quota's share of the holders is rounded to whole awards (`QuotaRounding`).
    public var cstdcsQuotaRounding: QuotaRounding = .down
    /// Where each setting came from: "built-in 2024", "desk (init --rules)", "<file>:<line>".
    public var origins: [RuleSetting: String]

    /// The regime's defaults. They differ in legal basis and where the law did (10 working days per level
    /// under NĐ 39/2012; no district level from 1/7/2025); where no national figure exists the defaults are
    /// the same and marked [open] in `RuleSetting.note`.
    public static func builtin(_ id: RuleSetID) -> RuleSet {
        var r = RuleSet(
            id: id, cstdcsQuota: Share(15, 100), voteThreshold: Share(70, 100), voteComparison: .atLeast,
            voteDenominator: .allMembers, secretBallot: true, outcomeRoles: [.chair, .standingViceChair],
            cstdcsWorkingDays: 20, ldttWorkingDays: 10, supplementClock: .restart, minServiceMonths: 10,
            disciplineBarsFrom: .reprimand, reuseMinCoverage: Share(50, 100), oneAwardPerInitiative: true,
            noRerecognition: true, dutyRelevanceWarning: true, decidingLevel: .district,
            issuingBody: "ỦY BAN NHÂN DÂN HUYỆN",
            origins: [:])
        switch id {
        case .decree65:
            // NĐ 39/2012 era: 10 working days per level for every title (domain reference §10).
            r.cstdcsWorkingDays = 10
        case .twoTier:
            // District People's Committees ceased on 1/7/2025; communes took over their procedures.
            r.decidingLevel = .commune
            r.issuingBody = "ỦY BAN NHÂN DÂN XÃ"
        case .law2003, .law2022:
            break
        }
        for s in RuleSetting.allCases { r.origins[s] = "built-in \(id.rawValue)" }
        return r
    }

    /// Whether a commune chairman may award CSTĐCS: not while districts existed (NĐ 91/2017 Art. 43(2): the
    /// commune proposes it upward; Law 2022 Art. 80(3)); after 1/7/2025 the commune took the district's
    /// place [open: NĐ 152/2025], so the deciding-level check does not apply.
    public var communeMayAwardCSTDCS: Bool { id >= .twoTier }

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
