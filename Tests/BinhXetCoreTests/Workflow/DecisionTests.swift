import BinhXetCore
import Foundation
import Testing

@Suite struct DecisionTests {
    func desk() throws -> (Scratch, DeskStore) {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        return (s, store)
    }

    @Test func rejectionIsAnEventWithItsReasonAndSetsTheStatus() throws {
        let (_, store) = try desk()
        try store.decide("N2018-0001", .reject, reason: "Sáng kiến trùng lặp", actor: "chutich")
        let d = try #require(try store.detail(of: "N2018-0001", viewer: "root"))
        #expect(d.nomination.status == .rejected)
        #expect(d.events.last?.kind == .rejected)
        #expect(d.events.last?.payload["reason"] == "Sáng kiến trùng lặp")
        #expect(d.events.last?.actor == "chutich")
    }

    @Test func aRejectionNeedsAReason() throws {
        let (_, store) = try desk()
        #expect(throws: DecisionError.reasonRequired(.reject)) { try store.decide("N2018-0001", .reject, reason: "  ", actor: "a") }
        #expect(try store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .received)
    }

    @Test func aDecisionMadeMeanwhileIsShownNotOverwritten() throws {
        // Given two members who opened the same nomination
        let (_, store) = try desk()
        let seen = try store.lastEventID(of: "N2018-0002")
        // When the first approves and the second, not knowing, rejects
        try store.decide("N2018-0002", .approve, actor: "member1", seenEventID: seen)
        #expect(throws: DecisionError.self) {
            try store.decide("N2018-0002", .reject, reason: "x", actor: "member2", seenEventID: seen)
        }
        // Then the approval stands
        #expect(try store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .approved)
        #expect(try store.detail(of: "N2018-0002", viewer: "root")?.events.filter { $0.kind == .rejected }.isEmpty == true)
    }

    @Test func criticismIsRecordedOnTheUnitAndItsNominations() throws {
        let (_, store) = try desk()
        let unit = try #require(try store.units().first { $0.name == "Trường THCS Hòa Bình" })
        let events = try store.criticise(unitID: unit.id!, text: "Thiếu trách nhiệm trong xét duyệt", nominations: ["N2018-0001"], actor: "chutich")
        #expect(events.count == 2)
        #expect(try store.detail(of: "N2018-0001", viewer: "root")?.events.last?.kind == .criticised)
    }

    @Test func aCriticismNeedsWordsAndNamesOnlyTheUnitsOwnNominations() throws {
        let (_, store) = try desk()
        let school = try #require(try store.units().first { $0.name == "Trường THCS Hòa Bình" })
        let before = try store.criticisms().count
        // N2018-0002 is the cooperative's, not the school's
        #expect(throws: CriticismError.notOfUnit(nominationID: "N2018-0002", unit: "Trường THCS Hòa Bình",
                                                 nominationUnit: "HTX Nông nghiệp Hòa Bình")) {
            try store.criticise(unitID: school.id!, text: "Thiếu trách nhiệm", nominations: ["N2018-0001", "N2018-0002"], actor: "chutich")
        }
        #expect(throws: CriticismError.textRequired) { try store.criticise(unitID: school.id!, text: "   ", actor: "chutich") }
        #expect(ErrorWords.line(CriticismError.textRequired, in: .vi).hasPrefix("phê bình phải ghi nội dung"))
        // Nothing was written by either
        #expect(try store.criticisms().count == before)
    }

    @Test func aDossierReceivedAfterTheDesksTodayIsNeitherVotedOnNorDecided() throws {
        let (_, store) = try desk()
        try store.addMember(login: "chutich", name: "Trần Văn Chủ", role: .chair, actor: "root")
        // The desk reviews as of the day before N2018-0002 (received 05/05/2018) arrived
        try store.openYear(2018, asOf: CalendarDay("2018-05-04"), actor: "chutich")
        let refused = CouncilError.notYetReceived(nominationID: "N2018-0002", receivedOn: "2018-05-05", today: "2018-05-04")
        #expect(throws: refused) { try store.vote("N2018-0002", .agree, member: "chutich") }
        #expect(throws: refused) { try store.decide("N2018-0002", .supplement, reason: "Thiếu biên bản", actor: "chutich") }
        #expect(ErrorWords.line(refused, in: .vi)
                == "hồ sơ N2018-0002 tiếp nhận ngày 05/05/2018, sau ngày xét 04/05/2018: chưa biểu quyết hoặc ghi kết quả được")
        // N2018-0001, received 04/05/2018, is before the council that day
        try store.vote("N2018-0001", .agree, member: "chutich")
        #expect(try store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .received)
    }

    @Test func anOutcomeIsDatedTheDesksTodayWhenTheCouncilReviewsAsOfADay() throws {
        let (_, store) = try desk()
        try store.openYear(2018, asOf: CalendarDay("2018-06-20"), actor: "root")
        try store.decide("N2018-0001", .approve, actor: "chutich")
        try store.decide("N2018-0002", .reject, reason: "Không mới", actor: "chutich")
        for id in ["N2018-0001", "N2018-0002"] {
            let e = try #require(try store.detail(of: id, viewer: "root")?.events.last)
            // Recorded now by the clock, made on the day the council reviews (it read the clock's year)
            #expect(e.payload["on"] == "2018-06-20", "\(e.payload)")
            #expect(Vocabulary.vi.eventSentence(e).contains("20/06/2018"), "\(Vocabulary.vi.eventSentence(e))")
        }
    }
}
