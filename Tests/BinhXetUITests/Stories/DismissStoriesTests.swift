import BinhXetCore
import BinhXetUI
import Foundation
import Testing

/// A member sets aside a finding the council judges harmless, with a reason, and can take it back.
struct DismissStoriesTests {
    @Test func xDismissesTheSelectedSourcesFindingAndXAgainCountsItAgain() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.open("N2018-0001")
        let source = try #require(h.state.nomination?.sources.first?.id)
        let before = try h.desk.store.activeFindings().filter { $0.nominationID == "N2018-0001" }.count
        // When x is pressed and Enter without a reason, the dialog asks for one
        h.press("x")
        h.press(.enter)
        guard case .dismiss(let d)? = h.state.modal else { Issue.record("no dialog: \(h.state.message?.text ?? "")"); return }
        #expect(d.problem == "Chọn một lý do (1–4) trước khi ghi.")
        // A digit picks the reason; after a note is typed, digits are text
        h.press("1")
        h.type("2 giáo viên cùng viết")
        guard case .dismiss(let typed)? = h.state.modal else { Issue.record("the dialog closed"); return }
        #expect(typed.reason == .coAuthored && typed.note.text == "2 giáo viên cùng viết")
        #expect(h.line(containing: "(•) 1  Sáng kiến đồng tác giả") != nil)
        h.press(.enter)
        #expect(h.line(containing: "Ghi việc bỏ qua cảnh báo này?") != nil)
        h.press(.enter)
        // Then the desk records it by this member, the page shows it set aside, the queue no longer counts it
        let saved = try #require(try h.desk.store.dismissals()["N2018-0001"]?[source])
        #expect(saved.reason == .coAuthored && saved.note == "2 giáo viên cùng viết" && saved.actor == Harness.member)
        #expect(h.line(containing: "✗ đã bỏ qua: sáng kiến đồng tác giả — 2 giáo viên cùng viết (Nguyễn Thị Lan)") != nil)
        #expect(h.state.message?.text == "Đã bỏ qua cảnh báo N2018-0001 trùng với \(source).")
        #expect(try h.desk.store.activeFindings().filter { $0.nominationID == "N2018-0001" }.count == before - 1)
        // And x again asks to count it again, which it does after Enter
        h.press("x")
        #expect(h.line(containing: "Tính lại cảnh báo hồ sơ N2018-0001 trùng với \(source)?") != nil)
        h.press(.enter)
        #expect(try h.desk.store.dismissals()["N2018-0001"]?[source] == nil)
        #expect(h.line(containing: "✗ đã bỏ qua") == nil)
    }
}
