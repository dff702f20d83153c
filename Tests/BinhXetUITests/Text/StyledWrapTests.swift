@testable import BinhXetUI
import BinhXetText
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
}
