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

    /// Cells a spreadsheet would run as formulas, planted where desk text goes (names, units, titles,
    /// reasons), are written as text; cells that are only numbers stay numbers.
    @Test func csvDisarmsFormulasButKeepsNumbers() {
        let planted = ReportDocument(
            title: "t", groupColumn: "Đơn vị", columns: ["STT", "Họ và tên", "Danh hiệu", "Lý do"],
            sections: [ReportSection(heading: "+cmd|' /C calc'!A0",
                                     rows: [["1", "=HYPERLINK(\"http://x.vn\";\"Nguyễn Văn An\")", "@SUM(A1:A9)", "-2+3"],
                                            ["-3", "+1.5", "12,5%", "\tTab"],
                                            ["2", "\r=1+1", "-", "= an toàn"]])])
        let csv = ReportFormat.csv.render(planted)
        #expect(csv == "\u{FEFF}Đơn vị,STT,Họ và tên,Danh hiệu,Lý do\r\n"
                + "'+cmd|' /C calc'!A0,1,\"'=HYPERLINK(\"\"http://x.vn\"\";\"\"Nguyễn Văn An\"\")\",'@SUM(A1:A9),'-2+3\r\n"
                + "'+cmd|' /C calc'!A0,-3,+1.5,\"12,5%\",'\tTab\r\n"
                + "'+cmd|' /C calc'!A0,2,\u{240D}=1+1,'-,'= an toàn\r\n")
    }

    /// Escape sequences and other controls in desk text reach no format raw: each control becomes one
    /// visible character, and the rest of the sequence is plain text.
    @Test func controlCharactersAreShownNotSent() {
        let hostile = "An\u{1b}]52;c;cm0gLXJmIH4=\u{07} \u{1b}[2J \u{9b}31m \u{7f}\rX"
        let doc = ReportDocument(letterhead: [hostile], title: hostile, meta: [hostile], groupColumn: "Đơn vị",
                                 columns: ["Lý do"], sections: [ReportSection(heading: hostile, intro: [hostile], rows: [[hostile]])],
                                 paragraphs: [hostile], signatures: [hostile])
        for format in ReportFormat.allCases {
            let text = format.render(doc)
            let controls = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "\(format): \(controls.map { String($0.value, radix: 16) })")
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "\(format): a bare CR")
            let shown = "An\u{241B}]52;c;cm0gLXJmIH4=\u{2407} \u{241B}[2J \u{FFFD}31m \u{2421}\u{240D}X"
            let escaped = format == .md ? shown.replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: "[", with: "\\[") : shown
            #expect(text.contains(escaped), "\(format)")
        }
    }
}

/// What the tester found in the report's data (2026-12-07): days for people in CSV, and a flags report
/// whose "Vi phạm quy định" column was empty whatever the nomination broke.
@Suite struct ReportDataTests {
    @Test func aCSVSheetKeepsDaysAsISO() {
        let doc = ReportDocument(title: "T", columns: ["Ngày", "Giờ", "Nội dung"],
                                 sections: [ReportSection(rows: [["02/05/2018", "02/05/2018 08:30", "họp ngày 02/05/2018"],
                                                                 ["31/02/2018", "2/5/2018", "—"]])])
        let csv = ReportFormat.csv.render(doc)
        #expect(csv.contains("\r\n2018-05-02,2018-05-02 08:30,họp ngày 02/05/2018\r\n"), "\(csv)")
        // Not a day (no 31 February), or not written as the reports write days: left as it is
        #expect(csv.contains("\r\n31/02/2018,2/5/2018,—\r\n"), "\(csv)")
        // Printed, the day stays the reader's
        #expect(ReportFormat.md.render(doc).contains("02/05/2018"))
    }

    @Test func theFlagsReportNamesEveryViolationOfTheNominationAndNoWarning() throws {
        let desk = try ReportDesk()
        try withExtendedLifetime(desk) {
            let doc = try desk.store.report(.flags, scope: ReportScope(year: 2018, on: CalendarDay("2018-06-20")!))
            let column = try #require(doc.columns.firstIndex(of: "Vi phạm quy định"))
            let rows = doc.sections.flatMap(\.rows)
            let flags = try desk.store.ruleReview().flags(of: "N2018-0001")
            let violations = flags.filter { $0.severity == .violation }.map(\.check.title)
            #expect(violations.contains(RuleCheck.initiativeNotNovel.title))
            for row in rows where row[1] == "N2018-0001" {
                for title in violations { #expect(row[column].contains(title), "\(title): \(row[column])") }
            }
            // A warning (the off-duty initiative) asks for a look: it is not a rule broken
            for row in rows { #expect(!row[column].contains(RuleCheck.dutyRelevance.title), "\(row)") }
            #expect(rows.contains { !$0[column].isEmpty })
        }
    }
}
