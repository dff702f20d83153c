// MARK: - Frames as text, for snapshots and tmux-like assertions

extension ScreenBuffer {
    /// One text line per row, covered halves skipped, trailing blanks trimmed: what a plain-text screen dump
    /// (tmux capture-pane) shows.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let c = self[x, y]
                if !c.isContinuation { line += c.grapheme }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole frame as text, rows separated by newlines.
    public var plainText: String { lines.joined(separator: "\n") + "\n" }

    /// Runs of styled cells, one line per row that has any: `row 3: 0-79 selection, 5-12 match1`.
    /// `normal` runs are left out so a style snapshot shows only what is emphasised.
    public var styleRuns: String {
        var out = ""
        for y in 0..<height {
            var runs: [String] = []
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x + 1
                while end < width && self[end, y].style == style { end += 1 }
                if style != .normal { runs.append("\(x)-\(end - 1) \(style.name)") }
                x = end
            }
            if !runs.isEmpty { out += "row \(y): " + runs.joined(separator: ", ") + "\n" }
        }
        return out
    }

    /// Rows whose cells have a given style, with the text of those cells: lets a test say "the focused
    /// passage shows this text" without a snapshot.
    public func text(styled style: Style) -> [String] {
        (0..<height).compactMap { y in
            var s = ""
            for x in 0..<width where self[x, y].style == style && !self[x, y].isContinuation { s += self[x, y].grapheme }
            return s.isEmpty ? nil : s
        }
    }
}
