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

    /// Columns a grapheme takes on screen. Control characters (tab, stray CR) and lone zero-width
    /// scalars would take no column and shift everything after them, so they take one and draw as a space.
    public static func width(of c: Character) -> Int {
        let w = DisplayWidth.of(c)
        return w == 0 ? 1 : w
    }

    /// The text actually drawn for a grapheme (a space for what `width(of:)` widened).
    public static func drawable(_ c: Character) -> String {
        DisplayWidth.of(c) == 0 ? " " : String(c)
    }
}
