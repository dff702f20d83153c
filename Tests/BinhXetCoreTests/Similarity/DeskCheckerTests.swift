import BinhXetCore
import BinhXetSimilarity
import Foundation
import Testing

@Suite struct DeskCheckerTests {
    /// A report body long enough to be an initiative, different for each seed word.
    static func report(_ topic: String, paragraphs: [String]) -> String {
        (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO SÁNG KIẾN KINH NGHIỆM",
          "Tên sáng kiến: \(topic)", "I. ĐẶT VẤN ĐỀ"] + paragraphs + ["V. KẾT LUẬN VÀ KIẾN NGHỊ"]).joined(separator: "\n") + "\n"
    }

    static let bodyA = [
        "Trong những năm gần đây, việc dạy học giải toán có lời văn cho học sinh lớp bốn ở trường chúng tôi gặp nhiều khó khăn vì các em chưa biết tóm tắt đề bài và lúng túng khi chọn phép tính phù hợp với từng dạng toán.",
        "Tôi đã hướng dẫn học sinh vẽ sơ đồ đoạn thẳng cho mỗi bài toán, đánh dấu dữ kiện đã cho bằng bút màu khác nhau, sau đó đặt câu hỏi gợi mở để các em tự tìm ra mối quan hệ giữa các đại lượng trong bài.",
        "Sau một học kỳ áp dụng, số học sinh giải đúng bài toán hợp tăng rõ rệt, các em tự tin trình bày lời giải trước lớp và biết kiểm tra lại kết quả bằng cách thay số vào đề bài ban đầu.",
    ]
    static let bodyB = [
        "Công tác kế toán ngân sách xã đòi hỏi đối chiếu số liệu thu chi với kho bạc hằng tháng, nhưng trước đây việc này làm thủ công trên sổ sách nên thường chậm và dễ sai sót khi tổng hợp báo cáo quyết toán cuối năm.",
        "Tôi lập một bảng tính dùng chung có công thức tự động cộng dồn theo mục lục ngân sách, mỗi tháng chỉ cần nhập chứng từ và in bảng đối chiếu để ký xác nhận với kho bạc nhà nước huyện.",
        "Nhờ vậy thời gian đối chiếu giảm từ ba ngày xuống còn nửa ngày, các sai lệch được phát hiện ngay trong tháng và báo cáo quyết toán năm được nộp đúng hạn cho phòng tài chính.",
    ]

    @Test func aScanFindsTheReusedInitiativeAndStoresPassagesThatPointIntoBothTexts() throws {
        // Given a teacher's 2017 report, her unchanged re-submission in 2018, and an unrelated 2018 report
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("d/a.txt", Self.report("Giải toán bằng sơ đồ", paragraphs: Self.bodyA))
        try s.write("d/b.txt", Self.report("Giải toán bằng sơ đồ đoạn thẳng", paragraphs: Self.bodyA))
        try s.write("d/c.txt", Self.report("Bảng đối chiếu ngân sách", paragraphs: Self.bodyB))
        let csv = try s.write("n.csv", SampleCSV.header + """

            N2017-0001,2017,CB1,Lê Thị Mai,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,Giải toán bằng sơ đồ,d/a.txt,2017-05-01
            N2018-0001,2018,CB1,Lê Thị Mai,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,Giải toán bằng sơ đồ đoạn thẳng,d/b.txt,2018-05-01
            N2018-0002,2018,CB2,Võ Văn Nam,UBND xã Hòa Bình,Kế toán,Kế toán ngân sách,can_bo_cong_chuc,CSTDCS,Bảng đối chiếu ngân sách,d/c.txt,2018-05-02

            """)
        try NominationImporter(store: store).importCSV(at: csv)
        // When the 2018 nominations are scanned
        let checker = try DeskChecker(store: store)
        let (report, _) = try checker.scan(checker.nominationIDs(year: 2018))
        // Then the re-submission is her own re-use of 2017, stored, and nothing else is a re-use
        #expect(report.checked == 2)
        let found = try store.findings(of: "N2018-0001")
        let reuse = try #require(found.first { $0.kind.hasSource })
        #expect(reuse.kind == .selfReuse && reuse.sourceID == "N2017-0001")
        #expect(reuse.coverage > 0.9)
        #expect(try store.findings(of: "N2018-0002").filter { $0.kind.hasSource }.isEmpty)
        #expect(try store.checkedNominationIDs() == ["N2018-0001", "N2018-0002"])
        // And every passage covers the same words on both sides
        let susp = Array(try store.initiativeText(of: "N2018-0001")!.unicodeScalars)
        let src = Array(try store.initiativeText(of: "N2017-0001")!.unicodeScalars)
        #expect(!reuse.passages.isEmpty)
        for p in reuse.passages where p.length > 100 {
            let a = String(String.UnicodeScalarView(susp[p.offset..<p.offset + p.length]))
            let b = String(String.UnicodeScalarView(src[p.sourceOffset..<p.sourceOffset + p.sourceLength]))
            #expect(a == b)
        }
    }

    @Test func theIndexIsRebuiltFromStoredFingerprints() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        // Import stored a fingerprint blob per initiative, so loading re-reads no text
        let checker = try DeskChecker(store: store)
        #expect(checker.archive.count == 3)
        #expect(checker.nominationIDs(year: 2018) == ["N2018-0001", "N2018-0002"])
    }
}
