import Testing
@testable import BinhXetText

@Suite struct LegacyDecodingTests {
    /// "Chiến sĩ thi đua cơ sở" in TCVN3 (as `iconv -t TCVN5712-1` writes it).
    static let tcvn3Sample: [UInt8] = [0x43, 0x68, 0x69, 0xD5, 0x6E, 0x20, 0x73, 0xDC, 0x20, 0x74, 0x68, 0x69,
                                       0x20, 0xAE, 0x75, 0x61, 0x20, 0x63, 0xAC, 0x20, 0x73, 0xEB]
    /// The same in VNI: "Chieán só thi ñua cô sôû" seen as Latin-1.
    static let vniSample: [UInt8] = [0x43, 0x68, 0x69, 0x65, 0xE1, 0x6E, 0x20, 0x73, 0xF3, 0x20, 0x74, 0x68,
                                     0x69, 0x20, 0xF1, 0x75, 0x61, 0x20, 0x63, 0xF4, 0x20, 0x73, 0xF4, 0xFB]

    /// Bytes as the Latin-1 characters of the same code, as Word keeps legacy-font text.
    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    @Test func tcvn3Sentence() {
        #expect(LegacyVietnamese.decode(Self.tcvn3Sample, as: .tcvn3) == "Chiến sĩ thi đua cơ sở")
    }

    @Test func vniSentence() {
        let text = LegacyVietnamese.decode(Self.vniSample, as: .vni)
        #expect(text == "Chiến sĩ thi đua cơ sở")
        #expect(text.unicodeScalars.count == 22)  // precomposed
    }

    /// TCVN3 (VN3) has capitals only for Ă Â Ê Ô Ơ Ư Đ; a capital with a tone is written with the small
    /// letter's code (the .VnTimeH font draws it as a capital), so it decodes as the small letter.
    @Test func tcvn3Capitals() {
        // "ĐẠI HỌC" typed in .VnTime: § ¹ I  H ä C
        #expect(LegacyVietnamese.decode([0xA7, 0xB9, 0x49, 0x20, 0x48, 0xE4, 0x43], as: .tcvn3) == "ĐạI HọC")
        // Ă Â Ê Ô Ơ Ư Đ and their small letters
        #expect(LegacyVietnamese.decode(Array(0xA1...0xAE), as: .tcvn3) == "ĂÂÊÔƠƯĐăâêôơưđ")
    }

    @Test func vniCapitals() {
        // "ĐẠI HỌC" in VNI: Ñ A Ï I  H O Ï C
        #expect(LegacyVietnamese.decode([0xD1, 0x41, 0xCF, 0x49, 0x20, 0x48, 0x4F, 0xCF, 0x43], as: .vni) == "ĐẠI HỌC")
        // "TRƯỜNG" = T R Ö Ô Ø N G (ư, o, circumflex+grave)
        #expect(LegacyVietnamese.decode([0x54, 0x52, 0xD6, 0x4F, 0xC0, 0x4E, 0x47], as: .vni) == "TRƯỒNG")
        #expect(LegacyVietnamese.decode([0x74, 0x72, 0xF6, 0xF4, 0xF8, 0x6E, 0x67], as: .vni) == "trường")
    }

    /// Every two-byte VNI letter decodes to its precomposed letter, and the single-byte letters too.
    @Test func vniLetters() {
        for p in VNITable.pairs {
            let text = LegacyVietnamese.decode([p.base, p.mark], as: .vni)
            #expect(text.unicodeScalars.map(\.value) == [p.letter])
        }
        for b in VNITable.letterBytes {
            #expect(LegacyVietnamese.decode([b], as: .vni).unicodeScalars.map(\.value) == VNITable.high[Int(b) - 0x80])
        }
    }

    /// vietnamese-conversion's README example: "Xin chào các bạn" → "Xin chaøo caùc baïn".
    @Test func vniAgreesWithVietnameseConversionExample() {
        let bytes = Array("Xin chaøo caùc baïn".unicodeScalars.map { UInt8($0.value) })
        #expect(LegacyVietnamese.decode(bytes, as: .vni) == "Xin chào các bạn")
    }

