import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// A member pasting a long text into a dialog: the terminal delivers it one key per character.
struct PasteStoriesTests {
    /// 10 KB pasted key by key into the middle of a reason, through the same update loop the terminal
    /// drives, gives exactly the pasted text in NFC (marks composed with their letters, C1 controls
    /// dropped) between what was there. No timing here: `binhxet-lab bench-ui` measures the paste.
    @Test func aTenKilobytePasteLandsWhole() throws {
        let seed: UInt64 = 20261206
        print("PasteStoriesTests seed \(seed)")
        var rng = SeededGenerator(seed: seed)
        let words = ["Chie\u{302}\u{301}n", "sĩ", "thi", "đua", "co\u{31B}", "so\u{31B}\u{309}", "\u{301}x", "A\u{323}\u{302}",
                     "e\u{301}\u{301}", "中文", "🇻🇳", "Việt", "100%", "(3)", "\u{9B}31m", "“trùng”"]
        var paste = ""
        while paste.utf8.count < 10_000 {
            paste += words[Int(rng.next() % UInt64(words.count))] + (rng.next() % 4 == 0 ? "" : " ")
        }
        let h = try Harness()
        h.open("N2018-0001")
        h.press("b")                               // the supplement dialog: its field takes any text
        h.type("Thiếu  biên bản")
        for _ in 0..<" biên bản".count { h.press(.left) }
        for u in paste.unicodeScalars { h.driver.send(.key(.char(u))) }
        guard case .decision(let d)? = h.state.modal else { Issue.record("the dialog closed"); return }
        let expected = ("Thiếu " + paste.replacingOccurrences(of: "\u{9B}", with: "")).precomposedStringWithCanonicalMapping
        #expect(d.field.beforeCursor == expected)
        #expect(d.field.afterCursor == " biên bản")
        #expect(Array(d.field.text.unicodeScalars) == Array((expected + " biên bản").unicodeScalars))
    }

    /// Keys that arrive together go through `send(keys:)`, which types the search's characters as one
    /// text: the desk ends exactly where the same keys one by one would have left it.
    @Test func keysThatArriveTogetherActAsTheyDoOneByOne() throws {
        let keys: [Key] = ["/", "n", "g", "u", "y", "e", "n"].map { .char($0) } + [.down] + " van".unicodeScalars.map { .char($0) }
            + [.backspace, .char("n"), .enter, .down, .char("/"), .char("x"), .escape, .char("j")]
        let oneByOne = try Harness(), together = try Harness()
        for k in keys { oneByOne.driver.send(.key(k)) }
        together.driver.send(keys: keys)
        #expect(together.state.queue.search == oneByOne.state.queue.search)
        #expect(together.state.queue.visible == oneByOne.state.queue.visible)
        #expect(together.state.queue.selected == oneByOne.state.queue.selected)
        #expect(together.text == oneByOne.text)
        // A paste into the search lands whole; nothing matches it.
        together.driver.send(keys: [.char("/")] + String(repeating: "Nguyễn Văn An ", count: 800).unicodeScalars.map { .char($0) })
        #expect(together.state.queue.search.text == String(repeating: "Nguyễn Văn An ", count: 800))
        #expect(together.state.queue.visible.isEmpty)
        // Keys after a quit are dropped.
        together.driver.send(keys: [.escape, .escape, .char("q"), .char("/")])
        #expect(together.driver.isFinished)
        #expect(!together.state.queue.searching)
    }
}
