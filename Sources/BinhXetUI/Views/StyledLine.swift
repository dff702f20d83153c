import BinhXetText

/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .normal) { self.text = text; self.style = style }
}

/// A line made of styled runs.
public typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Draws a styled line from column `x`, clipped at `limit`; returns the column after it.
    @discardableResult
    public mutating func write(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
        var col = x
        for span in line { col = write(span.text, x: col, y: y, style: span.style, limit: limit) }
        return col
    }
}

/// Wraps styled text to a width, splitting spans where lines break (for values that may run long, like a
/// nominee's duties), with a label in front of the first line and its width of blanks before the others.
enum StyledWrap {
    static func labelled(_ label: String, _ value: StyledLine, labelWidth: Int, width: Int) -> [StyledLine] {
        let head = Span(DisplayWidth.fit(label, to: labelWidth), .label)
        let blank = Span(String(repeating: " ", count: labelWidth))
        return wrap(value, width: width - labelWidth).enumerated().map { n, l in [n == 0 ? head : blank] + l }
    }

    /// A label and then a file's path, broken only after a "/": the path's pieces (each folder with its "/",
    /// then the file's name) packed onto lines of `width`, so a name is never cut in two ("…0003.ht" / "ml"
    /// read as another file). A piece wider than a line alone is shown by its end after "…".
    static func path(_ label: Span, _ path: String, style: Style, width: Int) -> [StyledLine] {
        var pieces: [String] = [], piece = ""
        for c in path {
            piece.append(c)
            if c == "/" { pieces.append(piece); piece = "" }
        }
        if !piece.isEmpty { pieces.append(piece) }
        var lines = wrap([label], width: width)
        var used = lines.last.map { DisplayWidth.of($0.map(\.text).joined()) } ?? 0
        for p in pieces {
            var text = p
            if used > 0 && used + DisplayWidth.of(p) > width { lines.append([]); used = 0 }
            if DisplayWidth.of(p) > width { text = "…" + DisplayWidth.suffix(p, fitting: width - 1) }
            if let last = lines[lines.count - 1].last, last.style == style {
                lines[lines.count - 1][lines[lines.count - 1].count - 1].text += text
            } else {
                lines[lines.count - 1].append(Span(text, style))
            }
            used += DisplayWidth.of(text)
        }
        return lines
    }

    /// `line` wrapped to `width`. A line that starts with spaces keeps them on every line it wraps to (a
    /// hanging indent, as `labelled` keeps its label's room), so a source's details never run back to column 0.
    static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        let full = line.map(\.text).joined()
        var styles: [Style] = []
        for span in line { for _ in span.text { styles.append(span.style) } }
        let indent = full.prefix(while: { $0 == " " }).count
        guard indent > 0, indent < full.count, width - indent >= 10 else { return wrapSpans(full, styles, width: width) }
        let pad = Span(String(repeating: " ", count: indent), styles[0])
        return wrapSpans(String(full.dropFirst(indent)), Array(styles.dropFirst(indent)), width: width - indent)
            .map { [pad] + $0 }
    }

    /// `text` wrapped to `width`, each character keeping its style from `styles`.
    private static func wrapSpans(_ text: String, _ styles: [Style], width: Int) -> [StyledLine] {
        let wrapped = WrappedText(text, width: width)
        return wrapped.lines.map { l in
            var g = text.distance(from: text.startIndex, to: l.text.startIndex)
            var spans: StyledLine = []
            for c in l.text {
                let s = g < styles.count ? styles[g] : .normal
                if let last = spans.last, last.style == s {
                    spans[spans.count - 1].text.append(c)
                } else {
                    spans.append(Span(String(c), s))
                }
                g += 1
            }
            return spans
        }
    }
}
