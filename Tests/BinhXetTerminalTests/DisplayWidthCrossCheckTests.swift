import BinhXetTestSupport
import BinhXetText
import CGlibcExtras
import Foundation
import Testing
@testable import BinhXetTerminal

/// The UI lays text out with BinhXetText's built-in width table (so its tests do not depend on the
/// locale); the terminal draws with the C library's idea of width. They must agree on what we show.
@MainActor
struct DisplayWidthCrossCheckTests {
    @Test(arguments: ["Chiến sĩ thi đua cơ sở", "Nguyễn Văn An · Trường THCS Hồng Kim", "学而时习之",
                      "Cie\u{0302}\u{0301}n", "ĐẠI HỌC Đồng Tháp", "gà thả vườn ▸ 1│", "── Lịch sử ──"])
    func builtInTableAgreesWithWcswidth(_ text: String) {
        Curses.ensureUTF8Locale()
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        #expect(Int(wcswidth(wide, wide.count)) == DisplayWidth.of(text))
    }

    /// Random mixes of what the desk shows (Vietnamese letters and marks, CJK, box drawing, symbols).
    @Test func randomTextsAgree() {
        Curses.ensureUTF8Locale()
        let pieces = ["a", "Đ", "ệ", "e\u{0302}\u{0301}", "ư", "学", "─", "│", "▸", "·", "€", " ", "1", "中文", "ỷ"]
        var rng = SeededGenerator(printingSeedFor: "DisplayWidthCrossCheckTests.randomTextsAgree")
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            #expect(Int(wcswidth(wide, wide.count)) == DisplayWidth.of(text), "\(text), seed \(rng.seed)")
        }
    }
}
