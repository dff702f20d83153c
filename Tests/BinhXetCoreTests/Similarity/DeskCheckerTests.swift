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

    static let bodyC = [
        "Hợp tác xã hướng dẫn xã viên gieo sạ giống lúa ngắn ngày, bón phân cân đối theo bảng màu lá và thăm đồng hai lần mỗi tuần để phát hiện sớm rầy nâu cùng các loại sâu bệnh hại lúa trên từng thửa ruộng.",
        "Khi mật độ rầy vượt ngưỡng, tổ khuyến nông báo cho các hộ phun thuốc bảo vệ thực vật đúng lúc, đúng liều và luân phiên hoạt chất, nhờ vậy mùa vụ không bị mất trắng như những năm trước.",
        "Năng suất lúa vụ đông xuân tăng rõ rệt, chi phí phân bón và thuốc giảm đáng kể, nhiều hộ nông dân trong xã đã chủ động đăng ký áp dụng mô hình này cho vụ hè thu tiếp theo.",
    ]

    static let bodyD = [
        "Trước đây việc thu phí chợ của xã ghi bằng biên lai giấy, cuối ngày thủ quỹ mới cộng sổ nên thường chênh lệch với số tiền thực nộp và khó truy ra người thu sai.",
        "Tôi đề xuất in sẵn vé theo từng mệnh giá, đánh số liên tục và đối chiếu số vé còn lại với tiền nộp mỗi buổi chiều, kết quả được ghi vào sổ quỹ có chữ ký của người thu và kế toán.",
    ]

    /// A desk with 2017 reports by CB1 (teacher, body A) and CB5 (accountant, body B) and the given 2018
    /// nominations (documents `d/<id>.txt`, received in the order given), scanned for 2018.
    static func scanned(_ rows: [(id: String, nominee: String, position: String, duties: String, title: String, body: [String])],
                        in s: Scratch) throws -> DeskStore {
        let store = try s.makeDesk()
        try s.write("d/a.txt", report("Giải toán bằng sơ đồ", paragraphs: bodyA))
        try s.write("d/b.txt", report("Bảng đối chiếu ngân sách", paragraphs: bodyB))
        var lines = [SampleCSV.header,
                     "N2017-0001,2017,CB1,Người CB1,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,Giải toán bằng sơ đồ,d/a.txt,2017-05-01",
                     "N2017-0002,2017,CB5,Người CB5,UBND xã Hòa Bình,Kế toán,Kế toán ngân sách xã,can_bo_cong_chuc,CSTDCS,Bảng đối chiếu ngân sách,d/b.txt,2017-05-02"]
        for (n, r) in rows.enumerated() {
            try s.write("d/\(r.id).txt", report(r.title, paragraphs: r.body))
            lines.append("\(r.id),2018,\(r.nominee),Người \(r.nominee),UBND xã Hòa Bình,\(r.position),\(r.duties),can_bo_cong_chuc,CSTDCS,\(r.title),d/\(r.id).txt,2018-05-0\(n + 1)")
        }
        let csv = try s.write("n.csv", lines.joined(separator: "\n") + "\n")
        try NominationImporter(store: store).importCSV(at: csv)
        let checker = try DeskChecker(store: store)
        try checker.scan(checker.nominationIDs(year: 2018))
        return store
    }

    @Test func everyFindingKindIsStoredByAScan() throws {
        // Given, in 2018: CB1 re-submitting their 2017 report, CB2 copying CB5's, CB3 taking one paragraph
        // of CB1's into a report of their own, and an accountant writing about rice pests
        let s = try Scratch()
        let store = try Self.scanned([
            ("N2018-0001", "CB1", "Giáo viên", "Dạy lớp 4", "Giải toán có lời văn", Self.bodyA),
            ("N2018-0002", "CB2", "Kế toán", "Kế toán ngân sách xã", "Đối chiếu ngân sách hằng tháng", Self.bodyB),
            ("N2018-0003", "CB3", "Kế toán", "Kế toán ngân sách xã", "Vé chợ đánh số liên tục", Self.bodyD + [Self.bodyA[1]]),
            ("N2018-0004", "CB4", "Kế toán", "Kế toán ngân sách xã", "Phòng trừ rầy nâu", Self.bodyC),
        ], in: s)
        // Then each is stored with its kind, its source and passages into both texts (the partial copy
        // also shares its paragraph with CB1's re-submission, received before it)
        func finding(_ id: String, from source: String?) throws -> StoredFinding {
            try #require(try store.findings(of: id).first { $0.sourceID == source })
        }
        #expect(try store.findings(of: "N2018-0001").count == 1)
        let again = try finding("N2018-0001", from: "N2017-0001")
        #expect(again.kind == .selfReuse && again.coverage > 0.9)
        #expect(try store.findings(of: "N2018-0002").count == 1)
        let copy = try finding("N2018-0002", from: "N2017-0002")
        #expect(copy.kind == .copyOther && copy.coverage > 0.9)
        let partial = try finding("N2018-0003", from: "N2017-0001")
        #expect(partial.kind == .partial)
        #expect(partial.coverage > 0.1 && partial.coverage < 0.5)
        #expect(partial.passages.count == 1)
        #expect(try store.findings(of: "N2018-0004").count == 1)
        let offDuty = try finding("N2018-0004", from: nil)
        #expect(offDuty.kind == .offDuty && offDuty.passages.isEmpty)
        #expect(offDuty.evidence.contains("rầy nâu"))
        #expect(offDuty.dutyEvidence.contains("kế toán"))
        // And the one copied paragraph is the partial copy's passage, on both sides
        let susp = try store.initiativeText(of: "N2018-0003")!, source = try store.initiativeText(of: "N2017-0001")!
        let p = try #require(partial.passages.first)
        #expect(Self.slice(susp, p.offset, p.length) == Self.bodyA[1])
        #expect(Self.slice(source, p.sourceOffset, p.sourceLength) == Self.bodyA[1])
    }

    @Test func aScanAssessesRelevanceFromItsOwnReadingAsAFreshReadingDoes() throws {
        // Given a scanned year (the scan takes each report's own text from its re-use check's reading)
        let s = try Scratch()
        let store = try Self.scanned([
            ("N2018-0001", "CB1", "Giáo viên", "Dạy lớp 4", "Giải toán có lời văn", Self.bodyA),
            ("N2018-0002", "CB2", "Kế toán", "Kế toán ngân sách xã", "Phòng trừ rầy nâu", Self.bodyC),
            ("N2018-0003", "CB3", "Kế toán", "Kế toán ngân sách xã", "Vé chợ đánh số liên tục", Self.bodyD),
            ("N2018-0004", "CB4", "Giáo viên", "Dạy lớp 5", "Phòng trừ rầy nâu trên đồng", Self.bodyC),
        ], in: s)
        // When the same reports are assessed by a new checker that reads every text again
        let checker = try DeskChecker(store: store)
        let ids = checker.nominationIDs(year: 2018)
        let fresh = try checker.relevance(of: ids)
        // Then the stored off-duty findings are exactly the fresh off-duty assessments, score for score
        var flagged = 0
        for id in ids {
            let a = try #require(fresh[id])
            let stored = try store.findings(of: id).filter { $0.kind == .offDuty }
            #expect(stored.count == (a.offDuty ? 1 : 0))
            if let f = stored.first {
                #expect(f.score == a.score)
                #expect(f.evidence == a.textEvidence)
                flagged += 1
            }
        }
        #expect(flagged >= 1 && flagged < ids.count)
    }

    static func slice(_ text: String, _ offset: Int, _ length: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[offset..<(offset + length)]))
    }

    @Test func anAdHocFileIsJudgedAgainstTheDutiesGiven() throws {
        // Given a desk with a teacher's and an accountant's initiatives
        let s = try Scratch()
        let store = try Self.scanned([("N2018-0001", "CB1", "Giáo viên", "Dạy lớp 4", "Giải toán có lời văn", Self.bodyA)], in: s)
        let checker = try DeskChecker(store: store)
        let rice = Self.report("Phòng trừ rầy nâu", paragraphs: Self.bodyC)
        // When a file on rice pests is checked for an accountant, and for a farm extension officer
        let accountant = try checker.relevance(ofText: rice, title: "Phòng trừ rầy nâu",
                                               profile: DutyProfile(position: "Kế toán", duties: "Kế toán ngân sách xã", unit: "UBND xã"))
        let extension_ = try checker.relevance(ofText: rice, title: "Phòng trừ rầy nâu",
                                               profile: DutyProfile(position: "Cán bộ khuyến nông", duties: "Hướng dẫn nông dân trồng lúa",
                                                                    unit: "UBND xã"))
        // Then it is off duty for the one and fits the other, with the evidence of both sides
        #expect(accountant.offDuty && !extension_.offDuty)
        #expect(accountant.textEvidence.contains("rầy nâu") && accountant.dutyEvidence.contains("kế toán"))
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
