import BinhXetText

/// What a `w:rFonts` element says about the encoding of a run's text.
enum FontChoice: Equatable, Sendable {
    /// A Unicode font (Times New Roman, a theme font…).
    case unicode
    /// A TCVN3 or VNI font: the run's characters are legacy bytes.
    case legacy(TextEncoding)

    var encoding: TextEncoding? {
        if case .legacy(let e) = self { return e }
        return nil
    }

    /// The choice made by `w:rFonts` attributes, or nil when they name no font for Latin text (only
    /// East Asian fonts, say), so the run inherits. A legacy font in any of ascii, hAnsi or cs wins: the
    /// high bytes of legacy text are drawn with the hAnsi font, its ASCII with the ascii font, and Word
    /// sets them together when the user picks `.VnTime`.
    init?(attributes: [String: String], names: WordMLNames) {
        let fonts = [names.hAnsi, names.ascii, names.cs].compactMap { attributes[$0] }
        if let legacy = fonts.lazy.compactMap(LegacyVietnamese.encoding(forFontName:)).first {
            self = .legacy(legacy)
        } else if !fonts.isEmpty || attributes[names.asciiTheme] != nil || attributes[names.hAnsiTheme] != nil {
            self = .unicode
        } else {
            return nil
        }
    }
}
