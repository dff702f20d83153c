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
            return "\(unit) có \(nominations) đề nghị CSTĐCS năm \(year) trên \(holders) LĐTT: vượt tỷ lệ \(quota) (tối đa \(allowed))."
        case .notNovel(let own, let coverage, let source, let person, let year, let standing):
            let said = standing.flatMap { $0.isNotable ? "; sáng kiến đó \($0.vietnamese)" : nil } ?? ""
            return "Sáng kiến không mới: \(RuleReview.percent(coverage)) nội dung trùng với sáng kiến "
                + "\(own ? "của chính người được đề nghị" : "của \(person)") năm \(year) (\(source))\(said)."
        case .notBaseTitle(let year):
            return "Cá nhân chưa đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến năm \(year)."
        case .recognisedInOtherYear(let recognitionYear, let year, let number):
            return "Sáng kiến được công nhận năm \(recognitionYear)\(number.map { " (QĐ \($0))" } ?? ""), "
                + "không phải năm xét \(year): CSTĐCS cần sáng kiến được công nhận trong năm."
        case .combatIngenuityOutsideArmedForces(let category):
            return "Thành tích mưu trí, sáng tạo trong chiến đấu chỉ làm căn cứ CSTĐCS trong lực lượng vũ trang (\(category))."
        case .alreadyAwarded(let title, let year, let person, let source):
            return "Sáng kiến đã làm căn cứ khen thưởng \(title) năm \(year) cho \(person) (\(source))."
        case .alreadyRecognised(let unit, let year, let source, let person):
            return "\(unit) đã công nhận sáng kiến này năm \(year) (\(source), \(person))."
        case .votesShort(let approved, let votes, let comparison, let threshold, let denominator):
            let counted = votes.map { "\($0.agree)/\($0.denominator) (\($0.percent.map { RuleReview.percent($0 / 100) } ?? "—"))" }
                ?? "chưa có phiếu"
            let need = "\(comparison == .atLeast ? "từ" : "trên") \(threshold) \(RuleReview.denominatorName(denominator))"
            return approved ? "Đã thông qua nhưng phiếu đồng ý \(counted) chưa đạt \(need)." : "Phiếu đồng ý \(counted) chưa đạt \(need)."
        case .outcomeAgainstVote(let approved, let reason):
            return "\(approved ? "Đã thông qua" : "Không thông qua") trái kết quả biểu quyết của Hội đồng; lý do ghi nhận: \(reason)."
        case .offDuty(let position): return "Sáng kiến có thể không liên quan nhiệm vụ được giao (\(position))."
        case .communeCannotAwardCSTDCS: return "Chủ tịch UBND cấp xã chỉ tặng LĐTT; CSTĐCS phải trình cấp trên."
        }
    }
}
