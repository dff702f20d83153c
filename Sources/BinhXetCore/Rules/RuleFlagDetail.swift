/// What a rule flag says, as data: `vietnamese` words it for documents and the command line, and a UI in
/// another language words it from the same facts.
public enum RuleFlagDetail: Sendable, Codable, Equatable {
    case notLDTT(year: Int)
    case sameYearLDTTRefused(nomination: String)
    case noInitiative
    case initiativeNotRecognised
    case shortService(months: Int, minimum: Int)
    case disciplined(DisciplineLevel)
    case quotaExceeded(unit: String, year: Int, nominations: Int, holders: Int, quota: Share, allowed: Int)
    /// `own`: the nominee's own earlier initiative; else another person's. `coverage` is a share (0…1).
    case notNovel(own: Bool, coverage: Double, source: String, person: String, year: Int, standing: SourceStanding? = nil)
    /// Neither LĐTT nor Chiến sĩ tiên tiến (a nominee whose category may hold either).
    case notBaseTitle(year: Int)
    /// The initiative was recognised in another year than the nomination's (`recognition_same_year`).
    case recognisedInOtherYear(recognitionYear: Int, year: Int, number: String?)
    /// Combat ingenuity grounds CSTĐCS only in the armed forces.
    case combatIngenuityOutsideArmedForces(category: String)
    case alreadyAwarded(title: String, year: Int, person: String, source: String)
    case alreadyRecognised(unit: String, year: Int, source: String, person: String)
    /// `approved`: the nomination was passed although the votes fall short.
    case votesShort(approved: Bool, votes: VoteCount?, comparison: VoteComparison, threshold: Share, of: VoteDenominator)
    /// The outcome was recorded against the council's vote, with this reason (`decide --override`).
    case outcomeAgainstVote(approved: Bool, reason: String)
    case offDuty(position: String)
    case communeCannotAwardCSTDCS

    /// Agreeing votes over the denominator the rules count by.
    public struct VoteCount: Sendable, Codable, Equatable {
        public var agree: Int
        public var denominator: Int
        /// Percent agreeing, when the denominator is not zero.
        public var percent: Double?

        public init(agree: Int, denominator: Int, percent: Double?) {
            self.agree = agree; self.denominator = denominator; self.percent = percent
        }
    }
}

extension RuleFlagDetail {
    /// The flag in Vietnamese, with the figures.
    public var vietnamese: String {
        switch self {
        case .notLDTT(let year): return "Cá nhân chưa đạt danh hiệu Lao động tiên tiến năm \(year)."
        case .sameYearLDTTRefused(let id): return "Đề nghị LĐTT cùng năm (\(id)) không được thông qua."
        case .noInitiative: return "Hồ sơ không có sáng kiến."
        case .initiativeNotRecognised: return "Sáng kiến chưa được cơ sở công nhận."
        case .shortService(let months, let minimum): return "Mới công tác \(months) tháng, chưa đủ \(minimum) tháng."
        case .disciplined(let level): return "Bị kỷ luật \(level.vietnamese) trong năm."
        case .quotaExceeded(let unit, let year, let nominations, let holders, let quota, let allowed):
            return "\(unit) có \(nominations) đề nghị CSTĐCS năm \(year) trên \(holders) LĐTT: vượt tỷ lệ \(Percent.share(quota, in: .vi)) (tối đa \(allowed))."
        case .notNovel:
            return "Sáng kiến không mới: \(vietnameseAfterTitle)"
        case .notBaseTitle(let year):
            return "Cá nhân chưa đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến năm \(year)."
        case .recognisedInOtherYear(let recognitionYear, let year, let number):
            return "Sáng kiến được công nhận năm \(recognitionYear)\(number.map { " (QĐ \($0))" } ?? ""), "
                + "không phải năm xét \(year): CSTĐCS cần sáng kiến được công nhận trong năm."
        case .combatIngenuityOutsideArmedForces(let category):
            return "Thành tích mưu trí, sáng tạo trong chiến đấu chỉ làm căn cứ CSTĐCS trong lực lượng vũ trang (\(category))."
        case .alreadyAwarded(let title, let year, let person, let source):
            // The title is stored as its code ("CSTDCS"), worded with its Vietnamese letters ("CSTĐCS").
            return "Sáng kiến đã làm căn cứ khen thưởng \(AwardTitle.abbreviation(ofCode: title)) năm \(year) cho \(person) (\(source))."
        case .alreadyRecognised(let unit, let year, let source, let person):
            return "\(unit) đã công nhận sáng kiến này năm \(year) (\(source), \(person))."
        case .votesShort(let approved, let votes, let comparison, let threshold, let denominator):
            // "Phiếu đồng ý 2/5 (40,0%), cần từ 70% tổng số thành viên": the count, then what the rules need;
            // with no ballot at all the sentence says so instead of putting "chưa có phiếu" where a count goes.
            let need = "cần phiếu đồng ý \(comparison == .atLeast ? "từ" : "trên") \(Percent.share(threshold, in: .vi)) \(Vocabulary.vi.denominator(denominator))"
            guard let v = votes else {
                return approved ? "Đã thông qua khi chưa có phiếu biểu quyết nào; \(need)." : "Chưa có phiếu biểu quyết nào; \(need)."
            }
            let counted = "\(v.agree)/\(v.denominator)" + (v.percent.map { " (\(RuleReview.percent($0 / 100)))" } ?? "")
            return approved ? "Đã thông qua nhưng phiếu đồng ý chỉ có \(counted), chưa đạt; \(need)."
                            : "Phiếu đồng ý \(counted), chưa đạt; \(need)."
        case .outcomeAgainstVote(let approved, let reason):
            return "\(approved ? "Đã thông qua" : "Không thông qua") trái kết quả biểu quyết của Hội đồng; lý do ghi nhận: \(reason)."
        case .offDuty(let position): return "Sáng kiến có thể không liên quan nhiệm vụ được giao (\(position))."
        case .communeCannotAwardCSTDCS: return "Chủ tịch UBND cấp xã chỉ tặng LĐTT; CSTĐCS phải trình cấp trên."
        }
    }

