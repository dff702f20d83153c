import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import BinhXetTestSupport
import Testing

/// A member whose role records the council's outcomes records, at the desk, the unit head's decision recognising an initiative.
struct RecognitionStoriesTests {
    func desk(role: CouncilRole) throws -> TestDesk {
        let desk = try TestDesk()
        try desk.store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
        try desk.store.addMember(login: Harness.member, name: Harness.member, role: role, actor: "chu")
        return desk
    }

    @Test func aStandingViceChairRecordsARecognitionWithI() throws {
        // The roles that record outcomes (outcome_roles: chair, standing vice-chair by default) record it.
        let h = try Harness(Size(width: 120, height: 40), desk: try desk(role: .standingViceChair))
        h.open("N2018-0002")
        // Given the dialog opened with the unit's head and today filled in
        h.press("i")
        guard case .recognition(let opened)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        #expect(opened.by.text == "Thủ trưởng Trường Tiểu học Phú Vinh" && opened.date.text == "20/06/2018")
        // When Enter is pressed with no number, the dialog says what is missing and stays on that field
        h.press(.enter)
        guard case .recognition(let r1)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(r1.field == .number && r1.problem == "Ghi số quyết định (ví dụ 12/QĐ-THCS).")
        h.type("12/QĐ-TH")
        // A date that does not exist is refused before anything is written
        h.press(.tab)
        h.press(.ctrl("u"))
        h.type("31/04/2018")
        h.press(.enter)
        guard case .recognition(let r2)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(r2.problem == "Ngày ký phải là ngày có thật, viết ngày/tháng/năm (ví dụ 20/04/2018).")
        h.press(.ctrl("u"))
        h.type("20/04/2018")
        h.press(.enter)
        #expect(h.line(containing: "Ghi quyết định công nhận sáng kiến của hồ sơ N2018-0002?") != nil)
        h.press(.enter)
        // Then the desk holds the decision as an event by this member, and the page shows it
        let facts = try h.desk.store.eligibilityFacts()["N2018-0002"]
        #expect(facts?.initiativeRecognised == true)
        let event = try #require(try h.desk.store.events().last { $0.kind == .initiativeRecognised })
        #expect(event.actor == Harness.member && event.payload["number"] == "12/QĐ-TH" && event.payload["date"] == "2018-04-20")
        #expect(h.state.message?.text == "Đã ghi quyết định công nhận sáng kiến của hồ sơ N2018-0002 (số 12/QĐ-TH).")
        #expect(h.line(containing: "Công nhận")?.contains("đã được công nhận theo QĐ 12/QĐ-TH ngày 20/04/2018") == true)
        // And a second recognition is not offered
        #expect(h.state.unavailableReason(.recogniseInitiative)?.hasPrefix("Sáng kiến đã có quyết định") == true)
    }

    @Test func aPlainMemberIsToldBeforeTyping() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try desk(role: .secretary))
        h.open("N2018-0002")
        h.press("i")
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text.contains("không được ghi quyết định") == true)
    }

    @Test func anArchiveRecordOrANominationWithoutInitiativeIsNotOffered() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.open("N2017-0004")
        h.press("i")
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text == "Chỉ ghi công nhận năm đang xét (2018); năm 2017: binhxet import --outcomes.")
        h.press(.escape)
        let noInitiative = try #require(try h.desk.store.nominations().first { $0.year == 2018 && $0.initiativeTitle == nil })
        h.open(noInitiative.id)
        h.press("i")
        #expect(h.state.message?.text == "Hồ sơ không có sáng kiến để công nhận.")
    }
}
