import BinhXetSimilarity
import BinhXetCore
import Foundation
import Testing

/// Every check under both regimes: passes, fails, and the edges (quota reached, threshold exactly met).
@Suite struct RuleCheckTests {
    typealias Row = RuleDesk.Row

    // MARK: - CSTĐCS criteria

    @Test(arguments: RuleSetID.allCases)
    func aCSTDCSNomineeWithoutLDTTIsFlagged(regime: RuleSetID) throws {
        // Given a CSTĐCS nominee
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1")])
        #expect(try desk.flag("N1", .cstdcsNeedsLDTT) == nil)
        // When appraisal notes that the nominee does not hold LĐTT
        try desk.store.noteEligibility("N1", EligibilityFacts(holdsLDTT: false), actor: "office")
        // Then the flag names the basis of the regime
        let f = try #require(try desk.flag("N1", .cstdcsNeedsLDTT))
        #expect(f.severity == .violation)
        #expect(f.basis.contains([.decree65: "65/2014", .law2003: "91/2017", .law2022: "06/2022", .twoTier: "152/2025"][regime]!))
    }

    @Test("Each flag carries its facts as data, for wording it in another language")
    func flagsCarryTheirFacts() throws {
        let desk = try RuleDesk(.law2003, [Row(id: "N1", person: "P1")])
        try desk.store.noteEligibility("N1", EligibilityFacts(holdsLDTT: false, serviceMonths: 9, discipline: .warning),
                                       actor: "office")
        #expect(try desk.flag("N1", .cstdcsNeedsLDTT)?.detail == .notLDTT(year: 2018))
        #expect(try desk.flag("N1", .minimumService)?.detail == .shortService(months: 9, minimum: 10))
        #expect(try desk.flag("N1", .discipline)?.detail == .disciplined(.warning))
    }

