import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// A council member voting and deciding at the desk, with what their role allows shown before any typing.
struct VotingStoriesTests {
    /// The fixture desk with a council of three: the harness's member is a plain member unless `role` says.
    func desk(role: CouncilRole = .member) throws -> TestDesk {
        let desk = try TestDesk()
        try desk.store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
        try desk.store.addMember(login: Harness.member, name: Harness.member, role: role, actor: "chu")
        try desk.store.addMember(login: "tv3", name: "Bà Thành viên", role: .member, actor: "chu")
        return desk
    }

    @Test func theHeaderNamesTheMemberByTheCouncilsListNotByLogin() throws {
        // Given a member whose login is "tv3" and who is on the list as "Bà Thành viên"
        let h = try Harness(desk: try desk(), member: "tv3")
        // Then the header names her as the list does
        #expect(h.line(containing: "Thành viên: Bà Thành viên") != nil)
        // And a login not on the council is shown as it is
        let outsider = try Harness(desk: try desk(), member: "khach")
        #expect(outsider.line(containing: "Thành viên: khach") != nil)
    }

    @Test func aMemberCastsASecretBallotWithV() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try desk())
        h.open("N2018-0001")
        #expect(h.line(containing: "Phiếu: 0/3 đồng ý · cần ≥ 70%") != nil)
        // When the member presses v, picks "không đồng ý" and confirms
        h.press("v")
        #expect(h.line(containing: "( ) 1  đồng ý") != nil && h.line(containing: "Bỏ phiếu kín") != nil)
        h.press(.enter)
        guard case .ballot(let b)? = h.state.modal else { Issue.record("the ballot closed without a choice"); return }
        #expect(b.problem == "Chọn 1, 2 hoặc 3 trước khi ghi.")
        h.press("2")
        #expect(h.line(containing: "(•) 2  không đồng ý") != nil)
        h.press(.enter)
        // Then the desk counts it, the page shows the count, and a second ballot is not offered
        let t = try h.desk.store.tally(of: "N2018-0001", viewer: Harness.member)
        #expect(t.disagree == 1 && t.present == 1)
        // And, a plain member having nothing more to do on it, the next nomination of the queue opens
        #expect(h.state.message?.text == "Đã ghi phiếu của bạn cho hồ sơ N2018-0001. · mở hồ sơ kế tiếp N2018-0002")
        #expect(h.state.nomination?.id == "N2018-0002")
        h.press("K")
        #expect(h.state.nomination?.id == "N2018-0001")
        #expect(h.state.unavailableReason(.vote) == "Bạn đã bỏ phiếu kín cho hồ sơ này.")
    }

    @Test func aRoleThatMayNotDecideIsToldBeforeTyping() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try desk())
        h.open("N2018-0001")
        // When a plain member presses r, nothing opens: the reason says who may decide
        h.press("r")
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text.contains("Vai trò Ủy viên không được ghi quyết định") == true)
        #expect(h.state.message?.text.contains("Chủ tịch Hội đồng") == true)
    }

    @Test func theApproveDialogShowsTheTallyAndWarnsBelowTheThreshold() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try desk(role: .chair))
        try h.desk.store.vote("N2018-0001", .agree, member: "tv3")
        h.open("N2018-0001")
        h.press("a")
        // One line of the tally in the dialog, saying the vote falls short and that the desk will not record
        // an approval against it (the dialog said only "chưa đạt" and offered Enter)
        #expect(h.line(containing: "│ Hội đồng chưa biểu quyết đạt (1/3 đồng ý, cần từ 70%)") != nil)
        #expect(h.line(containing: "THÔNG QUA trái với biểu quyết.") != nil)
        #expect(h.line(containing: "│ Phiếu: 1/3 đồng ý") == nil)
        // It names the command that records an outcome against the vote, wrapped in the box, not cut at its edge
        #expect(h.line(containing: "--override") != nil)
        #expect(h.line(containing: "do\".") != nil)
        // And it offers only to close: it took Enter to a second box saying "Không ghi được"
        #expect(h.line(containing: "Enter/Esc: đóng (không ghi)") != nil)
        #expect(h.line(containing: "Enter/y: ghi") == nil)
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho hồ sơ") == nil)
        h.press(.enter)
        #expect(h.state.modal == nil)
        #expect(try h.desk.store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .received)
    }

    @Test func theRejectDialogSaysTheVotePassedBeforeAnyTyping() throws {
        let h = try Harness(Size(width: 80, height: 24), desk: try desk(role: .chair))
        for m in ["chu", Harness.member, "tv3"] { try h.desk.store.vote("N2018-0001", .agree, member: m) }
        h.open("N2018-0001")
        // When the chair presses r on a nomination the council voted for
        h.press("r")
        // Then the dialog says, before the reason is typed, that a rejection against the vote is not recorded
        #expect(h.line(containing: "Hội đồng đã biểu quyết đạt (3/3 đồng ý, cần từ 70%)") != nil)
        // And a reason typed and Enter pressed stays in the dialog, saying so again (nothing is sent to a refusal)
        h.type("Không mới")
        h.press(.enter)
        guard case .decision(let typed)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(!typed.confirming && typed.problem?.contains("trái với biểu quyết") == true)
        #expect(try h.desk.store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .received)
        h.press(.escape)
        h.press("y")
        // And where the vote has not passed, it says nothing of the kind
        h.press(.escape)
        h.press(.escape)
        h.open("N2018-0002")
        h.press("r")
        guard case .decision(let d)? = h.state.modal, d.nominationID == "N2018-0002" else { Issue.record("no dialog"); return }
        #expect(h.line(containing: "biểu quyết đạt") == nil)
    }
}
