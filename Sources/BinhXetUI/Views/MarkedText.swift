import BinhXetSimilarity

/// A matched passage as drawn: its scalar range in the text, the number shown in the gutter and its style.
struct MarkedSpan {
    var start: Int
    var end: Int
    var number: Int
    var style: Style
    /// The core's word alignment of this side (`AlignedSpan`s over the same range): words that differ
    /// from the other side and template are drawn in their own styles. Empty: the whole passage in `style`.
    var inner: [AlignedSpan] = []
}

/// Draws one wrapped line of a text with its matched passages styled, and a gutter that numbers them so a
/// plain-text dump or a monochrome terminal still shows which lines belong to which passage.
enum MarkedText {
    /// Gutter: `▸` on the lines of the focused passage, its number (two columns), a rule. `focused` indexes
    /// `marks`; that passage is drawn as `.matchFocused`. Inside any passage, template is
    /// `.matchTemplate` and differing words `.matchChanged`.
    static func draw(_ line: WrappedText.Line, marks: [MarkedSpan], focused: Int?, x: Int, y: Int,
                     limit: Int, into buf: inout ScreenBuffer) {
        // An empty line (between paragraphs) belongs to a passage that runs across it.
        let empty = line.scalarEnd == line.scalarStart
        let here = marks.indices.filter { i in
            empty ? marks[i].start <= line.scalarStart && line.scalarStart < marks[i].end
                : marks[i].start < line.scalarEnd && marks[i].end > line.scalarStart
        }
        let focusHere = focused.flatMap { here.contains($0) ? $0 : nil }
        var gutter = focusHere != nil ? "▸" : " "
        if let shown = focusHere ?? here.first {
            let n = marks[shown].number
            gutter += n < 10 ? " \(n)" : n < 100 ? "\(n)" : "++"
        } else {
            gutter += "  "
        }
        buf.write(gutter + "│", x: x, y: y, style: .gutter)

        // The inner spans on this line that change the look, per passage here.
        let inner: [Int: [AlignedSpan]] = Dictionary(uniqueKeysWithValues: here.map { i in
            (i, marks[i].inner.filter { ($0.template || $0.difference != .same) && $0.start < line.scalarEnd && $0.end > line.scalarStart })
        })
        var col = x + PageLayout.gutterWidth
        var scalar = line.scalarStart
        var run = ""
        var runStyle: Style = .normal
        for c in line.text {
            var style: Style = .normal
            var owner: Int?
            for i in here where scalar >= marks[i].start && scalar < marks[i].end {
                if i == focusHere { style = .matchFocused; owner = i; break }
                if style == .normal { style = marks[i].style; owner = i }
            }
            if let owner, let span = inner[owner]?.first(where: { scalar >= $0.start && scalar < $0.end }) {
                style = span.template ? .matchTemplate : .matchChanged
            }
            if style != runStyle && !run.isEmpty {
                col = buf.write(run, x: col, y: y, style: runStyle, limit: limit)
                run = ""
            }
            runStyle = style
            run.append(c)
            scalar += c.unicodeScalars.count
        }
        if !run.isEmpty { buf.write(run, x: col, y: y, style: runStyle, limit: limit) }
    }
}