    /// A mark byte that does not pair with the letter before it still draws its mark there: it decodes to
    /// a combining mark and NFC attaches it (a capital's acute on a small letter, marks on Ư).
    @Test func vniStrayMarksAttach() {
        let out = LegacyDecoder.decode([0x41, 0xF9, 0x20, 0x6E, 0xF9].map(UInt32.init), as: .vni)  // A+acute, n+acute
        #expect(out.text == "Á ń")
        #expect(out.strayMarks == 2)
        #expect(LegacyDecoder.decode([0xF6, 0xF9].map(UInt32.init), as: .vni).strayMarks == 0)  // ứ is a pair
    }

    /// Windows-1252 punctuation in 0x80–0x9F is kept as such by both decoders; ASCII is unchanged.
    @Test func punctuationAndASCII() {
        let bytes: [UInt8] = [0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85, 0x09, 0x0D, 0x0A]
        #expect(LegacyVietnamese.decode(bytes, as: .tcvn3) == "“A” – …\t\r\n")
        #expect(LegacyVietnamese.decode(bytes, as: .vni) == "“A” – …\t\r\n")
        let ascii = Array((0x00...0x7F).map(UInt8.init))
        #expect(Array(LegacyVietnamese.decode(ascii, as: .tcvn3).utf8) == ascii)
        #expect(Array(LegacyVietnamese.decode(ascii, as: .vni).utf8) == ascii)
    }

    /// TCVN 5712's combining tone bytes (0xB0–0xB4) compose with the letter before them, as iconv does.
    @Test func tcvn3CombiningTones() {
        #expect(LegacyVietnamese.decode([0x61, 0xB3, 0x20, 0xA9, 0xB0], as: .tcvn3) == "á ầ")
    }

    @Test func unicodeEncodings() {
        #expect(LegacyVietnamese.decode([0xEF, 0xBB, 0xBF] + Array("Việt".utf8), as: .utf8BOM) == "Việt")
        #expect(LegacyVietnamese.decode(Array("Vie\u{0323}\u{0302}t".utf8), as: .utf8) == "Việt")
        #expect(LegacyVietnamese.decode([0xFF, 0xFE, 0x56, 0x00, 0xC7, 0x1E], as: .utf16LE) == "Vệ")
        #expect(LegacyVietnamese.decode([0x00, 0x56, 0x1E, 0xC7], as: .utf16BE) == "Vệ")
    }

    // MARK: docx runs

    /// A .VnTime run as Word keeps it: TCVN3 bytes as Latin-1 code points.
    @Test func fontTextTCVN3() {
        let run = Self.latin1(Self.tcvn3Sample)
        #expect(LegacyVietnamese.decodeFontText(run, encoding: .tcvn3) == "Chiến sĩ thi đua cơ sở")
        // 1252 punctuation (U+201C…) and C1 code points (U+0093) both stand for their byte.
        #expect(LegacyVietnamese.decodeFontText("\u{201C}\u{A7}i\u{0094}", encoding: .tcvn3) == "“Đi”")
    }

    @Test func fontTextVNI() {
        let run = Self.latin1(Self.vniSample)
        #expect(LegacyVietnamese.decodeFontText(run, encoding: .vni) == "Chiến sĩ thi đua cơ sở")
    }

    /// Real Unicode in a legacy-font run (pasted text) passes through; other encodings are not touched.
    @Test func fontTextPassThrough() {
        #expect(LegacyVietnamese.decodeFontText("Việt \u{AE}\u{B8}", encoding: .tcvn3) == "Việt đá")
        #expect(LegacyVietnamese.decodeFontText("Chi\u{D5}n", encoding: .utf8) == "Chi\u{D5}n")
    }

    @Test(arguments: [
        (".VnTime", TextEncoding.tcvn3), (".VnTimeH", .tcvn3), (".VnArial", .tcvn3), (".VnArialH", .tcvn3),
        (" .vntime ", .tcvn3), (".VnCentury Schoolbook", .tcvn3),
        ("VNI-Times", .vni), ("VNI-Helve", .vni), ("vni-times", .vni), ("VNI-Aptima", .vni),
    ])
    func legacyFontNames(name: String, encoding: TextEncoding) {
        #expect(LegacyVietnamese.encoding(forFontName: name) == encoding)
    }

    @Test(arguments: ["Times New Roman", "Arial", "VNI", "Calibri", "", "Vni"])
    func unicodeFontNames(name: String) {
        #expect(LegacyVietnamese.encoding(forFontName: name) == nil)
    }
}
