import BinhXetTestSupport
import Foundation
import Testing
@testable import BinhXetText

@Suite struct NormalizationTests {
    /// Long lines are normalised in pieces; the result must be Foundation's NFC of the whole text, also
    /// with marks right after the cut points and after line ends.
    @Test func piecewiseNFCEqualsWholeNFC() {
        let words = ["Chie\u{302}\u{301}n", "si\u{303}", "thi", "đua", "co\u{31B}", "so\u{31B}\u{309}", "\u{301}x",
                     "A\u{323}\u{302}", "e\u{301}\u{301}", "\n\u{300}", "中文", "🇻🇳", "Việt"]
        var rng = SeededGenerator(seed: 7)
        var text = ""
        while text.unicodeScalars.count < Normalization.pieceLength * 5 {
            text += words[Int(rng.next() % UInt64(words.count))] + (rng.next() % 3 == 0 ? "" : " ")
        }
        #expect(Normalization.nfc(text) == text.precomposedStringWithCanonicalMapping)
        #expect(Array(Normalization.nfc(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// Every character `nfc` keeps without normalising is a starter that NFC leaves alone.
    @Test func stableCharactersAreNFC() {
        var checked = 0
        for v in UInt32(0)...0x10FFFF where Normalization.isNFCStable(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.properties.canonicalCombiningClass == .notReordered, "U+\(String(v, radix: 16))")
            #expect(Array(String(s).precomposedStringWithCanonicalMapping.unicodeScalars) == [s], "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x300 + 0x100 + 0xBE)
        #expect(!Normalization.isNFCStable(0x0301) && !Normalization.isNFCStable(0x2000) && !Normalization.isNFCStable(0x212B))
    }

    /// NFC text (with or without CRLF) is returned as it is; text needing NFC is normalised.
    @Test func stableTextIsKept() {
        let nfc = "Chiến sĩ thi đua cơ sở – “Đạt” 100 €\n"
        #expect(Normalization.nfc(nfc) == nfc)
        #expect(Array(Normalization.nfc("Chie\u{302}\u{301}n\n").unicodeScalars).count == 6)
    }

    @Test func canonicalText() {
        #expect(Normalization.canonical("\u{FEFF}a\r\nb\rc\n") == "a\nb\nc\n")
        #expect(Normalization.canonical("a\r\nb", newlines: .preserve) == "a\r\nb")
        #expect(Normalization.nfc("ascii only") == "ascii only")
    }

}
