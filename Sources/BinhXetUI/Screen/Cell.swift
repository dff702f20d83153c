import BinhXetText

/// One terminal cell: the grapheme drawn in it and what it means.
///
/// A wide grapheme (CJK, emoji) lives in its first cell; the cell it covers is a continuation with no
/// text of its own, so a frame never holds half a character (ratatui's covered-cell rule).
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn here; empty for the covered half of a wide grapheme.
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .normal) {
        self.grapheme = grapheme
        self.style = style
    }

    /// The covered right half of a wide grapheme.
    public var isContinuation: Bool { grapheme.isEmpty }

    /// A blank cell.
    public static let blank = Cell()

    /// Columns a grapheme takes on screen. Control characters (tab, stray CR, ESC) and lone zero-width
    /// scalars would take no column and shift everything after them, so they take one.
    public static func width(of c: Character) -> Int {
        let w = DisplayWidth.of(c)
        return w == 0 ? 1 : w
    }

    /// The text actually drawn for a grapheme. What `width(of:)` widened draws as a space, except control
    /// characters other than tab and invisible format characters: they draw as their picture (␛, ␇, U+FFFD
    /// for C1 and bidi controls), so an escape sequence or a right-to-left override in a name or an
    /// initiative is seen on screen and never reaches the terminal as a command.
    public static func drawable(_ c: Character) -> String {
        guard DisplayWidth.of(c) == 0 else {
            // A zero-width joiner after a letter is part of its grapheme: left out, as it shows nothing.
            let scalars = c.unicodeScalars
            guard scalars.count > 1, scalars.contains(where: ControlPictures.isInvisibleFormat) else { return String(c) }
            return String(String.UnicodeScalarView(scalars.filter { !ControlPictures.isInvisibleFormat($0) }))
        }
        if let u = c.unicodeScalars.first, ControlPictures.isHidden(u), u != "\t" {
            return String(ControlPictures.picture(for: u))
        }
        return " "
    }

    /// `drawable` of a scalar that is a grapheme of its own (`DisplayWidth.allScalarsStandAlone`).
    public static func drawable(_ u: Unicode.Scalar) -> String {
        guard DisplayWidth.of(u) == 0 else { return String(u) }
        if ControlPictures.isHidden(u), u != "\t" { return String(ControlPictures.picture(for: u)) }
        return " "
    }
}
