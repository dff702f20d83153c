@testable import BinhXetUI
import BinhXetTestSupport
import BinhXetText
import Testing

/// The cell grid keeps wide graphemes whole and never cuts one.
struct ScreenBufferTests {
    @Test func aWideCharacterTakesTwoCellsTheSecondCovered() {
        var b = ScreenBuffer(size: Size(width: 6, height: 1))
        let end = b.write("a学b", x: 0, y: 0)
        #expect(end == 4)
        #expect(b[1, 0].grapheme == "学")
        #expect(b[2, 0].isContinuation)
        #expect(b.lines == ["a学b"])
    }

    @Test func aWideCharacterThatDoesNotFitLeavesABlank() {
        var b = ScreenBuffer(size: Size(width: 4, height: 1))
        b.write("abc学", x: 0, y: 0)
        #expect(b.lines == ["abc"])
        #expect(b[3, 0].grapheme == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = ScreenBuffer(size: Size(width: 4, height: 1))
        b.write("学习", x: 0, y: 0)
        b.write("x", x: 1, y: 0)      // the right half of 学
        #expect(b.lines == [" x习"])
        b.write("y", x: 2, y: 0)      // the left half of 习
        #expect(b.lines == [" xy"])
        #expect(!b[3, 0].isContinuation)
    }

    @Test func vietnameseLettersWithMarksTakeOneCellEach() {
        var b = ScreenBuffer(size: Size(width: 10, height: 1))
        // NFD: e + circumflex + acute is one grapheme, one cell.
        let end = b.write("Chie\u{0302}\u{0301}n", x: 0, y: 0)
        #expect(end == 5)
        #expect(b[3, 0].grapheme == "e\u{0302}\u{0301}")
    }

    @Test func aTabIsDrawnAsOneBlankCell() {
        var b = ScreenBuffer(size: Size(width: 5, height: 1))
        #expect(b.write("a\tb", x: 0, y: 0) == 3)
        #expect(b.lines == ["a b"])
    }

    @Test func styleRunsListOnlyEmphasis() {
        var b = ScreenBuffer(size: Size(width: 8, height: 2))
        b.write("ab", x: 0, y: 0)
        b.write("cd", x: 3, y: 0, style: .match(1))
        b.fill(Rect(x: 0, y: 1, width: 8, height: 1), style: .selection)
        #expect(b.styleRuns == "row 0: 3-4 match1\nrow 1: 0-7 selection\n")
    }
}

/// Narrow queue columns show unit names the way clerks shorten them.
struct UnitNameTests {
    @Test(arguments: [("Trường THCS Hồng Kim", "THCS Hồng Kim"), ("Trường Tiểu học Phú Vinh", "TH Phú Vinh"),
                      ("Ủy ban nhân dân xã Hồng Kim", "UBND xã Hồng Kim"), ("Trạm Y tế xã Vân Khê", "TYT xã Vân Khê"),
                      ("Phòng Nội vụ", "Phòng Nội vụ")])
    func shortens(_ name: String, _ short: String) {
        #expect(UnitName.short(name) == short)
    }

    /// A control character in desk text takes one cell and shows as its picture, so an escape sequence
    /// is seen, not obeyed; a tab stays a blank.
    @Test func controlCharactersDrawAsTheirPictures() {
        var b = ScreenBuffer(size: Size(width: 20, height: 1))
        let end = b.write("a\u{1b}[2Jb\u{9b}c\u{07}\td\u{7f}", x: 0, y: 0)
        #expect(end == 12)
        #expect(b.lines == ["a\u{241B}[2Jb\u{FFFD}c\u{2407} d\u{2421}"])
        #expect(b.cells.allSatisfy { $0.grapheme.unicodeScalars.allSatisfy { !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) } })
    }

    /// Text whose every scalar stands alone is drawn scalar by scalar; the cells must be the grapheme walk's,
    /// at any column and limit, over wide characters already on the row.
    @Test func theScalarPathDrawsWhatTheGraphemePathDraws() {
        var rng = SeededGenerator(printingSeedFor: "ScreenBufferTests.theScalarPathDrawsWhatTheGraphemePathDraws")
        let alphabet: [Unicode.Scalar] = ["a", " ", "\t", "\n", "\u{AD}", "\u{1B}", "é", "Đ", "ế", "ỹ", "…", "学", "Ａ", "─"]
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...14, using: &rng) { text.append(alphabet.randomElement(using: &rng)!) }
            let s = String(text)
            guard DisplayWidth.allScalarsStandAlone(s) else { continue }
            var a = ScreenBuffer(size: Size(width: 12, height: 1))
            a.write("学习x学习", x: Int.random(in: 0...3, using: &rng), y: 0)
            var b = a
            let x = Int.random(in: -2...11, using: &rng), limit = Bool.random(using: &rng) ? nil : Int.random(in: 0...12, using: &rng)
            let endA = a.writeScalars(s, x: x, y: 0, style: .flag, limit: limit)
            let endB = b.writeGraphemes(s, x: x, y: 0, style: .flag, limit: limit)
            #expect(endA == endB && a == b, "\(s.unicodeScalars.map { $0.value }) at \(x) limit \(String(describing: limit))")
        }
    }
}
