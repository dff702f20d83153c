import BinhXetTestSupport
import BinhXetText
@testable import BinhXetUI
import Testing

/// Wrapping by display width, at spaces where possible, never inside a grapheme.
struct WrappedTextTests {
    @Test func wrapsAtSpacesAndKeepsScalarOffsets() {
        let w = WrappedText("Chiến sĩ thi đua cơ sở", width: 10)
        // "thi đua cơ" fills the line exactly; the space after it ends the line and belongs to neither.
        #expect(w.lines.map { String($0.text) } == ["Chiến sĩ ", "thi đua cơ", "sở"])
        #expect(w.lines[1].scalarStart == "Chiến sĩ ".unicodeScalars.count)
        #expect(w.lines[2].scalarStart == "Chiến sĩ thi đua cơ ".unicodeScalars.count)
        #expect(w.line(containingScalar: 12) == 1)
    }

    @Test func aWordLongerThanTheLineIsCutBetweenGraphemes() {
        let w = WrappedText("Nghiêngnghiêngnghiêng", width: 8)
        #expect(w.lines.map { String($0.text) } == ["Nghiêngn", "ghiêngng", "hiêng"])
    }

    @Test(arguments: [("你好啊", 5, ["你好", "啊"], [4, 2]), ("ab你好", 3, ["ab", "你", "好"], [2, 2, 2])])
    func wideCharactersMoveWholeToTheNextLine(_ text: String, _ width: Int, _ lines: [String], _ columns: [Int]) {
        let w = WrappedText(text, width: width)
        #expect(w.lines.map { String($0.text) } == lines)
        #expect(w.lines.map(\.columns) == columns)
    }

    @Test func nfdTextWrapsLikeNFC() {
        let nfc = "Nguyễn Văn An dạy Toán"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(WrappedText(nfd, width: 9).lines.map(\.columns) == WrappedText(nfc, width: 9).lines.map(\.columns))
    }

    @Test func emptyLinesArePreservedBetweenParagraphs() {
        let w = WrappedText("a\n\nb\n", width: 5)
        #expect(w.lines.map { String($0.text) } == ["a", "", "b", ""])
        #expect(w.lines[2].scalarStart == 3)
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = "Người xưa dạy: 学而时习之, nghĩa là học phải đi đôi với thường xuyên ôn luyện. 👍🏽 xong."
        for width in 3...30 {
            for line in WrappedText(text, width: width).lines {
                #expect(DisplayWidth.of(line.text) <= width, "width \(width): \(line.text)")
            }
        }
    }

    @Test func theScalarPathCutsExactlyLikeTheGraphemePath() throws {
        let text = try String(contentsOf: TestDesk.fixture.appendingPathComponent("documents/SK2017-0007.txt"), encoding: .utf8)
        #expect(DisplayWidth.allScalarsStandAlone(text))
        #expect(!DisplayWidth.allScalarsStandAlone("Cie\u{0302}\u{0301}n"))
        #expect(!DisplayWidth.allScalarsStandAlone("a\r\nb"))
        for width in [7, 20, 35, 58, 115] {
            #expect(WrappedText(text, width: width, scalarPath: true) == WrappedText(text, width: width, scalarPath: false))
        }
    }
}