    /// The flag worded to follow its rule's title ("Sáng kiến không có tính mới: 92,0% nội dung trùng với
    /// …"), as the notices and `binhxet show` print it: what `vietnamese` says, without words the title
    /// has just said (it read "Sáng kiến không có tính mới: Sáng kiến không mới: …" in a unit's notice).
    public var vietnameseAfterTitle: String {
        guard case .notNovel(let own, let coverage, let source, let person, let year, let standing) = self else { return vietnamese }
        let said = standing.flatMap { $0.isNotable ? "; sáng kiến đó \($0.vietnamese)" : nil } ?? ""
        return "\(Percent.coverage(coverage, in: .vi)) nội dung trùng với sáng kiến "
            + "\(own ? "của chính người được đề nghị" : "của \(person)") năm \(year) (\(source))\(said)."
    }

    /// The same in English.
    public var englishAfterTitle: String {
        guard case .notNovel(let own, let coverage, let source, let person, let year, let standing) = self else { return english }
        let said = standing.flatMap { $0.isNotable ? "; that initiative was " + Vocabulary.en.standing($0) : nil } ?? ""
        return "\(Percent.coverage(coverage, in: .en)) of it repeats \(own ? "the nominee's own" : "\(person)'s") initiative of \(year) (\(source))\(said)."
    }

    /// The flag in English, with the figures (the review desk and the command line in English).
    public var english: String {
        switch self {
        case .notLDTT(let year): return "Not rated Advanced Worker (LĐTT) in \(year)."
        case .sameYearLDTTRefused(let id): return "The LĐTT nomination of the same year (\(id)) was not passed."
        case .noInitiative: return "The dossier has no initiative."
        case .initiativeNotRecognised: return "The initiative has not been recognised by the unit."
        case .shortService(let months, let minimum): return "Only \(months) months in service; \(minimum) are required."
        case .disciplined(let level): return "Disciplined this year (\(Vocabulary.en.discipline(level)))."
        case .quotaExceeded(let unit, let year, let nominations, let holders, let quota, let allowed):
            return "\(unit) has \(nominations) CSTĐCS nominations in \(year) for \(holders) LĐTT: over the \(quota) quota (at most \(allowed))."
        case .alreadyAwarded(let title, let year, let person, let source):
            return "The initiative already grounded a \(AwardTitle.abbreviation(ofCode: title)) award in \(year) for \(person) (\(source))."
        case .notNovel:
            return "Not new: \(englishAfterTitle)"
        case .notBaseTitle(let year): return "Rated neither Advanced Worker (LĐTT) nor Advanced Soldier (CSTT) in \(year)."
        case .recognisedInOtherYear(let recognitionYear, let year, let number):
            return "The initiative was recognised in \(recognitionYear)\(number.map { " (\($0))" } ?? ""), not in \(year): CSTĐCS needs one recognised in its year."
        case .combatIngenuityOutsideArmedForces(let category):
            return "Combat ingenuity grounds CSTĐCS only in the armed forces (\(category))."
        case .alreadyRecognised(let unit, let year, let source, let person):
            return "\(unit) already recognised this initiative in \(year) (\(source), \(person))."
        case .outcomeAgainstVote(let approved, let reason):
            return "\(approved ? "Approved" : "Rejected") against the council's vote; reason given: \(reason)."
        case .votesShort(let approved, let votes, let comparison, let threshold, let denominator):
            let of: String
            switch denominator {
            case .allMembers: of = "of all members"
            case .presentMembers: of = "of members present"
            case .validBallots: of = "of valid ballots"
            }
            let need = "\(comparison == .atLeast ? "at least" : "more than") \(threshold) \(of)"
            guard let v = votes else {
                return approved ? "Passed with no ballot cast; it needs agreeing votes of \(need)." : "No ballot cast yet; it needs agreeing votes of \(need)."
            }
            let counted = "\(v.agree)/\(v.denominator)" + (v.percent.map { " (\(Percent.oneDecimal($0 / 100, in: .en)))" } ?? "")
            return approved ? "Passed although the agreeing votes \(counted) fall short of \(need)."
                            : "Agreeing votes \(counted) fall short of \(need)."
        case .offDuty(let position): return "The initiative may be unrelated to the assigned duties (\(position))."
        case .communeCannotAwardCSTDCS:
            return "A commune People's Committee chair awards only LĐTT; CSTĐCS goes to the level above."
        }
    }
}

extension Vocabulary {
    /// A rule flag's message in the reader's language.
    public func ruleMessage(_ d: RuleFlagDetail) -> String { language == .vi ? d.vietnamese : d.english }
    /// The same worded to follow the rule's title (`vietnameseAfterTitle`).
    public func ruleMessageAfterTitle(_ d: RuleFlagDetail) -> String { language == .vi ? d.vietnameseAfterTitle : d.englishAfterTitle }
}
