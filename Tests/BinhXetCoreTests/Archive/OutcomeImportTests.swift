import BinhXetCore
import Foundation
import Testing

/// Earlier years' outcomes and initiative recognitions imported from a CSV.
@Suite struct OutcomeImportTests {
    static let header = "nomination_id,outcome,decision_no,decision_date,initiative_recognised,recognition_no,recognition_date,recognised_by"

    func desk() throws -> (Scratch, DeskStore) {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store, actor: "import").importCSV(at: try SampleCSV.write(in: s))
        return (s, store)
    }

    @Test func anOutcomesFileSetsTheArchiveStatusAndNamesItsDecisions() throws {
        let (s, store) = try desk()
        let csv = try s.write("outcomes.csv", [Self.header,
            "N2017-0001,awarded,308/QĐ-UBND,18/12/2017,yes,5/QĐ-THCS,2017-04-18,Thủ trưởng Trường THCS Hòa Bình",
            "N2017-0002,withdrawn,,,,,,"].joined(separator: "\n") + "\n")
        let report = try OutcomeImporter(store: store, actor: "office").importCSV(at: csv)
        #expect(report.outcomesAdded == 2 && report.recognitionsAdded == 1 && report.unchanged == 0)
        let n = try #require(try store.reviewedNominations().first { $0.id == "N2017-0001" })
        #expect(n.status == .approved && n.isAwarded && n.lastOutcome == nil)
        #expect(n.imported == ImportedOutcome(outcome: .awarded, decisionNo: "308/QĐ-UBND", decisionDate: "2017-12-18",
                                              file: "outcomes.csv", row: 2))
        #expect(n.recognition?.number == "5/QĐ-THCS" && n.recognition?.date == "2017-04-18" && n.recognition?.row == 2)
        #expect(try store.reviewedNominations().first { $0.id == "N2017-0002" }?.status == .withdrawn)
        let kinds = try store.events().filter { $0.actor == "office" }.map(\.kind)
        #expect(kinds == ["outcome_imported", "initiative_recognised", "outcome_imported"])
        // Deciding an imported archive record again needs a revision, as for the council's own outcomes
        #expect(throws: DecisionError.self) { try store.decide("N2017-0001", .reject, reason: "x", confirmYear: 2017, actor: "chair") }
        // Re-importing the same file changes nothing
        let events = try store.events().count
        let again = try OutcomeImporter(store: store, actor: "office").importCSV(at: csv)
        #expect(again.outcomesAdded == 0 && again.recognitionsAdded == 0 && again.unchanged == 2)
        #expect(try store.events().count == events)
    }

    @Test func everyProblemIsNamedByRowAndColumnAndNothingIsImported() throws {
        let (s, store) = try desk()
        let csv = try s.write("bad.csv", [Self.header,
            "N2099-0001,awarded,1/QĐ,2017-12-18,,,,",                         // unknown nomination
            "N2017-0001,given,1/QĐ,2017-12-18,,,,",                           // bad outcome
            "N2017-0001,awarded,1/QĐ,31/02/2017,,,,",                         // impossible date (and a repeated ID)
            "N2017-0002,not_awarded,,,,7/QĐ,2017-04-01,",                     // recognition without yes
            "N2018-0001,awarded,2/QĐ,2018-12-18,,,,",                         // the year under review
            "N2017-0002,awarded,,,,,,",                                        // award without decision
        ].joined(separator: "\n") + "\n")
        let before = try DeskCounts(store)
        let failure = try #require(throws: ImportFailed.self) { try OutcomeImporter(store: store).importCSV(at: csv) }
        let found = Set(failure.problems.map { "\($0.row ?? 0):\($0.column ?? "")" })
        #expect(found.isSuperset(of: ["3:outcome", "4:decision_date", "5:recognition_no", "5:recognition_date", "7:decision_no"]))
        // Rows that parse are checked against the desk only when the whole file parses
        #expect(try DeskCounts(store) == before)
        let desk = try s.write("desk.csv", [Self.header,
            "N2099-0001,awarded,1/QĐ,2017-12-18,,,,",
            "N2018-0001,awarded,2/QĐ,2018-12-18,,,,",
            "N2017-0002,not_awarded,,,yes,3/QĐ,2017-04-01,Thủ trưởng",       // LĐTT: no initiative
        ].joined(separator: "\n") + "\n")
        let f2 = try #require(throws: ImportFailed.self) { try OutcomeImporter(store: store).importCSV(at: desk) }
        #expect(f2.problems.map { "\($0.row ?? 0):\($0.column ?? "")" } == ["2:nomination_id", "3:outcome", "4:initiative_recognised"])
        #expect(f2.problems[1].reason.contains("year under review"))
        #expect(try DeskCounts(store) == before)
    }

    @Test func anotherOutcomeForAnImportedNominationIsRefused() throws {
        let (s, store) = try desk()
        try OutcomeImporter(store: store).importCSV(at: try s.write("a.csv", Self.header + "\nN2017-0001,awarded,308/QĐ-UBND,2017-12-18,,,,\n"))
        let f = try #require(throws: ImportFailed.self) {
            try OutcomeImporter(store: store).importCSV(at: try s.write("b.csv", Self.header + "\nN2017-0001,not_awarded,,,,,,\n"))
        }
        #expect(f.problems.first?.reason.contains("already has the imported outcome awarded") == true)
    }

    @Test func aNominationsFileMayCarryTheOutcomeColumnsInVietnamese() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        let header = SampleCSV.header + ",Kết quả,Số quyết định,Ngày quyết định,Sáng kiến được công nhận,Số QĐ công nhận,Ngày công nhận,Người công nhận"
        var rows = SampleCSV.rows.map { $0 + ",,,,,,," }
        rows[0] = SampleCSV.rows[0] + ",awarded,308/QĐ-UBND,18/12/2017,có,5/QĐ-THCS,18/04/2017,Hiệu trưởng"
        let csv = try SampleCSV.write(in: s, rows: rows, header: header)
        try NominationImporter(store: store).importCSV(at: csv)
        let n = try #require(try store.reviewedNominations().first { $0.id == "N2017-0001" })
        #expect(n.status == .approved && n.imported?.decisionNo == "308/QĐ-UBND" && n.recognition?.by == "Hiệu trưởng")
        // The same file again adds nothing
        let events = try store.events().count
        try NominationImporter(store: store).importCSV(at: csv)
        #expect(try store.events().count == events)
    }

    @Test func recognitionInTheYearUnderReviewIsRecordedOnceAndFeedsTheRules() throws {
        let (s, store) = try desk()
        defer { withExtendedLifetime(s) {} }
        #expect(try store.recognise("N2018-0001", number: "12/QĐ-THCS", date: "20/04/2018", by: "Thủ trưởng Trường THCS Hòa Bình",
                                    actor: "office"))
        #expect(try !store.recognise("N2018-0001", number: "12/QĐ-THCS", date: "2018-04-20", by: "Thủ trưởng Trường THCS Hòa Bình",
                                     actor: "office"))
        #expect(throws: RecognitionError.self) {
            try store.recognise("N2018-0001", number: "13/QĐ-THCS", date: "2018-04-20", by: "Thủ trưởng", actor: "office")
        }
        #expect(throws: RecognitionError.self) {
            try store.recognise("N2018-0002", number: "1/QĐ", date: "2018-04-20", by: "Chủ nhiệm HTX", scope: "galaxy", actor: "office")
        }
        #expect(throws: RecognitionError.self) { try store.recognise("N2017-0002", number: "1", date: "2017-04-20", by: "X", actor: "o") }
        #expect(try store.eligibilityFacts()["N2018-0001"]?.initiativeRecognised == true)
        #expect(try store.ruleFlags(of: "N2018-0001").allSatisfy { $0.check != .cstdcsNeedsInitiative })
        // Recognised in another year than the nomination's: flagged while the rule set asks for the same year
        try store.recognise("N2018-0002", number: "3/QĐ-HTX", date: "2017-11-02", by: "Chủ nhiệm HTX", actor: "office")
        let f = try #require(try store.ruleFlags(of: "N2018-0002").first { $0.check == .cstdcsNeedsInitiative })
        #expect(f.detail == .recognisedInOtherYear(recognitionYear: 2017, year: 2018, number: "3/QĐ-HTX"))
        try Data("recognition_same_year = no\n".utf8).write(to: store.rulesFileURL)
        #expect(try store.ruleFlags(of: "N2018-0002").allSatisfy { $0.check != .cstdcsNeedsInitiative })
    }

    @Test func onlyARoleThatRecordsOutcomesMayRecordARecognition() throws {
        let (s, store) = try desk()
        defer { withExtendedLifetime(s) {} }
        try store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
        try store.addMember(login: "tv", name: "Bà Thành viên", role: .member, actor: "chu")
        #expect(throws: CouncilError.self) {
            try store.recognise("N2018-0001", number: "12/QĐ-THCS", date: "20/04/2018", by: "Thủ trưởng", actor: "tv")
        }
        #expect(throws: CouncilError.notAMember("office")) {
            try store.recognise("N2018-0001", number: "12/QĐ-THCS", date: "20/04/2018", by: "Thủ trưởng", actor: "office")
        }
        #expect(try store.eligibilityFacts()["N2018-0001"]?.initiativeRecognised == nil)
        #expect(try store.recognise("N2018-0001", number: "12/QĐ-THCS", date: "20/04/2018", by: "Thủ trưởng", actor: "chu"))
    }
}
