import BinhXetCore
import BinhXetSimilarity
import Foundation
import Testing

/// The rule checks read imported outcomes and recognitions: re-use flags name the source's decisions,
/// earlier awards that copied are listed for review, and armed-forces nominees may hold CSTT.
@Suite struct ArchiveRuleTests {
    typealias Row = RuleDesk.Row
    static let header = OutcomeImportTests.header

    func importOutcomes(_ desk: RuleDesk, _ rows: [String]) throws {
        let csv = try desk.scratch.write("outcomes-\(UUID().uuidString).csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        try OutcomeImporter(store: desk.store, actor: "office").importCSV(at: csv)
    }

    @Test(arguments: [FindingKind.selfReuse, .copyOther])
    func aReuseFlagNamesTheDecisionsOfItsSource(kind: FindingKind) throws {
        let desk = try RuleDesk(.law2003, [Row(id: "N2013", year: 2013, person: "P1", received: "2013-05-02"),
                                           Row(id: "N2018", person: kind == .selfReuse ? "P1" : "P2")],
                                settings: "cstdcs_quota = 100%\n")
        try desk.store.replaceFindings([StoredFinding(nominationID: "N2018", sourceID: "N2013", kind: kind, coverage: 1, score: 1)],
                                       forNominations: ["N2018"])
        // Before the archive's outcomes are imported, the flag cannot say what became of the source
        #expect(try desk.flag("N2018", .initiativeNotNovel)?.message.contains("QĐ") == false)
        #expect(try desk.flag("N2018", .oneAwardPerInitiative) == nil)
        try importOutcomes(desk, ["N2013,awarded,308/QĐ-UBND,18/12/2013,yes,5/QĐ-U02,18/04/2013,Thủ trưởng Trường THCS Hòa Bình"])
        let f = try #require(try desk.flag("N2018", .initiativeNotNovel))
        #expect(f.message.contains("đã được công nhận theo QĐ 5/QĐ-U02 ngày 18/04/2013"))
        #expect(f.message.contains("đã dùng để xét CSTĐCS năm 2013 theo QĐ 308/QĐ-UBND ngày 18/12/2013"))
        let award = try #require(try desk.flag("N2018", .oneAwardPerInitiative))
        #expect(award.evidence.contains { $0.contains("308/QĐ-UBND") })
        let again = try #require(try desk.flag("N2018", .noRerecognition))
        #expect(again.evidence.contains { $0.contains("5/QĐ-U02") })
    }

    @Test func anImportedRecognitionWithoutAnAwardStillBarsRecognisingItAgain() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "N2016", year: 2016, person: "P1", received: "2016-05-02"),
                                           Row(id: "N2018", person: "P2")], settings: "cstdcs_quota = 100%\n")
        try desk.store.replaceFindings([StoredFinding(nominationID: "N2018", sourceID: "N2016", kind: .copyOther, coverage: 0.9, score: 0.9)],
                                       forNominations: ["N2018"])
        try importOutcomes(desk, ["N2016,not_awarded,,,yes,9/QĐ-THCS,2016-04-01,Thủ trưởng"])
        #expect(try desk.flag("N2018", .oneAwardPerInitiative) == nil)
        #expect(try desk.flag("N2018", .noRerecognition)?.evidence.contains { $0.contains("9/QĐ-THCS") } == true)
        // An imported award needs no ballots: the vote check does not fire on the archive
        try desk.store.addMember(login: "chair", name: "Chủ tịch", role: .chair, actor: "chair")
        #expect(try desk.flag("N2016", .voteThreshold) == nil)
    }

    @Test func earlierAwardsThatCopiedAreRevocationCandidatesAndTheirOriginalsAreNot() throws {
        // A (2015) copied by B (2016), both awarded; B copied by C (2018, under review)
        let desk = try RuleDesk(.law2022, [Row(id: "A", year: 2015, person: "P1", received: "2015-05-02"),
                                           Row(id: "B", year: 2016, person: "P2", received: "2016-05-02"),
                                           Row(id: "C", person: "P3")], settings: "cstdcs_quota = 100%\n")
        try desk.store.replaceFindings([StoredFinding(nominationID: "B", sourceID: "A", kind: .copyOther, coverage: 0.97, score: 0.97)],
                                       forNominations: ["B"])
        try desk.store.replaceFindings([StoredFinding(nominationID: "C", sourceID: "B", kind: .copyOther, coverage: 1, score: 1)],
                                       forNominations: ["C"])
        #expect(try desk.store.revocationCandidates().isEmpty)
        try importOutcomes(desk, ["A,awarded,10/QĐ-UBND,2015-12-18,,,,", "B,awarded,20/QĐ-UBND,2016-12-18,,,,"])
        let candidates = try desk.store.revocationCandidates()
        #expect(candidates.map(\.nominationID) == ["B"])
        #expect(candidates.first?.sourceID == "A" && candidates.first?.vietnamese.contains("20/QĐ-UBND") == true)
        // The recorded outcome is not changed by being listed
        #expect(try desk.store.reviewedNominations().first { $0.id == "B" }?.status == .approved)
    }

    @Test func anArmedForcesNomineeMayHoldChienSiTienTienInsteadOfLDTT() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "S1", person: "P1", category: .armedForces),
                                           Row(id: "S2", person: "P2", category: .civilServant)])
        for id in ["S1", "S2"] { try desk.store.noteEligibility(id, EligibilityFacts(holdsLDTT: false, holdsCSTT: true), actor: "office") }
        #expect(try desk.flag("S1", .cstdcsNeedsLDTT) == nil)
        #expect(try desk.flag("S2", .cstdcsNeedsLDTT)?.detail == .notLDTT(year: 2018))
        try desk.store.noteEligibility("S1", EligibilityFacts(holdsCSTT: false), actor: "office")
        #expect(try desk.flag("S1", .cstdcsNeedsLDTT)?.detail == .notBaseTitle(year: 2018))
        #expect(AwardTitle(code: "Chiến sĩ tiên tiến") == .cstt)
    }

    @Test func theGroundOfACSTDCSDecidesWhetherARecognitionIsNeeded() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "S1", person: "P1", category: .armedForces),
                                           Row(id: "S2", person: "P2", category: .farmer)])
        for id in ["S1", "S2"] { try desk.store.noteEligibility(id, EligibilityFacts(initiativeRecognised: false), actor: "office") }
        #expect(try desk.flag("S1", .cstdcsNeedsInitiative)?.detail == .initiativeNotRecognised)
        try desk.store.noteEligibility("S1", EligibilityFacts(ground: .combatIngenuity), actor: "office")
        try desk.store.noteEligibility("S2", EligibilityFacts(ground: .combatIngenuity), actor: "office")
        #expect(try desk.flag("S1", .cstdcsNeedsInitiative) == nil)
        #expect(try desk.flag("S2", .cstdcsNeedsInitiative)?.detail == .combatIngenuityOutsideArmedForces(category: "nong_dan"))
        try desk.store.noteEligibility("S2", EligibilityFacts(ground: .researchTopic), actor: "office")
        #expect(try desk.flag("S2", .cstdcsNeedsInitiative) == nil)
    }
}
