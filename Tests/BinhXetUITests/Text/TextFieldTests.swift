import BinhXetUI
import Testing

/// Typing Vietnamese into a field.
struct TextFieldTests {
    @Test func combiningMarksComposeIntoOneLetter() {
        var f = TextField()
        for u in "Vie\u{0323}\u{0302}t".unicodeScalars { f.insert(u) }
        #expect(f.text == "Việt")
        #expect(f.text.unicodeScalars.count == 4)
    }

    @Test func backspaceRemovesOneGrapheme() {
        var f = TextField("Đạt")
        f.backspace()
        f.backspace()
        #expect(f.text == "Đ")
    }

    @Test func controlCharactersAreNotText() {
        var f = TextField("a")
        f.insert("\u{07}")
        f.insert("\u{7F}")
        #expect(f.text == "a")
    }
}
