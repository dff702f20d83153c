import BinhXetText

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
        self.init(text, width: width, scalarPath: DisplayWidth.allScalarsStandAlone(text))
    }

    /// `scalarPath: false` forces the grapheme walk (tests compare the two paths).
    init(_ text: String, width: Int, scalarPath: Bool) {
        self.width = max(1, width)
        lines = WrappedText.wrap(text, width: self.width, scalarPath: scalarPath)
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

    /// One step along the text: the next grapheme (or scalar, on the fast path).
    private struct Step {
        var next: String.Index
        var width: Int
        var scalars: Int
        var isNewline: Bool
        var isSpace: Bool
    }

    private static func wrap(_ text: String, width: Int, scalarPath: Bool) -> [Line] {
        // Iterating Characters runs the grapheme-break algorithm on every letter. Text whose every scalar
        // is a grapheme of its own (NFC Vietnamese, CJK, punctuation: no combining marks, joiners, jamo or
        // CR) is walked by scalars instead, several times faster; anything else takes the general path.
        if scalarPath {
            let scalars = text.unicodeScalars
            return wrap(text, width: width) { i in
                let u = scalars[i]
                let w = DisplayWidth.of(u)
                return Step(next: scalars.index(after: i), width: w == 0 ? 1 : w, scalars: 1,
                            isNewline: u == "\n", isSpace: u == " ")
            }
        }
        return wrap(text, width: width) { i in
            let c = text[i]
            return Step(next: text.index(after: i), width: Cell.width(of: c), scalars: c.unicodeScalars.count,
                        isNewline: c.isNewline, isSpace: c == " ")
        }
    }

    private static func wrap(_ text: String, width: Int, step: (String.Index) -> Step) -> [Line] {
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
            let s = step(i)
            // A line end, or a space that overflows, ends the line and belongs to neither line.
            if s.isNewline || (s.isSpace && columns + s.width > width) {
                emit(i, scalar, columns)
                scalar += s.scalars
                i = s.next
                lineStart = i; lineScalar = scalar; columns = 0; breakIndex = nil
                continue
            }
            if columns + s.width > width {
                if let b = breakIndex, b > lineStart {
                    emit(b, breakScalar, breakColumns)
                    lineStart = b; lineScalar = breakScalar; columns -= breakColumns
                } else if columns > 0 {
                    emit(i, scalar, columns)
                    lineStart = i; lineScalar = scalar; columns = 0
                }
                breakIndex = nil
            }
            columns += s.width
            scalar += s.scalars
            i = s.next
            if s.isSpace { breakIndex = i; breakScalar = scalar; breakColumns = columns }
        }
        if lineStart < text.endIndex || out.isEmpty || text.last?.isNewline == true {
            emit(text.endIndex, scalar, columns)
        }
        return out
    }
}
