@testable import BinhXetText
import BinhXetTestSupport
import Testing

/// Text whose every scalar stands alone is measured and cut scalar by scalar (no grapheme breaking, most of
/// a frame's time); the results must be the grapheme walk's, for any such text.
struct DisplayWidthScalarPathTests {
    /// Scalars that stand alone: ASCII, tab and line feed, Latin-1 (soft hyphen among them), Vietnamese
    /// precomposed, punctuation, box drawing, wide CJK and fullwidth forms.
    static let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "1", ".", "\t", "\n", "\u{A0}", "\u{AD}", "é", "Đ", "đ", "ơ",
                                             "ư", "ế", "ạ", "ỹ", "Ữ", "–", "…", "“", "€", "→", "─", "│", "学", "习", "。",
                                             "ア", "Ａ", "\u{2FF}"]
    /// Scalars that may join a neighbour (combining marks, joiner, variation selector, CR): the general path.
    static let joiners: [Unicode.Scalar] = ["\u{0301}", "\u{0302}", "\u{200D}", "\u{FE0F}", "\r", "\u{1F600}"]

    @Test func theScalarPathMeasuresAndCutsAsTheGraphemeWalk() {
        var rng = SeededGenerator(printingSeedFor: "DisplayWidthScalarPathTests.theScalarPathMeasuresAndCutsAsTheGraphemeWalk")
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &rng) { text.append(Self.alphabet.randomElement(using: &rng)!) }
            let s = String(text)
            #expect(DisplayWidth.allScalarsStandAlone(s))
            #expect(DisplayWidth.of(s) == DisplayWidth.graphemeWidth(s), "\(s.unicodeScalars.map { $0.value })")
            for width in 0...(DisplayWidth.of(s) + 1) {
                #expect(DisplayWidth.prefix(s, fitting: width) == DisplayWidth.graphemePrefix(Substring(s), fitting: width),
                        "\(s.unicodeScalars.map { $0.value }) in \(width)")
            }
        }
    }

    @Test func textWithAJoiningScalarTakesTheGeneralPath() {
        for j in Self.joiners {
            let s = "Chie" + String(j) + "n"
            #expect(!DisplayWidth.allScalarsStandAlone(s))
            #expect(DisplayWidth.of(s) == DisplayWidth.graphemeWidth(s))
        }
        // NFD Vietnamese is one column a letter either way
        #expect(DisplayWidth.of("Chie\u{0302}\u{0301}n") == 5)
    }
}
