import BinhXetCore
import Foundation
import Testing

@Suite struct RuleSetFileTests {
    @Test(arguments: [("70%", 70, 100), ("70 %", 70, 100), ("2/3", 2, 3), ("0.7", 7, 10), ("12.5%", 125, 1000), ("1", 1, 1)])
    func sharesAreReadExactly(text: String, numerator: Int, denominator: Int) {
        #expect(Share(parsing: text) == Share(numerator, denominator))
    }

    @Test(arguments: ["150%", "4/3", "abc", "", "1/0", "-5%"])
    func notShares(text: String) { #expect(Share(parsing: text) == nil) }

    @Test func bothRegimesAreBuiltInWithTheirOwnBasis() {
        let old = RuleSet.builtin(.law2003), new = RuleSet.builtin(.law2022)
        #expect(old.cstdcsQuota == Share(15, 100) && new.cstdcsQuota == Share(15, 100))
        #expect(RuleSetting.cstdcsQuota.note(for: .law2003).contains("91/2017"))
        #expect(RuleSetting.cstdcsQuota.note(for: .law2022).contains("[open]"))
        #expect(RuleSetting.oneAwardPerInitiative.note(for: .law2022).contains("5007/BNV-TĐKT"))
        #expect(RuleSetting.noRerecognition.note(for: .law2022).contains("3385/BTĐKT"))
        #expect(old.origins[.voteThreshold] == "built-in 2017")
    }

    @Test func aFileOverridesAndSaysWhere() throws {
        // Given a settings file with comments, an inline comment and a regime of its own
        let text = """
            # Huế 2017
            rule_set = 2017
            cstdcs_quota = 10%   # tighter than the decree
            vote_denominator = present_members

            outcome_roles = chair, standing-vice-chair, vice_chair
            """
        // When it is loaded over a 2024 desk
        let r = try RuleSetFile.load(base: .law2022, baseOrigin: "desk", text: text, file: "d.rules")
        // Then its values win and each names its line
        #expect(r.id == .law2003 && r.origins[.ruleSet] == "d.rules:2")
        #expect(r.cstdcsQuota == Share(10, 100) && r.origins[.cstdcsQuota] == "d.rules:3")
        #expect(r.voteDenominator == .presentMembers)
        #expect(r.outcomeRoles == [.chair, .standingViceChair, .viceChair] && r.origins[.outcomeRoles] == "d.rules:6")
        #expect(r.origins[.voteThreshold] == "built-in 2017")
    }

    @Test(arguments: [
        ("cstdcs_qouta = 10%", "line 1: unknown setting 'cstdcs_qouta'"),
        ("cstdcs_quota = lots", "line 1: cstdcs_quota: 'lots' is not a share (write 70%, 2/3 or 0.7)"),
        ("vote_denominator = everyone", "line 1: vote_denominator: 'everyone' is not one of all_members, present_members, valid_ballots"),
        ("secret_ballot = maybe", "line 1: secret_ballot: 'maybe' is not yes or no"),
        ("outcome_roles = king", "line 1: outcome_roles: 'king' is not a role"),
        ("cstdcs_working_days = 0", "line 1: cstdcs_working_days: '0' is not a whole number from 1 to 365"),
        ("ldtt_working_days", "line 1: expected 'setting = value'"),
        ("rule_set = 2030", "line 1: rule_set: '2030' is not one of 2013, 2017, 2024, 2025"),
        ("secret_ballot = yes\nsecret_ballot = no", "line 2: secret_ballot is already set on line 1"),
    ])
    func aBadLineIsNamed(text: String, message: String) {
        do {
            _ = try RuleSetFile.load(base: .law2022, baseOrigin: "desk", text: text, file: "d.rules")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".hasPrefix("d.rules: \(message)"), "\(error)")
        }
    }

    @Test func theTemplateLoadsToTheBuiltInValues() throws {
        // Given the template with every line uncommented
        let template = RuleSetFile.template(for: .builtin(.law2003))
        let uncommented = template.split(separator: "\n").map { line -> String in
            let s = String(line)
            return RuleSetting.allCases.contains { s.hasPrefix("# \($0.rawValue) = ") } ? String(s.dropFirst(2)) : s
        }.joined(separator: "\n")
        // Then it reads back to the same rules
        let r = try RuleSetFile.load(base: .law2022, baseOrigin: "desk", text: uncommented, file: "t")
        var expected = RuleSet.builtin(.law2003)
        expected.origins = r.origins
        #expect(r == expected)
    }

    @Test func aDeskRemembersItsRegimeAndReadsItsFile() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        #expect(try store.ruleSetChoice() == nil)
        #expect(try store.rules(year: 2024).id == .law2022 && store.rules(year: 2015).id == .decree65)
        try store.chooseRuleSet(.law2003)
        #expect(try store.rules(year: 2024).id == .law2003)
        #expect(try store.rules().origins[.ruleSet] == "desk (init --rules 2017)")
        try Data("ldtt_working_days = 12\n".utf8).write(to: store.rulesFileURL)
        #expect(try store.rules().ldttWorkingDays == 12)
        try Data("ldtt_working_days = x\n".utf8).write(to: store.rulesFileURL)
        #expect(throws: RuleSetFileError.self) { try store.rules() }
        // The desk keeps the book it built (`RuleBookMemo`) only while the file and the pin are what it was
        // built from: every edit is read at the next look, and so is the file's removal
        try Data("ldtt_working_days = 14\n".utf8).write(to: store.rulesFileURL)
        #expect(try store.rules().ldttWorkingDays == 14)
        #expect(try store.rules(of: "none").ldttWorkingDays == 14)
        try FileManager.default.removeItem(at: store.rulesFileURL)
        #expect(try store.rules().ldttWorkingDays == RuleSet.builtin(.law2003).ldttWorkingDays)
        try store.chooseRuleSet(.decree65)
        #expect(try store.rules(year: 2024).id == .decree65)
    }
}
