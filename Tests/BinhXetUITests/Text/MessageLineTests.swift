import BinhXetCore
import BinhXetText
@testable import BinhXetUI
import Testing

/// Messages fitted to the message line by display width.
struct MessageLineTests {
    @Test func aShortMessageIsAsItIs() {
        #expect(Chrome.fittedMessage("Đã lưu.", to: 78) == "Đã lưu.")
    }

    @Test func aLongMessageEndsWithAnEllipsisInItsWidth() {
        let m = "Đã ghi cuộc họp ngày 12/12/2024 lúc 14:00, 5 thành viên có mặt, tại Hội trường UBND huyện Lạc Hòa"
        let fitted = Chrome.fittedMessage(m, to: 78)
        #expect(DisplayWidth.of(fitted) == 78)
        #expect(fitted.hasSuffix("…"))
        #expect(fitted.hasPrefix("Đã ghi cuộc họp ngày 12/12/2024"))
    }

    @Test(arguments: [("Đang lọc: hồ sơ năm 2024 của Phòng Tài chính - Kế hoạch huyện Lạc Hòa, tỉnh Quảng Nam (x: bỏ lọc).", " (x: bỏ lọc)."),
                      ("Phím ~ không dùng ở đây trong màn hình so sánh hai hồ sơ khi đang cuộn cả hai bên · ? xem trợ giúp", " · ? xem trợ giúp")])
    func aTrailingKeyHintIsKeptWhole(_ m: String, _ hint: String) {
        let fitted = Chrome.fittedMessage(m, to: 60)
        #expect(fitted.hasSuffix("…" + hint))
        #expect(DisplayWidth.of(fitted) <= 60)
        #expect(fitted.hasPrefix(String(m.prefix(20))))
    }

    @Test func aWideLetterAtTheCutIsNotHalved() {
        let fitted = Chrome.fittedMessage(String(repeating: "漢", count: 50), to: 11)
        #expect(fitted == String(repeating: "漢", count: 5) + "…")
    }

    @Test func aPathKeepsItsFileName() {
        let m = "Đã lưu Báo cáo kiểm tra trùng lặp: /srv/binhxet/review.desk.documents/2018/kiem-tra-trung-lap-N2018-0001.html"
        let fitted = Chrome.fittedMessage(m, to: 78)
        #expect(fitted.hasPrefix("Đã lưu Báo cáo kiểm tra trùng lặp: …"))
        #expect(fitted.hasSuffix("/2018/kiem-tra-trung-lap-N2018-0001.html"))
        #expect(DisplayWidth.of(fitted) == 78)
    }

    @Test func aCommandEndingTheMessageIsKeptWhole() {
        // "…; hồ sơ năm 2022 nhập bằng bin…": a command cut at the edge cannot be typed from the screen
        let m = "Chỉ ghi công nhận cho hồ sơ năm đang xét (2024); hồ sơ năm 2022 nhập bằng binhxet import --outcomes."
        let fitted = Chrome.fittedMessage(m, to: 78)
        #expect(fitted.hasSuffix("… binhxet import --outcomes."), "\(fitted)")
        #expect(DisplayWidth.of(fitted) <= 78 && fitted.hasPrefix("Chỉ ghi công nhận"))
        // A command inside parentheses is not the message's end: the key hint rule keeps "(…)" as before
        let council = "Bàn xét duyệt chưa có thành viên Hội đồng (binhxet member add): chưa ghi được cuộc họp năm 2024 của huyện."
        #expect(Chrome.fittedMessage(council, to: 60).hasPrefix("Bàn xét duyệt chưa có thành viên Hội đồng (binhxet member"))
    }

    @Test(arguments: [Language.vi, .en])
    func theRecognitionYearMessageFitsEightyColumns(_ language: Language) {
        let m = language.strings.recognitionOnlyOpenYear(year: 2022, open: 2024)
        #expect(DisplayWidth.of(" " + m) <= 78, "\(m)")
    }

    @Test func aLongHeadBeforeAPathIsNotMarkedTwice() {
        // "Saved Award decision (Quyết định, with……documents/2024/…": two marks where one cut was meant
        let m = "Saved Award decision (Quyết định, with list of awardees): /tmp/wd/demo.desk.documents/2024/quyet-dinh-2024-2.docx"
        let fitted = Chrome.fittedMessage(m, to: 78)
        #expect(!fitted.contains("……") && DisplayWidth.of(fitted) <= 78, "\(fitted)")
        #expect(fitted.hasSuffix(" /tmp/wd/demo.desk.documents/2024/quyet-dinh-2024-2.docx") || fitted.hasSuffix("/2024/quyet-dinh-2024-2.docx"), "\(fitted)")
        #expect(fitted.hasPrefix("Saved Award decision"), "\(fitted)")
        let deep = "Saved Award decision (Quyết định, with list of awardees): /srv/" + String(repeating: "thu-muc-rat-dai/", count: 6) + "quyet-dinh-2024-2.docx"
        let cut = Chrome.fittedMessage(deep, to: 78)
        #expect(!cut.contains("……") && DisplayWidth.of(cut) <= 78 && cut.hasSuffix("/quyet-dinh-2024-2.docx"), "\(cut)")
    }
}

