import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// A nomination that was registered at the start of the year says so in its history.
struct RegistrationStoriesTests {
    @Test func theNominationPageShowsItsRegistration() throws {
        let desk = try TestDesk()
        let csv = desk.folder.appendingPathComponent("dangky.csv")
        try Data("""
            nominee_id,nominee_name,unit,position,duties,initiative_title,summary,registered_on
            CB0101,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy Toán,Hình học lớp 9,Ôn tập,2018-01-15

            """.utf8).write(to: csv)
        _ = try RegistrationImporter(store: desk.store, actor: "Văn thư").importCSV(at: csv)
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.open("N2018-0001")
        let line = try #require(h.line(containing: "Đã đăng ký thi đua ngày 15/01/2018"))
        #expect(line.contains("đề tài: “Hình học lớp 9"), "\(line)")
    }
}
