@testable import BinhXetCore
import Foundation
import Testing

/// The DOCX writer read back: page, margins, the header table, real tables with two-level headers,
/// landscape sections, styles.
@Suite struct DocxRenderingTests {
    let doc = OfficialDocument(
        header: DocumentHeader(parentBody: "Ủy ban nhân dân huyện A Lưới", issuingBody: "Hội đồng Thi đua - Khen thưởng",
                               number: "07/TTr-HĐTĐKT", place: "A Lưới", date: CalendarDay("2018-06-05")),
        typeName: "TỜ TRÌNH", summary: ["Về việc đề nghị tặng danh hiệu thi đua năm 2018"],
        addressees: ["Kính gửi: Chủ tịch Ủy ban nhân dân huyện A Lưới"],
        body: [.text("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", .basis), .article(1, "Tặng <danh hiệu> & \"tiền\"."),
               .table(DocumentTable(columns: [.figure("STT", width: 5), TableColumn("Họ và tên", width: 30), .figure("Đề nghị"), .figure("Tỷ lệ")],
                                    header: [[HeaderCell("STT", rows: 2), HeaderCell("Họ và tên", rows: 2), HeaderCell("Kết quả", columns: 2)],
                                             [HeaderCell("Đề nghị"), HeaderCell("Tỷ lệ")]],
                                    rows: [.group("Trường THCS Hồng Kim"), TableRow(["1", "Nguyễn Văn An", "3", "85,7%"]),
                                           TableRow(["", "Tổng cộng", "3", "85,7%"], kind: .total)]))],
        closing: DocumentClosing(recipients: ["Như trên", "Lưu: VT, NV"],
                                 right: SignatureBlock(authority: ["TM. Hội đồng"], title: "Phó Chủ tịch thường trực", name: "Phạm Thị Thường")),
        annexes: [DocumentAnnex(heading: ["THỐNG KÊ"], body: [.text("Bảng ngang")], orientation: .landscape)])

    @Test func pageIsA4WithDecreeMarginsAndALandscapeAnnex() throws {
        let p = try DocxPackage(try DocxRendering.render(doc))
        #expect(p.allWellFormed)
        let sizes = p.pageSizes
        try #require(sizes.count == 2)
        #expect(sizes[0] == (11906, 16838, false))
        #expect(sizes[1] == (16838, 11906, true))
        // 20 mm top and bottom, 30 mm left, 15 mm right
        #expect(p.margins == ["top": 1134, "bottom": 1134, "left": 1701, "right": 851])
        // Page numbers from page 2: the first section has a distinct (empty) first page.
        #expect(p.document.components(separatedBy: "<w:titlePg/>").count == 2)
        #expect(p.parts["word/header1.xml"]?.contains("PAGE") == true)
    }

    /// A header word never breaks in its column: a 5-share "STT" of a 9,000-twip table (450 twips) is widened
    /// from the widest column, and a table whose words all fit keeps its widths.
    @Test func aNarrowColumnIsWidenedSoItsHeaderWordFits() throws {
        let t = DocumentTable(columns: [.figure("STT", width: 5), TableColumn("Họ và tên", width: 45), TableColumn("Đơn vị", width: 50)],
                              rows: [TableRow(["1", "Nguyễn Văn An", "Trường THCS"])])
        let given = [450, 4_050, 4_500]
        let fitted = DocxRendering.wordsFit(given, t)
        #expect(fitted[0] >= 3 * DocxRendering.headerLetter + DocxRendering.cellMargins, "\(fitted)")
        #expect(fitted.reduce(0, +) == given.reduce(0, +))
        #expect(DocxRendering.wordsFit([900, 3_600, 4_500], t) == [900, 3_600, 4_500])
    }

