import BinhXetCore
import BinhXetUI
import Testing

/// Rule flags are worded in the UI's language; Vietnamese keeps the desk's own message.
struct RuleMessageTests {
    func flag(_ detail: RuleFlagDetail) -> RuleFlag {
        RuleFlag(check: .voteThreshold, severity: .warning, detail: detail, evidence: [], basis: "")
    }

    @Test func vietnameseKeepsTheDesksMessage() {
        #expect(VietnameseStrings().ruleMessage(flag(.noInitiative)) == "Hồ sơ không có sáng kiến.")
        #expect(VietnameseStrings().ruleMessage(flag(.shortService(months: 9, minimum: 10))) == flag(.shortService(months: 9, minimum: 10)).message)
    }

    @Test func englishWordsEachFlagFromItsFacts() {
        let en = EnglishStrings()
        #expect(en.ruleMessage(flag(.shortService(months: 9, minimum: 10))) == "Only 9 months in service; 10 are required.")
        #expect(en.ruleMessage(flag(.quotaExceeded(unit: "Trường THCS Hồng Kim", year: 2018, nominations: 3, holders: 10,
                                                   quota: Share(15, 100), allowed: 1)))
                == "Trường THCS Hồng Kim has 3 CSTĐCS nominations in 2018 for 10 LĐTT: over the 15% quota (at most 1).")
        #expect(en.ruleMessage(flag(.votesShort(approved: false, votes: .init(agree: 5, denominator: 9, percent: 500.0 / 9),
                                                comparison: .atLeast, threshold: Share(70, 100), of: .allMembers)))
                == "Agreeing votes 5/9 (55.6%) fall short of at least 70% of all members.")
        #expect(en.ruleMessage(flag(.disciplined(.reprimand))) == "Disciplined this year (reprimand).")
        // The Vietnamese wording of the same facts, for documents and the command line
        #expect(flag(.shortService(months: 9, minimum: 10)).message == "Mới công tác 9 tháng, chưa đủ 10 tháng.")
    }
}
