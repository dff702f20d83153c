import BinhXetText
import Testing

/// Stored text printed to a terminal or into a notice: controls and invisible format characters show as
/// stand-ins, one scalar for one.
struct ControlPicturesTests {
    static let formats: [UInt32] = [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                    0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x061C]

    @Test func controlsShowAsPictures() {
        #expect(ControlPictures.visible("a\u{1B}[2Jb\u{9B}") == "a\u{241B}[2Jb\u{FFFD}")
        #expect(ControlPictures.visible("dòng 1\ndòng 2", keeping: .lines) == "dòng 1\ndòng 2")
    }

    @Test(arguments: formats)
    func anInvisibleFormatCharacterShowsAsAReplacement(_ value: UInt32) {
        let u = Unicode.Scalar(value)!
        // An imported reason "Trùng lặp" with a right-to-left override would print reading "pặl gnùrT".
        var text = "Trùng "
        text.unicodeScalars.append(u)
        text += "lặp"
        #expect(ControlPictures.needsReplacing(text))
        #expect(ControlPictures.visible(text) == "Trùng \u{FFFD}lặp")
        #expect(ControlPictures.visible(text, keeping: .lineEnds) == "Trùng \u{FFFD}lặp")
        #expect(ControlPictures.isHidden(u))
    }

    @Test func vietnameseAndItsNeighboursAreLeftAlone() {
        // Scalars whose UTF-8 shares bytes with the format characters: “ ” – … ₫ ‹ and Arabic-block letters.
        let text = "Nguyễn Văn Đức “Lạc Hòa” – 1.000 ₫ … ‹› \u{2065}\u{2070}\u{202F}\u{2030}\u{200A}\u{0619}\u{061D}\u{FEFE}\u{FF01}"
        #expect(!ControlPictures.needsReplacing(text))
        #expect(ControlPictures.visible(text) == text)
        for u in text.unicodeScalars { #expect(!ControlPictures.isHidden(u)) }
    }

    @Test func aCSVKeepsItsByteOrderMarkFirstOnly() {
        // A CSV report written to standard output starts with a BOM for spreadsheet programs.
        #expect(!ControlPictures.needsReplacing("\u{FEFF}a;b\r\n", .lineEnds))
        #expect(ControlPictures.visible("\u{FEFF}a;b\r\n", keeping: .lineEnds) == "\u{FEFF}a;b\r\n")
        #expect(ControlPictures.visible("\u{FEFF}a\u{FEFF}", keeping: .lineEnds) == "\u{FEFF}a\u{FFFD}")
        #expect(ControlPictures.visible("\u{FEFF}a", keeping: .lines) == "\u{FFFD}a")
    }
}

