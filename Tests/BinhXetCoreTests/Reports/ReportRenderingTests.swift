import BinhXetCore
import Testing

@Suite struct ReportRenderingTests {
    /// A document whose text tries to break every format.
    let doc = ReportDocument(
        letterhead: ["UBND HUYỆN A LƯỚI"], title: "Thử <b>đậm</b> & \"nháy\"", meta: ["# không phải tiêu đề"],
        groupColumn: "Đơn vị", columns: ["STT", "Lý do"],
        sections: [ReportSection(heading: "Trường *THCS* Hồng Kim",
                                 rows: [["1", "a | b, \"c\"\nd <script>alert(1)</script>"], ["2", " khoảng trắng "]])],
        paragraphs: ["Đoạn [liên kết](x) _nghiêng_"], signatures: ["CHỦ TỊCH"])

    @Test func csvQuotesWhatSpreadsheetsWouldSplit() {
        let csv = ReportFormat.csv.render(doc)
        #expect(csv == "\u{FEFF}Đơn vị,STT,Lý do\r\n"
                + "Trường *THCS* Hồng Kim,1,\"a | b, \"\"c\"\"\nd <script>alert(1)</script>\"\r\n"
                + "Trường *THCS* Hồng Kim,2,\" khoảng trắng \"\r\n")
    }

    @Test func markdownEscapesMarkupAndKeepsTablesWhole() {
        let md = ReportFormat.md.render(doc)
        #expect(md.contains("# Thử \\<b\\>đậm\\</b\\> & \"nháy\"\n"))
        #expect(md.contains("\\# không phải tiêu đề"))
        #expect(md.contains("## Trường \\*THCS\\* Hồng Kim"))
        #expect(md.contains("| 1 | a \\| b, \"c\"<br>d \\<script\\>alert(1)\\</script\\> |"))
        #expect(md.contains("Đoạn \\[liên kết\\](x) \\_nghiêng\\_"))
    }

    @Test func htmlEscapesEveryPieceOfDeskText() {
        let html = ReportFormat.html.render(doc)
        #expect(html.contains("<title>Thử &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;nháy&quot;</title>"))
        #expect(html.contains("<td>a | b, &quot;c&quot;<br>d &lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(!html.contains("<script>"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"))
    }

    @Test func diacriticsSurviveInEveryFormat() {
        for format in ReportFormat.allCases {
            let text = format.render(doc)
            // (CSV carries the tables only, not the letterhead)
            #expect(text.contains("Hồng Kim") && text.contains("Đơn vị") == (format == .csv), "\(format)")
            #expect(text.contains("LƯỚI") == (format != .csv), "\(format)")
            #expect(text.unicodeScalars.allSatisfy { !(0x0300...0x036F).contains($0.value) }, "\(format): NFC")
        }
    }
}
