@testable import BinhXetUI
import BinhXetText
import Foundation
import Testing

/// How the nomination page's styled lines wrap.
struct StyledWrapTests {
    @Test func anIndentedLineKeepsItsIndentOnEveryLineItWrapsTo() {
        let line: StyledLine = [Span("   "), Span("tự sao chép, trùng tên sáng kiến", .flag),
                                Span(" · tỷ lệ trùng 100% · độ giống 100% · 2 đoạn trùng (1 yếu)", .dim)]
        let lines = StyledWrap.wrap(line, width: 40)
        #expect(lines.count > 1)
        for l in lines {
            let text = l.map(\.text).joined()
            #expect(text.hasPrefix("   ") && !text.hasPrefix("    "), "\(text)")
            #expect(DisplayWidth.of(text) <= 40, "\(text)")
        }
        // Nothing lost or repeated: the words, in order, are the line's.
        let words = lines.flatMap { $0.map(\.text).joined().split(separator: " ") }
        #expect(words == line.map(\.text).joined().split(separator: " "))
        // Styles stay on their characters: the first wrapped word after the indent is still flagged.
        #expect(lines[0].dropFirst().first?.style == .flag)
    }

    @Test func anUnindentedLineWrapsFromColumnZero() {
        let lines = StyledWrap.wrap([Span("một hai ba bốn năm sáu bảy tám chín mười mười một")], width: 20)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { !$0.map(\.text).joined().hasPrefix(" ") })
    }

    @Test func aPathBreaksOnlyAfterASlashAndAFileNameTooWideKeepsItsEnd() {
        let path = "/srv/binhxet/review.desk.documents/2024/kiem-tra-trung-lap-2024-n2024-0003.html"
        let lines = StyledWrap.path(Span("Đã lưu 1 tệp; tệp mới nhất: ", .label), path, style: .input, width: 50)
        let texts = lines.map { $0.map(\.text).joined() }
        #expect(texts.allSatisfy { DisplayWidth.of($0) <= 50 }, "\(texts)")
        // Each line but the last ends at a "/"; together they are the path after the label
        #expect(texts.dropLast().allSatisfy { $0.hasSuffix("/") || $0.hasSuffix(": ") }, "\(texts)")
        #expect(texts.joined().replacingOccurrences(of: "Đã lưu 1 tệp; tệp mới nhất: ", with: "") == path)
        #expect(lines.last?.last?.style == .input)
        // A file name wider than the line: its end, after "…", on a line of its own
        let narrow = StyledWrap.path(Span("Saved: "), path, style: .input, width: 30).map { $0.map(\.text).joined() }
        #expect(narrow.last?.hasPrefix("…") == true, "\(narrow)")
        #expect(narrow.last?.hasSuffix("n2024-0003.html") == true && narrow.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(narrow)")
    }
}
