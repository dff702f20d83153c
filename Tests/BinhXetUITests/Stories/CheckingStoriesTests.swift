import BinhXetCore
import BinhXetUI
import Foundation
import BinhXetTestSupport
import Testing

/// Opening the desk checks what nobody has checked yet, in the background: the member never needs a shell.
struct CheckingStoriesTests {
    @Test func openingTheDeskChecksUncheckedNominationsInTheBackground() throws {
        let desk = try TestDesk()
        #expect(try !desk.store.isChecked("N2018-0003"))
        let h = try Harness(Size(width: 120, height: 40), desk: desk, checksInBackground: true)
        // The check has started and says so on the message line; the desk still takes keys meanwhile
        #expect(h.state.checking == CheckProgress(done: 0, total: 1))
        #expect(h.line(containing: "Đang kiểm tra trùng lặp 0/1 hồ sơ…") != nil)
        let before = h.state.queue.selected
        h.press(.down)
        #expect(h.state.queue.selected == before + 1)
        // When it ends, the desk holds the findings and the queue shows the nomination as checked
        #expect(h.waitForBackground())
        #expect(try desk.store.isChecked("N2018-0003"))
        #expect(h.state.checking == nil)
        #expect(h.state.message?.text.hasPrefix("Đã kiểm tra trùng lặp 1 hồ sơ") == true)
        #expect(h.state.queue.rows.first { $0.id == "N2018-0003" }?.checked == true)
        #expect(h.state.queue.uncheckedCount == h.state.queue.rows.filter { $0.summary.initiativeTitle == nil && !$0.checked }.count)
    }

    @Test func theCheckEndingDoesNotWipeWhatTheMembersActionSaid() throws {
        let desk = try TestDesk()
        let h = try Harness(Size(width: 120, height: 40), desk: desk, checksInBackground: true)
        #expect(h.state.checking != nil)
        // While the check runs, the member's action leaves its line (here: a key the queue does not use)
        h.press("%")
        let said = try #require(h.state.message?.text)
        // When the check ends, its summary is added to that line, not put in its place
        #expect(h.waitForBackground())
        #expect(h.state.message?.text.hasPrefix(said) == true)
        #expect(h.state.message?.text.contains("Đã kiểm tra trùng lặp 1 hồ sơ") == true)
    }

    @Test func aNominationImportedByAnotherTerminalIsCheckedToo() throws {
        let desk = try TestDesk()
        let h = try Harness(Size(width: 120, height: 40), desk: desk, checksInBackground: true)
        #expect(h.waitForBackground())
        // Another terminal imports a nomination; the next poll sees it and checks it
        let folder = desk.folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Sáng kiến mới: rèn kỹ năng đọc hiểu cho học sinh lớp 4 qua các bài đọc ngắn.\n"
            .write(to: folder.appendingPathComponent("sk.txt"), atomically: true, encoding: .utf8)
        try """
            nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on
            N2018-0099,2018,CB0999,Ngô Thị Mai,Trường Tiểu học Phú Vinh,Giáo viên lớp 4,Giảng dạy lớp 4A,can_bo_cong_chuc,CSTDCS,Rèn kỹ năng đọc hiểu,sk.txt,2018-06-02

            """.write(to: folder.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        try NominationImporter(store: desk.store, actor: "Văn thư").importCSV(at: folder.appendingPathComponent("n.csv"))
        h.tick()
        #expect(h.state.checking?.total == 1)
        #expect(h.waitForBackground())
        #expect(try desk.store.isChecked("N2018-0099"))
    }
}
