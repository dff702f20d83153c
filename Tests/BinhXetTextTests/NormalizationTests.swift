import Foundation
import Testing
@testable import BinhXetText

@Suite struct NormalizationTests {
    /// Long lines are normalised in pieces; the result must be Foundation's NFC of the whole text, also
    /// with marks right after the cut points and after line ends.
    @Test func piecewiseNFCEqualsWholeNFC() {
        let words = ["Chie\u{302}\u{301}n", "si\u{303}", "thi", "đua", "co\u{31B}", "so\u{31B}\u{309}", "\u{301}x",
                     "A\u{323}\u{302}", "e\u{301}\u{301}", "\n\u{300}", "中文", "🇻🇳", "Việt"]
        var rng = SplitMix(seed: 7)
        var text = ""
        while text.unicodeScalars.count < Normalization.pieceLength * 5 {
            text += words[Int(rng.next() % UInt64(words.count))] + (rng.next() % 3 == 0 ? "" : " ")
        }
        #expect(Normalization.nfc(text) == text.precomposedStringWithCanonicalMapping)
        #expect(Array(Normalization.nfc(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func canonicalText() {
        #expect(Normalization.canonical("\u{FEFF}a\r\nb\rc\n") == "a\nb\nc\n")
        #expect(Normalization.canonical("a\r\nb", newlines: .preserve) == "a\r\nb")
        #expect(Normalization.nfc("ascii only") == "ascii only")
    }

    /// A small deterministic generator so the test text is the same on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
