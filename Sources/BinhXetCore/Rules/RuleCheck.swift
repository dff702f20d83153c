/// The checks the desk runs on every nomination. Each violated check is a `RuleFlag` naming its legal
/// basis under the desk's regime.
public enum RuleCheck: String, Sendable, Codable, CaseIterable {
    /// CSTĐCS requires the LĐTT title that year.
    case cstdcsNeedsLDTT = "cstdcs_needs_ldtt"
    /// CSTĐCS requires an initiative recognised by the unit.
    case cstdcsNeedsInitiative = "cstdcs_needs_initiative"
    /// Recruited fewer months ago than the rule set allows.
    case minimumService = "minimum_service"
    /// Disciplined at or above the level the rule set names.
    case discipline
    /// More CSTĐCS in the unit and year than its share of LĐTT holders allows.
    case cstdcsQuota = "cstdcs_quota"
    /// The initiative re-uses the nominee's own earlier one or copies another person's: it is not new, so
    /// it cannot ground CSTĐCS, whatever became of the earlier one.
    case initiativeNotNovel = "initiative_not_novel"
    /// The initiative already grounded an award.
    case oneAwardPerInitiative = "one_award_per_initiative"
    /// The unit already recognised this initiative.
    case noRerecognition = "no_rerecognition"
    /// The ballots do not reach the threshold.
    case voteThreshold = "vote_threshold"
    /// The initiative is unrelated to the nominee's duties (a warning: no national rule).
    case dutyRelevance = "duty_relevance"
    /// The deciding level may not award this title.
    case decidingLevel = "deciding_level"

    /// The rule in a line of Vietnamese, as notices print it.
    public var title: String {
        switch self {
        case .cstdcsNeedsLDTT: return "CSTĐCS phải đạt danh hiệu Lao động tiên tiến"
        case .cstdcsNeedsInitiative: return "CSTĐCS phải có sáng kiến được cơ sở công nhận"
        case .minimumService: return "Thời gian công tác chưa đủ"
        case .discipline: return "Bị kỷ luật trong năm"
        case .cstdcsQuota: return "Vượt tỷ lệ CSTĐCS so với số LĐTT của đơn vị"
        case .initiativeNotNovel: return "Sáng kiến không có tính mới"
        case .oneAwardPerInitiative: return "Một sáng kiến chỉ làm căn cứ khen thưởng một lần"
        case .noRerecognition: return "Đơn vị không công nhận lại sáng kiến đã công nhận"
        case .voteThreshold: return "Không đạt tỷ lệ phiếu đồng ý"
        case .dutyRelevance: return "Sáng kiến không liên quan nhiệm vụ được giao"
        case .decidingLevel: return "Không thuộc thẩm quyền khen thưởng"
        }
    }

    /// The legal basis under a regime.
    /// The legal basis under a regime, in Vietnamese (its marks worded by `Vocabulary.legalMarks`): the
    /// documents print it, and an English reader reads it through `Vocabulary.en.legalMarks`.
    public func basis(for id: RuleSetID) -> String { Vocabulary.vi.legalMarks(citation(for: id)) }

