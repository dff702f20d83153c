/// A text cut into screen lines of at most `width` columns: at spaces where it can, inside a word only
/// when the word alone is wider than the line, and never inside a grapheme (a Vietnamese letter with its
/// marks, a wide CJK character).
///
/// Each line remembers where it sits in the text in Unicode scalars, the unit of `PassagePair` offsets,
/// so passages can be found on screen without re-reading the text.
public struct WrappedText: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        /// The graphemes of the line, without the line end.
        public var text: Substring
        /// Offset in Unicode scalars of the first grapheme in the whole text.
        public var scalarStart: Int
        /// Offset just after the last grapheme.
        public var scalarEnd: Int
        /// Columns the line takes; `width - columns` is the padding that keeps a pane aligned.
        public var columns: Int
    }

    public let width: Int
    public let lines: [Line]

    public init(_ text: String, width: Int) {
        self.width = max(1, width)
        lines = WrappedText.wrap(text, width: self.width)
    }

    /// The index of the line showing the grapheme at a scalar offset (the last line when past the end).
    public func line(containingScalar offset: Int) -> Int {
        guard !lines.isEmpty else { return 0 }
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].scalarStart <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    private static func wrap(_ text: String, width: Int) -> [Line] {
        var out: [Line] = []
        var i = text.startIndex
        var scalar = 0
        var lineStart = i, lineScalar = 0, columns = 0
        // The last place the line may end: just after a space.
        var breakIndex: String.Index?
        var breakScalar = 0, breakColumns = 0

        func emit(_ end: String.Index, _ endScalar: Int, _ cols: Int) {
            out.append(Line(text: text[lineStart..<end], scalarStart: lineScalar, scalarEnd: endScalar, columns: cols))
        }

        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            let count = c.unicodeScalars.count
            if c.isNewline {
                emit(i, scalar, columns)
                scalar += count
                i = next
                lineStart = i; lineScalar = scalar; columns = 0; breakIndex = nil
                continue
            }
            let w = Cell.width(of: c)
            if columns + w > width {
                if c == " " {
                    // The space that overflows ends the line and belongs to neither line.
                    emit(i, scalar, columns)
                    scalar += count
                    i = next
                    lineStart = i; lineScalar = scalar; columns = 0; breakIndex = nil
                    continue
                }
                if let b = breakIndex, b > lineStart {
                    emit(b, breakScalar, breakColumns)
                    lineStart = b; lineScalar = breakScalar; columns -= breakColumns
                } else if columns > 0 {
                    emit(i, scalar, columns)
                    lineStart = i; lineScalar = scalar; columns = 0
                }
                breakIndex = nil
            }
            columns += w
            scalar += count
            i = next
            if c == " " { breakIndex = i; breakScalar = scalar; breakColumns = columns }
        }
        if lineStart < text.endIndex || out.isEmpty || text.last?.isNewline == true {
            emit(text.endIndex, scalar, columns)
        }
        return out
    }
}
