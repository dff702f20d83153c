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
        f.insert("\u{9B}")   // C1 CSI: a terminal would start a command with it
        #expect(f.text == "a")
    }

    @Test func invisibleFormatCharactersAreNotText() {
        // A right-to-left override, isolates, marks, zero-width characters and a byte order mark, typed or
        // pasted: shown as blanks and printed raw into a notice, an override made the reason read reversed.
        var f = TextField()
        f.insert("Trùng\u{202E} lặp\u{200B}\u{200F}\u{2066}\u{2069}\u{FEFF}\u{061C}\u{200D}\u{200C}\u{202A}")
        #expect(f.text == "Trùng lặp")
        #expect(f.cursor == 9)
    }

    @Test func typingAtTheCursorInsertsBetweenLetters() {
        var f = TextField("Đt")
        f.moveLeft()
        #expect(f.cursor == 1)
        f.insert("ạ")
        #expect(f.text == "Đạt")
        #expect(f.beforeCursor == "Đạ")
        #expect(f.afterCursor == "t")
    }

    @Test func aCombiningMarkTypedMidFieldJoinsTheLetterBeforeTheCursor() {
        var f = TextField("Vit")
        f.moveLeft()
        for u in "e\u{0323}\u{0302}".unicodeScalars { f.insert(u) }
        #expect(f.text == "Việt")
        #expect(f.cursor == 3)
    }

    @Test func backspaceAndDeleteRemoveTheLetterOnEachSideOfTheCursor() {
        var f = TextField("Nguyễn")
        f.moveToStart()
        f.backspace()  // nothing before the cursor
        #expect(f.text == "Nguyễn")
        f.moveRight(); f.moveRight(); f.moveRight(); f.moveRight()
        f.deleteForward()  // "ễ" whole
        #expect(f.text == "Nguyn")
        f.backspace()  // "y"
        #expect(f.text == "Ngun")
        #expect(f.cursor == 3)
        f.moveToEnd()
        f.deleteForward()  // nothing after the cursor
        #expect(f.text == "Ngun")
        f.moveRight()
        #expect(f.cursor == 4)
    }

    @Test func editingKeysAreApplied() {
        var f = TextField("abc")
        var applied: [Bool] = []
        for key in [Key.home, .char("x"), .end, .left, .delete] { applied.append(f.edit(key)) }
        #expect(applied == [true, true, true, true, true])
        #expect(f.text == "xab")
        let enter = f.edit(.enter), tab = f.edit(.tab)
        #expect(!enter && !tab)
        f.edit(.ctrl("u"))
        #expect(f.text.isEmpty && f.cursor == 0)
    }
}
