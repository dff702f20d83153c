import BinhXetCore
import Foundation
import Testing

/// One desk, several laws: each nomination is reviewed under the regime in force when its dossier came.
@Suite struct RulesByYearTests {
    typealias Row = RuleDesk.Row

    @Test(arguments: [("2010-06-01", RuleSetID.decree65), ("2017-09-30", .decree65), ("2017-10-01", .law2003),
                      ("2023-12-31", .law2003), ("2024-01-01", .law2022), ("2025-06-30", .law2022),
                      ("2025-07-01", .twoTier), ("2031-01-01", .twoTier)])
    func aDayFallsUnderTheRegimeThatStartedLast(day: String, regime: RuleSetID) {
        #expect(RuleSetID.inForce(on: CalendarDay(day)!) == regime)
    }

    @Test func aYearIsReadOnItsLastDay() {
        #expect([2015, 2017, 2023, 2024, 2025].map(RuleSetID.inForce(year:)) == [.decree65, .law2003, .law2003, .law2022, .twoTier])
    }

    /// Nominations of 2015, 2019, 2024 and 2025 on one desk, and a 2023 one received after the new law began.
    func desk(settings: String = "") throws -> RuleDesk {
        try RuleDesk(nil, [
            Row(id: "A15", year: 2015, person: "P1", received: "2015-12-10"),
            Row(id: "B19", year: 2019, person: "P2", received: "2019-12-10"),
            Row(id: "C23", year: 2023, person: "P3", received: "2024-01-08"),
            Row(id: "D24", year: 2024, person: "P4", received: "2024-12-10"),
            Row(id: "E25", year: 2025, person: "P5", received: "2025-12-10"),
        ], settings: settings)
    }

    @Test func eachNominationIsCheckedUnderItsOwnRegime() throws {
        let desk = try desk()
        for id in ["A15", "B19", "C23", "D24", "E25"] {
            try desk.store.noteEligibility(id, EligibilityFacts(holdsLDTT: false), actor: "office")
        }
        let basis = try ["A15", "B19", "C23", "D24", "E25"].map { try #require(try desk.flag($0, .cstdcsNeedsLDTT)).basis }
        #expect(basis[0].contains("65/2014") && !basis[0].contains("91/2017"))
        #expect(basis[1].contains("91/2017"))
        // Received on 8/1/2024, a 2023 nomination falls under Law 2022 (the received date decides)
        #expect(basis[2].contains("06/2022") && !basis[2].contains("152/2025"))
        #expect(basis[3].contains("06/2022") && !basis[3].contains("152/2025"))
        #expect(basis[4].contains("152/2025"))
    }

    @Test func dossierTimesFollowTheRegime() throws {
        let desk = try desk()
        let days = Dictionary(uniqueKeysWithValues: try desk.store.dossiers().map { ($0.nominationID, $0.workingDays) })
        // NĐ 39/2012 era: 10 working days per level; procedure 1.000843 later: 20
        #expect(days == ["A15": 10, "B19": 20, "C23": 20, "D24": 20, "E25": 20])
        #expect(try desk.store.dossier(of: "A15").workingDays == 10)
    }

    @Test func theSettingsFileAppliesToEveryYear() throws {
        let desk = try desk(settings: "cstdcs_working_days = 14\n")
        let days = Set(try desk.store.dossiers().map(\.workingDays))
        #expect(days == [14])
        #expect(try desk.store.rules(year: 2015).origins[.cstdcsWorkingDays] == desk.store.rulesFileURL.path + ":1")
        #expect(try desk.store.rules(year: 2015).id == .decree65)
    }

    @Test func aPinnedDeskReviewsEveryYearUnderOneRegime() throws {
        let desk = try desk(settings: "rule_set = 2017\n")
        #expect(Set(try desk.store.dossiers().map(\.workingDays)) == [20])
        #expect(try desk.store.rules(year: 2015).id == .law2003 && desk.store.ruleBook().pinned == .law2003)
    }

    @Test func aCommuneUnderTwoTierGovernmentIsNotFlaggedForCSTDCS() throws {
        let desk = try desk(settings: "deciding_level = commune\ncstdcs_quota = 100%\n")
        #expect(try desk.checks("D24").contains(.decidingLevel))
        #expect(try !desk.checks("E25").contains(.decidingLevel))
    }

    @Test func rulesForAYearShowTheLawOfThatYear() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).out.contains("(rules by year)"))
        func json(_ args: [String]) throws -> [String: Any] {
            let r = try CLI.run(["rules", "--desk", desk, "--json"] + args)
            #expect(r.status == 0, "\(r.err)")
            return try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        }
        func setting(_ j: [String: Any], _ key: String) -> [String: Any]? {
            (j["settings"] as? [[String: Any]])?.first { $0["setting"] as? String == key }
        }
        let old = try json(["--year", "2015"]), new = try json(["--year", "2024"])
        #expect(old["rule_set"] as? String == "2013" && new["rule_set"] as? String == "2024")
        #expect(setting(old, "cstdcs_working_days")?["value"] as? String == "10")
        #expect(setting(new, "cstdcs_working_days")?["value"] as? String == "20")
        #expect((setting(old, "cstdcs_quota")?["basis"] as? String)?.contains("TT 07/2014") == true)
        #expect((setting(new, "cstdcs_quota")?["basis"] as? String)?.contains("[open]") == true)
        #expect((old["instruments"] as? [String])?.contains { $0.contains("65/2014") } == true)
        #expect(try json(["--on", "2017-10-01"])["rule_set"] as? String == "2017")
        let later = try json(["--year", "2025"])
        #expect(setting(later, "deciding_level")?["value"] as? String == "commune")
        let text = try CLI.run(["rules", "--desk", desk, "--year", "2015"]).out
        #expect(text.hasPrefix("rule set 2013: ") && text.contains("in force for year 2015"))
        _ = s
    }
}
