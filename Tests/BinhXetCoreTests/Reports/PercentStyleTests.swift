@testable import BinhXetCore
import Testing

/// One way of writing a share for people: the sign attached, a decimal comma in Vietnamese ("85,7%", "70%"),
/// a point in English; rule messages, the quota sentence and documents all take it from `Percent`.
struct PercentStyleTests {
    @Test func vietnameseWritesADecimalCommaAndAttachesTheSign() {
        #expect(Percent.oneDecimal(6.0 / 7.0, in: .vi) == "85,7%")
        #expect(Percent.oneDecimal(6.0 / 7.0, in: .en) == "85.7%")
        #expect(Percent.of(6, of: 7, in: .vi) == "85,7%")
        #expect(Percent.of(1, of: 0, in: .vi) == "—")
        #expect(Percent.of(0.7) == "70%")
        #expect(Percent.share(Share(70, 100), in: .vi) == "70%")
        #expect(Percent.share(Share(125, 1000), in: .vi) == "12,5%")
        #expect(Percent.share(Share(125, 1000), in: .en) == "12.5%")
        #expect(Percent.share(Share(2, 3), in: .vi) == "2/3")
        #expect(Percent.share("12.5%", in: .vi) == "12,5%")
        #expect(Percent.share("quá bán", in: .vi) == "quá bán")
    }

    @Test func aRepeatedShareIsRoundedOnceInBothLanguages() {
        // `show N2024-0001` said "100%" in its finding's headline and "99,5%" in the flag below it
        let flag = RuleFlagDetail.notNovel(own: true, coverage: 0.995, source: "N2022-0006", person: "Trương Công Minh", year: 2022)
        #expect(flag.vietnameseAfterTitle.hasPrefix("99,5% nội dung trùng"), "\(flag.vietnameseAfterTitle)")
        #expect(flag.englishAfterTitle.hasPrefix("99.5% of it repeats"), "\(flag.englishAfterTitle)")
        #expect(Percent.coverage(0.995, in: .vi) == "99,5%" && Percent.coverage(0.995, in: .en) == "99.5%")
    }

    @Test func ruleMessagesAndTheQuotaSentenceUseIt() {
        let votes = RuleFlagDetail.votesShort(approved: false, votes: .init(agree: 2, denominator: 5, percent: 40),
                                              comparison: .atLeast, threshold: Share(125, 1000), of: .allMembers)
        #expect(votes.vietnamese == "Phiếu đồng ý 2/5 (40,0%), chưa đạt; cần phiếu đồng ý từ 12,5% tổng số thành viên.")
        let quota = RuleFlagDetail.quotaExceeded(unit: "Trạm Y tế", year: 2024, nominations: 2, holders: 6, quota: Share(15, 100), allowed: 0)
        #expect(quota.vietnamese.contains("vượt tỷ lệ 15% (tối đa 0)"))
        let line = YearSummary.Line(unitID: 1, unitName: "Trạm Y tế", shortName: "TYT", nominations: 2, flagged: 0, decided: 0,
                                    cstdcs: 2, ldttHolders: 6, holdersDeclared: true, quotaAllowed: 0, favoured: 0, criticisms: 0)
        let sentence = Vocabulary.vi.cstdcsQuota(line, quota: Share(15, 100), rounding: .down)
        #expect(sentence.hasPrefix("Hạn mức CSTĐCS: 0 — 15% của 6 người đạt LĐTT"))
        #expect(!sentence.contains(" %"))
    }

    @Test func documentsUseIt() {
        #expect(DocumentText.percent(6, of: 7) == "85,7%")
        #expect(DocumentText.share(0.92) == "92,0%")
        #expect(ReportText.percent(1, of: 8) == "12,5%")
        #expect(DocumentText.decimal(0.8249) == "0,82")
    }
}
