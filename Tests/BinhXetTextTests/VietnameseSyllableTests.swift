import Testing
@testable import BinhXetText

@Suite struct VietnameseSyllableTests {
    @Test(arguments: ["Chiến", "sĩ", "thi", "đua", "cơ", "sở", "nghiệp", "người", "trường", "khuyến", "quyết",
                      "hoạch", "gì", "giữ", "ĐẠI", "TRƯờNG", "ươm", "yêu", "oái", "khuỷu", "xoong", "a", "và"])
    func valid(word: String) {
        #expect(VietnameseSyllable.isValid(word.unicodeScalars))
    }

    @Test(arguments: ["Chieỏn", "THCS", "prộsident", "tr\u{AD}êng", "chiến\u{301}", "façade", "hoàchs",
                      "các\u{300}", "tiếc\u{303}", "xyz", "", "bât"])
    func invalid(word: String) {
        #expect(!VietnameseSyllable.isValid(word.unicodeScalars))
    }

    /// A stop final (c, ch, p, t) takes only the acute or the dot below.
    @Test func stopFinalsTakeTwoTones() {
        #expect(VietnameseSyllable.isValid("hát".unicodeScalars))
        #expect(VietnameseSyllable.isValid("hạt".unicodeScalars))
        #expect(!VietnameseSyllable.isValid("hàt".unicodeScalars))
        #expect(!VietnameseSyllable.isValid("hãt".unicodeScalars))
    }
}