    @Test(arguments: RuleSetID.allCases)
    func aRefusedLDTTNominationOfTheSamePersonAndYearIsEvidence(regime: RuleSetID) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1"), Row(id: "N2", person: "P1", title: .ldtt)])
        try desk.store.decide("N2", .reject, reason: "Không hoàn thành nhiệm vụ", actor: "clerk")
        let f = try #require(try desk.flag("N1", .cstdcsNeedsLDTT))
        #expect(f.related == ["N2"] && f.evidence == ["N2: Không hoàn thành nhiệm vụ"])
    }

    @Test(arguments: RuleSetID.allCases)
    func anInitiativeTheUnitDidNotRecogniseIsFlagged(regime: RuleSetID) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1")])
        try desk.store.noteEligibility("N1", EligibilityFacts(initiativeRecognised: true), actor: "office")
        #expect(try desk.flag("N1", .cstdcsNeedsInitiative) == nil)
        try desk.store.noteEligibility("N1", EligibilityFacts(initiativeRecognised: false), actor: "office")
        #expect(try desk.flag("N1", .cstdcsNeedsInitiative) != nil)
    }

    @Test(arguments: RuleSetID.allCases)
    func aCSTDCSNominationWithoutAnInitiativeIsFlagged(regime: RuleSetID) {
        // The importer refuses such rows, so the review is given one directly
        let n = ReviewedNomination(id: "N1", year: 2018, personID: "P1", personName: "A", unitID: 1, unitName: "U",
                                   position: "GV", workerCategory: .civilServant, title: .cstdcs, initiativeTitle: nil,
                                   receivedOn: "2018-05-02", status: .received, lastOutcome: nil, outcomeReason: nil)
        let review = RuleReview(rules: .builtin(regime), nominations: [n], findings: [], facts: [:], tallies: [],
                                declaredLDTTHolders: [UnitYear(unitID: 1, year: 2018): 20], councilSize: 0)
        #expect(review.flags(of: "N1").map(\.check) == [.cstdcsNeedsInitiative])
    }

    // MARK: - Exclusions

    @Test(arguments: RuleSetID.allCases, [(9, true), (10, false), (24, false)])
    func serviceUnderTenMonthsBars(regime: RuleSetID, months: (Int, Bool)) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1", title: .ldtt)])
        try desk.store.noteEligibility("N1", EligibilityFacts(serviceMonths: months.0), actor: "office")
        #expect(try desk.checks("N1").contains(.minimumService) == months.1)
    }

    @Test(arguments: RuleSetID.allCases, [
        ("", DisciplineLevel.none, false), ("", .reprimand, true), ("", .dismissal, true),
        ("discipline_bars_from = warning", .reprimand, false), ("discipline_bars_from = warning", .warning, true),
    ])
    func disciplineBarsFromTheConfiguredLevel(regime: RuleSetID, c: (String, DisciplineLevel, Bool)) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1", title: .ldtt)], settings: c.0)
        try desk.store.noteEligibility("N1", EligibilityFacts(discipline: c.1), actor: "office")
        #expect(try desk.checks("N1").contains(.discipline) == c.2)
    }

    /// A dossier's exclusion flags cite the decrees of the regime its receipt day falls under: a dossier
    /// of 16/04/2024 cited NĐ 152/2025, which came with the two-tier regime of 01/07/2025.
    @Test(arguments: [
        ("2017-05-02", RuleSetID.decree65, ["65/2014"], ["91/2017", "98/2023", "152/2025"]),
        ("2018-05-02", .law2003, ["91/2017"], ["65/2014", "98/2023", "152/2025"]),
        ("2024-04-16", .law2022, ["98/2023"], ["91/2017", "152/2025"]),
        ("2025-08-01", .twoTier, ["98/2023", "152/2025"], ["91/2017"]),
    ])
    func exclusionsCiteTheDecreesOfTheDossiersRegime(received: String, regime: RuleSetID, cites: [String], not: [String]) throws {
        let year = Int(received.prefix(4))!
        let desk = try RuleDesk(nil, [Row(id: "N1", year: year, person: "P1", title: .ldtt, received: received)])
        try desk.store.noteEligibility("N1", EligibilityFacts(serviceMonths: 9, discipline: .reprimand), actor: "office")
        #expect(RuleSetID.inForce(on: CalendarDay(received)!) == regime)
        for check in [RuleCheck.minimumService, .discipline] {
            let basis = try #require(try desk.flag("N1", check)).basis
            #expect(basis == check.basis(for: regime))
            for c in cites { #expect(basis.contains(c), "\(check) \(received): \(basis)") }
            for n in not { #expect(!basis.contains(n), "\(check) \(received): \(basis)") }
        }
    }

    // MARK: - Quota

    /// A unit with `ldtt` LĐTT nominees and `cstdcs` CSTĐCS nominees (who hold LĐTT too).
    func quotaDesk(_ regime: RuleSetID, ldtt: Int, cstdcs: Int, settings: String = "") throws -> RuleDesk {
        var rows: [Row] = []
        for i in 0..<ldtt { rows.append(Row(id: "L\(i)", person: "PL\(i)", title: .ldtt)) }
        for i in 0..<cstdcs { rows.append(Row(id: "C\(i)", person: "PC\(i)")) }
        rows.append(Row(id: "X0", person: "PX0", unit: "UBND xã Hòa Bình"))
        return try RuleDesk(regime, rows, settings: settings)
    }

    @Test(arguments: RuleSetID.allCases, [(17, 3, false), (16, 4, true), (18, 2, false)])
    func theQuotaIsFifteenPercentOfLDTTHolders(regime: RuleSetID, c: (ldtt: Int, cstdcs: Int, flagged: Bool)) throws {
        // Given a unit of 20 LĐTT holders, of whom some are proposed for CSTĐCS: 3 is exactly 15 %
        let desk = try quotaDesk(regime, ldtt: c.ldtt, cstdcs: c.cstdcs)
        // Then every CSTĐCS of the unit is flagged only above the quota
        for i in 0..<c.cstdcs { #expect(try desk.checks("C\(i)").contains(.cstdcsQuota) == c.flagged) }
        // And another unit's nominee is not (it is alone, so 15 % of 1 allows none: flagged on its own)
        #expect(try desk.flag("X0", .cstdcsQuota)?.message.contains("UBND xã Hòa Bình có 1 đề nghị") == true)
        // Counted from the desk, the holders are a lower bound: an excess is a warning, not a violation
        #expect(try desk.flag("X0", .cstdcsQuota)?.severity == .warning)
    }

    @Test(arguments: RuleSetID.allCases)
    func aDeclaredCountReplacesTheCountedOne(regime: RuleSetID) throws {
        // Given 4 CSTĐCS among 20 nominees (over 15 %), when the unit declares 30 LĐTT holders
        let desk = try quotaDesk(regime, ldtt: 16, cstdcs: 4)
        let unit = try desk.store.unit(matching: "Trường THCS Hòa Bình")
        try desk.store.declareLDTTHolders(unitID: unit.id!, year: 2018, count: 30, actor: "office")
        // Then 4 ≤ 4.5 passes; 26 holders allow only 3
        #expect(try desk.flag("C0", .cstdcsQuota) == nil)
        try desk.store.declareLDTTHolders(unitID: unit.id!, year: 2018, count: 26, actor: "office")
        let f = try #require(try desk.flag("C0", .cstdcsQuota))
        #expect(f.evidence.contains("LĐTT: 26 (đơn vị kê khai)"))
        // The limit as a reader checks it: the product, its rounding, then the limit
        #expect(f.evidence.contains("tối đa: 3 (15% × 26 = 3,90, làm tròn xuống)"))
        #expect(f.severity == .violation)
        #expect(f.basis.contains([.decree65: "TT 07/2014", .law2003: "91/2017", .law2022: "[chưa có văn bản quy định]", .twoTier: "[chưa có văn bản quy định]"][regime]!))
    }

    @Test(arguments: RuleSetID.allCases)
    func aRejectedCSTDCSNoLongerCountsAgainstTheQuota(regime: RuleSetID) throws {
        let desk = try quotaDesk(regime, ldtt: 16, cstdcs: 4)
        try desk.store.decide("C3", .reject, reason: "Không đạt", actor: "clerk")
        #expect(try desk.flag("C0", .cstdcsQuota) == nil)
    }

    @Test(arguments: RuleSetID.allCases)
    func theQuotaIsASetting(regime: RuleSetID) throws {
        let desk = try quotaDesk(regime, ldtt: 16, cstdcs: 4, settings: "cstdcs_quota = 20%")
        #expect(try desk.flag("C0", .cstdcsQuota) == nil)
    }

    // MARK: - Re-use of initiatives

    /// N2016 (unit A) and N2018 (unit A or B) with a finding that N2018 re-uses N2016's initiative.
    func reuseDesk(_ regime: RuleSetID, sameUnit: Bool, kind: FindingKind = .selfReuse, coverage: Double = 0.9,
                   settings: String = "") throws -> RuleDesk {
        let desk = try RuleDesk(regime, [
            Row(id: "N2016", year: 2016, person: "P1", received: "2016-05-02"),
            Row(id: "N2018", person: kind == .selfReuse ? "P1" : "P2", unit: sameUnit ? "Trường THCS Hòa Bình" : "Trường THCS Phú Vinh"),
        ], settings: settings + "\ncstdcs_quota = 100%\n")
        try desk.store.replaceFindings([StoredFinding(nominationID: "N2018", sourceID: "N2016", kind: kind, coverage: coverage, score: coverage)],
                                       forNominations: ["N2018"])
        return desk
    }

    @Test(arguments: RuleSetID.allCases)
    func anInitiativeThatGroundedAnAwardGroundsNoOther(regime: RuleSetID) throws {
        // Given an initiative re-used from another unit's nomination
        let desk = try reuseDesk(regime, sameUnit: false)
        // While the source was not awarded, the copy is not new, which is a violation by itself
        #expect(try desk.checks("N2018") == [.initiativeNotNovel])
        // When the source is approved
        try desk.store.decide("N2016", .approve, confirmYear: 2016, actor: "clerk")
        // Then the re-use is flagged, naming the source and the regime's basis; the other unit is free
        let f = try #require(try desk.flag("N2018", .oneAwardPerInitiative))
        #expect(f.related == ["N2016"])
        #expect(f.basis.contains(regime.isLaw2003 ? "NĐ 13/2012" : "5007/BNV-TĐKT"))
        #expect(try desk.flag("N2018", .noRerecognition) == nil)
    }

    @Test(arguments: RuleSetID.allCases)
    func aUnitDoesNotRecogniseTheSameInitiativeAgain(regime: RuleSetID) throws {
        // Given a colleague's initiative from the same unit, recognised (not awarded) in 2016
        let desk = try reuseDesk(regime, sameUnit: true, kind: .copyOther)
        #expect(try desk.flag("N2018", .noRerecognition) == nil)
        try desk.store.noteEligibility("N2016", EligibilityFacts(initiativeRecognised: true), actor: "office")
        // Then the unit may not recognise it again, for anyone
        let f = try #require(try desk.flag("N2018", .noRerecognition))
        #expect(f.basis.contains(regime.isLaw2003 ? "NĐ 13/2012" : "3385/BTĐKT"))
        #expect(try desk.flag("N2018", .oneAwardPerInitiative) == nil)
    }

    @Test(arguments: RuleSetID.allCases, [(0.49, false), (0.5, true), (0.8, true)])
    func aPartialReuseCountsFromTheConfiguredCoverage(regime: RuleSetID, c: (coverage: Double, flagged: Bool)) throws {
        let desk = try reuseDesk(regime, sameUnit: true, kind: .partial, coverage: c.coverage)
        try desk.store.decide("N2016", .approve, confirmYear: 2016, actor: "clerk")
        #expect(try desk.checks("N2018").contains(.oneAwardPerInitiative) == c.flagged)
        #expect(try desk.checks("N2018").contains(.noRerecognition) == c.flagged)
    }

    @Test(arguments: RuleSetID.allCases)
    func theReuseChecksCanBeSwitchedOff(regime: RuleSetID) throws {
        let desk = try reuseDesk(regime, sameUnit: true, settings: "one_award_per_initiative = no\nno_rerecognition = no")
        try desk.store.decide("N2016", .approve, confirmYear: 2016, actor: "clerk")
        #expect(try desk.checks("N2018") == [.initiativeNotNovel])
    }

    @Test(arguments: RuleSetID.allCases, [FindingKind.selfReuse, .copyOther])
    func aReusedInitiativeIsNotNewWhateverBecameOfItsSource(regime: RuleSetID, kind: FindingKind) throws {
        // Given a re-use of an earlier initiative that nobody awarded or recognised
        let desk = try reuseDesk(regime, sameUnit: false, kind: kind, coverage: 0.93)
        // Then it is a violation citing the novelty requirement first and the letters as guidance
        let f = try #require(try desk.flag("N2018", .initiativeNotNovel))
        #expect(f.severity == .violation && f.related == ["N2016"])
        #expect(f.basis.hasPrefix("NĐ 13/2012/NĐ-CP Điều 3, 4") && f.basis.contains("Điều 23") && f.basis.contains("5007/BNV-TĐKT"))
        #expect(f.message.contains("93,0%") && f.message.contains(kind == .selfReuse ? "của chính người được đề nghị" : "năm 2016"))
    }

    // MARK: - Votes

    @Test(arguments: RuleSetID.allCases, [(7, false), (6, true)])
    func anApprovalNeedsTheThresholdExactlyMet(regime: RuleSetID, c: (agree: Int, flagged: Bool)) throws {
        // Given a council of 10 (70 % of all members by default) and `agree` members for
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1", title: .ldtt)], council: 10)
        for i in 0..<10 {
            try desk.store.vote("N1", i < c.agree ? .agree : .disagree, member: i == 0 ? "chair" : "m\(i)")
        }
        // Before the outcome a short tally is a warning
        #expect(try desk.flag("N1", .voteThreshold)?.severity == (c.flagged ? .warning : nil))
        // When the chair approves, a short tally is refused unless overridden with a reason, which is a violation
        if c.flagged {
            #expect(throws: DecisionError.self) { try desk.store.decide("N1", .approve, actor: "chair") }
            #expect(try desk.store.reviewedNominations().first?.lastOutcome == nil)
        }
        try desk.store.decide("N1", .approve, override: c.flagged ? "Hội đồng họp lại, biên bản số 2" : nil, actor: "chair")
        let flag = try desk.flag("N1", .voteThreshold)
        #expect(flag?.severity == (c.flagged ? .violation : nil))
        if c.flagged { #expect(flag?.message.contains("Hội đồng họp lại, biên bản số 2") == true) }
    }

    @Test(arguments: RuleSetID.allCases)
    func anApprovalWithoutBallotsIsFlaggedOnceACouncilExists(regime: RuleSetID) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1", title: .ldtt)], council: 3)
        #expect(throws: DecisionError.self) { try desk.store.decide("N1", .approve, actor: "chair") }
        try desk.store.decide("N1", .approve, override: "Biểu quyết giơ tay, không ghi phiếu", actor: "chair")
        #expect(try desk.flag("N1", .voteThreshold)?.evidence == ["không có phiếu nào"])
    }

    // MARK: - Duties and authority

    @Test(arguments: RuleSetID.allCases, [("", true), ("duty_relevance_warning = no", false)])
    func anOffDutyInitiativeIsAWarning(regime: RuleSetID, c: (settings: String, flagged: Bool)) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1")], settings: c.settings + "\ncstdcs_quota = 100%")
        try desk.store.replaceFindings([StoredFinding(nominationID: "N1", sourceID: nil, kind: .offDuty, coverage: 0, score: 0.1,
                                                      evidence: ["sáng kiến: chăn nuôi", "nhiệm vụ: giảng dạy"])],
                                       forNominations: ["N1"])
        let f = try desk.flag("N1", .dutyRelevance)
        #expect((f != nil) == c.flagged)
        if let f { #expect(f.severity == .warning && f.evidence == ["sáng kiến: chăn nuôi", "nhiệm vụ: giảng dạy"]) }
    }

    @Test(arguments: RuleSetID.allCases, [("deciding_level = commune", AwardTitle.cstdcs, true),
                                          ("deciding_level = commune", .ldtt, false), ("", .cstdcs, false)])
    func aCommuneChairmanAwardsLDTTOnly(regime: RuleSetID, c: (settings: String, title: AwardTitle, flagged: Bool)) throws {
        let desk = try RuleDesk(regime, [Row(id: "N1", person: "P1", title: c.title)], settings: c.settings + "\ncstdcs_quota = 100%")
        // Without districts (from 1/7/2025) the commune takes their place [open]: nothing to flag then.
        #expect(try desk.checks("N1").contains(.decidingLevel) == (c.flagged && regime < .twoTier))
    }

    @Test func aCleanNominationHasNoFlags() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "N1", person: "P1", title: .ldtt)])
        #expect(try desk.checks("N1").isEmpty)
        #expect(try desk.store.ruleFlags(year: 2018).isEmpty)
    }
}
