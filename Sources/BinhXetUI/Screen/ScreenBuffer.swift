import BinhXetText

/// An in-memory frame: the grid of cells a view draws into. Views never touch the terminal; the terminal
/// module flushes what changed, and tests read the frame as text.
public struct ScreenBuffer: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Draws text from column `x` on row `y`, at most up to column `limit` (exclusive; default: the right
    /// edge). Never cuts a grapheme: a wide one that does not fit leaves a blank. Returns the column after
    /// the last one written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal,
                               limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        // Most text (NFC Vietnamese, punctuation) is drawn scalar by scalar: each is a grapheme of its own, so
        // the grapheme-break walk, most of a frame's time, is skipped; the cells are the same
        // (`ScreenBufferTests.theScalarPathDrawsWhatTheGraphemePathDraws`).
        if DisplayWidth.allScalarsStandAlone(text) { return writeScalars(text, x: x, y: y, style: style, limit: limit) }
        return writeGraphemes(text, x: x, y: y, style: style, limit: limit)
    }

    /// `write` for text whose every scalar stands alone.
    mutating func writeScalars(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int?) -> Int {
        let end = min(limit ?? width, width)
        var col = x
        for u in text.unicodeScalars {
            if u == "\n" { break }
            let cw = DisplayWidth.of(u)
            let w = cw == 0 ? 1 : cw
            if col + w > end {
                while col < end { if col >= 0 { set(col, y, Cell(" ", style: style)) }; col += 1 }
                break
            }
            if col >= 0 {
                set(col, y, Cell(Cell.drawable(u), style: style))
                if w == 2 { set(col + 1, y, Cell("", style: style)) }
            }
            col += w
        }
        return col
    }

    /// `write` for any text: grapheme by grapheme.
    mutating func writeGraphemes(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int?) -> Int {
        let end = min(limit ?? width, width)
        var col = x
        for c in text {
            if c == "\n" { break }
            let w = Cell.width(of: c)
            if col + w > end {
                // A wide grapheme at the edge: blank the rest rather than draw half of it.
                while col < end { if col >= 0 { set(col, y, Cell(" ", style: style)) }; col += 1 }
                break
            }
            if col >= 0 {
                set(col, y, Cell(Cell.drawable(c), style: style))
                if w == 2 { set(col + 1, y, Cell("", style: style)) }
            }
            col += w
        }
        return col
    }

    /// Writes `text` and pads with spaces of the same style up to column `to`.
    public mutating func writePadded(_ text: some StringProtocol, x: Int, y: Int, to: Int, style: Style = .normal) {
        let next = write(text, x: x, y: y, style: style, limit: to)
        fill(Rect(x: next, y: y, width: to - next, height: 1), style: style)
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(x, y, Cell(" ", style: style)) }
        }
    }

    /// Changes the style of a run of cells without touching their text (selection bars, focused passages).
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = style }
        }
    }

    /// The cells of line `y`.
    func row(_ y: Int) -> [Cell] { Array(cells[y * width..<(y + 1) * width]) }

    /// Replaces line `y` with cells taken from `row` of a frame of the same width.
    mutating func setRow(_ y: Int, _ row: [Cell]) {
        guard y >= 0, y < height, row.count == width else { return }
        cells.replaceSubrange(y * width..<(y + 1) * width, with: row)
    }

    /// Sets one cell, keeping wide graphemes whole: overwriting either half of a wide grapheme blanks the
    /// other half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // A wide grapheme to the left loses its right half.
        if cells[i].isContinuation, !cell.isContinuation, x > 0 { cells[i - 1].grapheme = " " }
        // A wide grapheme starting here loses its left half, so its right half becomes a blank.
        if x + 1 < width, cells[i + 1].isContinuation, !cells[i].isContinuation { cells[i + 1].grapheme = " " }
        cells[i] = cell
    }
}