    @Test func headerIsABorderlessTwoColumnTable() throws {
        let p = try DocxPackage(try DocxRendering.render(doc))
        let head = try #require(p.tables.first)
        #expect(head.contains("<w:top w:val=\"nil\"/>"))
        #expect(DocxPackage.elements("w:gridCol", in: head, selfClosing: true).count == 2)
        let rows = DocxPackage.rows(of: head)
        try #require(rows.count == 2 && rows.allSatisfy { $0.count == 2 })
        // The committee's name breaks after "ỦY BAN NHÂN DÂN", as offices set it (LibreOffice broke "HUYỆN A / LƯỚI")
        #expect(DocxPackage.text(rows[0][0]) == "ỦY BAN NHÂN DÂNHUYỆN A LƯỚIHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
        #expect(DocumentHeader.bodyLines("Ủy ban nhân dân huyện A Lưới") == ["ỦY BAN NHÂN DÂN", "HUYỆN A LƯỚI"])
        #expect(DocumentHeader.bodyLines("UBND xã Vân Khê") == ["UBND XÃ VÂN KHÊ"])
        #expect(DocxPackage.text(rows[0][1]) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc")
        #expect(DocxPackage.text(rows[1][0]) == "Số: 07/TTr-HĐTĐKT")
        #expect(DocxPackage.text(rows[1][1]) == "A Lưới, ngày 05 tháng 6 năm 2018")
        // The issuing body is bold, the parent is not.
        #expect(rows[0][0].contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">HỘI ĐỒNG"))
        #expect(!rows[0][0].contains("<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">ỦY BAN"))
    }

    @Test func dataTablesAreRealTablesWithTwoHeaderRows() throws {
        let p = try DocxPackage(try DocxRendering.render(doc))
        let t = try #require(p.tables.first { $0.contains("w:tblHeader") })
        #expect(DocxPackage.elements("w:gridCol", in: t, selfClosing: true).count == 4)
        let rows = DocxPackage.rows(of: t)
        #expect(rows.count == 5)
        #expect(rows[0].count == 3 && rows[1].count == 4)   // STT and name continue their vertical merge
        #expect(rows[0][0].contains("<w:vMerge w:val=\"restart\"/>") && rows[1][0].contains("<w:vMerge/>"))
        #expect(rows[0][2].contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(t.components(separatedBy: "<w:tblHeader/>").count == 3)
        #expect(rows[2].count == 1 && rows[2][0].contains("<w:gridSpan w:val=\"4\"/>"))  // the unit's group row
        #expect(rows[3][3].contains("<w:noWrap/>") && DocxPackage.text(rows[3][3]) == "85,7%")
        #expect(t.contains("<w:top w:val=\"single\""))
    }

    @Test func textIsEscapedAndStylesSetTimesNewRoman() throws {
        let p = try DocxPackage(try DocxRendering.render(doc, fontSize: 13))
        #expect(DocxPackage.text(p.document).contains("Điều 1. Tặng <danh hiệu> & \"tiền\"."))
        #expect(p.document.contains("&lt;danh hiệu&gt; &amp; &quot;tiền&quot;"))
        #expect(p.styles.contains("w:ascii=\"Times New Roman\""))
        #expect(p.styles.contains("<w:sz w:val=\"26\"/>"))   // 13 pt body
        #expect(p.document.contains("<w:pStyle w:val=\"CanCu\"/>"))
        #expect(DocxPackage.text(p.document).contains("- Như trên;- Lưu: VT, NV."))
    }

    @Test func controlCharactersNeverReachTheXML() throws {
        var d = doc
        d.body = [.text("a\u{1B}[31mb\u{7}c\u{0}")]
        let p = try DocxPackage(try DocxRendering.render(d))
        #expect(p.allWellFormed)
        #expect(DocxPackage.text(p.document).contains("a␛[31mb␇c␀"))
    }

    @Test func theProjectsOwnReaderReadsTheText() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-docx-\(UUID().uuidString).docx")
        try DocxRendering.render(doc).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let text = try DocxReader.read(url: url).text
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(text.contains("Nguyễn Văn An"))
    }
}