    private func citation(for id: RuleSetID) -> String {
        switch self {
        case .cstdcsNeedsLDTT, .cstdcsNeedsInitiative:
            switch id {
            case .decree65: return "Luật TĐKT 2003 Điều 23; NĐ 65/2014; TT 07/2014/TT-BNV"
            case .law2003: return "Luật TĐKT 2003 Điều 23; NĐ 91/2017 Điều 9(3)"
            case .law2022: return "Luật TĐKT 06/2022 Điều 23 [verify]; NĐ 98/2023"
            case .twoTier: return "Luật TĐKT 06/2022 Điều 23 [verify]; NĐ 98/2023, NĐ 152/2025"
            }
        case .minimumService, .discipline:
            switch id {
            case .decree65: return "NĐ 42/2010, NĐ 65/2014 (trường hợp không xét LĐTT) [verify]"
            case .law2003: return "NĐ 91/2017 (trường hợp không xét LĐTT) [2nd]"
            // NĐ 152/2025 (14/06/2025) came with the two-tier regime: a dossier received under Luật 06/2022
            // before 01/07/2025 is judged by NĐ 98/2023 alone (domain reference §2).
            case .law2022: return "NĐ 98/2023 [verify]"
            case .twoTier: return "NĐ 98/2023 [verify]; NĐ 152/2025"
            }
        case .cstdcsQuota:
            switch id {
            case .decree65: return "TT 07/2014/TT-BNV Điều 5"
            case .law2003: return "NĐ 91/2017 Điều 9(3); TT 07/2014/TT-BNV Điều 5"
            case .law2022, .twoTier: return "tỷ lệ theo cấu hình của Hội đồng [open]"
            }
        case .initiativeNotNovel:
            // The novelty requirement itself first; the reuse letters guide how it is applied.
            return "NĐ 13/2012/NĐ-CP Điều 3, 4 (tính mới của sáng kiến); Luật TĐKT \(id.isLaw2003 ? "2003" : "06/2022") Điều 23; "
                + "hướng dẫn: CV 5007/BNV-TĐKT (2023) mục III.5(c), CV 3385/BTĐKT-P.II (20/11/2023)"
        case .oneAwardPerInitiative: return RuleSetting.oneAwardPerInitiative.note(for: id, in: .vi)
        case .noRerecognition: return RuleSetting.noRerecognition.note(for: id, in: .vi)
        case .voteThreshold: return "quy chế của Hội đồng (vote_threshold) [open]"
        case .dutyRelevance: return RuleSetting.dutyRelevanceWarning.note(for: id, in: .vi)
        case .decidingLevel: return RuleSetting.decidingLevel.note(for: id, in: .vi)
        }
    }
}

/// How serious a flag is: a violation stands in the way of the award; a warning asks for a look.
public enum FlagSeverity: String, Sendable, Codable, CaseIterable {
    case violation
    case warning
}

/// A violated rule on a nomination, with the evidence that shows it and its legal basis.
public struct RuleFlag: Sendable, Codable, Equatable {
    public var check: RuleCheck
    public var severity: FlagSeverity
    /// What is wrong, as facts; `message` words them in Vietnamese, a UI in its own language.
    public var detail: RuleFlagDetail
    /// The facts behind it (nomination IDs, finding coverage, counts), in both languages.
    public var facts: [RuleEvidence]
    /// The facts in Vietnamese: for documents and JSON.
    public var evidence: [String] { facts.map(\.vietnamese) }
    /// The facts in the reader's language.
    public func evidence(in v: Vocabulary) -> [String] { facts.map { $0.words(in: v) } }
    public var basis: String
    /// Other nominations the flag points at (the earlier award, the unit's other CSTĐCS).
    public var related: [String]

    /// What is wrong, in Vietnamese, with the figures: for documents and the command line.
    public var message: String { detail.vietnamese }
    /// The same worded to follow the rule's title, as a notice prints it (`check.title`: this).
    public var messageAfterTitle: String { detail.vietnameseAfterTitle }

    public init(check: RuleCheck, severity: FlagSeverity, detail: RuleFlagDetail, evidence: [RuleEvidence], basis: String,
                related: [String] = []) {
        self.check = check; self.severity = severity; self.detail = detail; self.facts = evidence
        self.basis = basis; self.related = related
    }

    enum CodingKeys: String, CodingKey { case check, severity, message, detail, evidence, basis, related }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(check: try c.decode(RuleCheck.self, forKey: .check), severity: try c.decode(FlagSeverity.self, forKey: .severity),
                  detail: try c.decode(RuleFlagDetail.self, forKey: .detail), evidence: try c.decode([String].self, forKey: .evidence).map { RuleEvidence(text: $0) },
                  basis: try c.decode(String.self, forKey: .basis), related: try c.decode([String].self, forKey: .related))
    }

    /// The message is written out too, so JSON readers get the wording without the facts' shape.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(check, forKey: .check); try c.encode(severity, forKey: .severity); try c.encode(message, forKey: .message)
        try c.encode(detail, forKey: .detail); try c.encode(evidence, forKey: .evidence); try c.encode(basis, forKey: .basis)
        try c.encode(related, forKey: .related)
    }
}
