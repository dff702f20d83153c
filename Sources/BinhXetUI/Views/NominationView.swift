/// The nomination screen: one scrolling page of facts, sources, history and the marked initiative text.
enum NominationView {
    static func draw(_ state: AppState, into buf: inout ScreenBuffer) {
        guard let n = state.nomination, let page = state.nominationPage else { return }
        let s = state.strings
        let layout = PageLayout(state.size)
        var title: StyledLine = [Span(" \(n.id) ", .tabActive)]
        if let d = n.data?.detail {
            title += [Span(" \(d.person.name) · \(s.awardTitleShort(d.nomination.title)) \(d.nomination.year) · "),
                      Span(s.status(d.nomination.status), .label)]
        }
        buf.write(title, x: 0, y: FrameLayout(state.size).titleRow)

        // Passages are numbered and coloured by their source, as in the list of matched sources.
        let marks = n.marks.map {
            MarkedSpan(start: $0.offset, end: $0.offset + $0.length, number: $0.source + 1, style: .passage($0.source),
                       inner: n.sources[$0.source].explanation($0.pair)?.left ?? [])
        }
        let area = layout.page
        for r in 0..<area.height {
            let i = n.scroll + r
            let y = area.y + r
            if i < page.textStart {
                buf.write(page.header[i], x: 1, y: y, limit: state.size.width - 1)
                if page.selectedLines.contains(i) {
                    buf.restyle(Rect(x: 0, y: y, width: state.size.width, height: 1), style: .selection)
                }
            } else if let text = n.textLayout, i - page.textStart < text.lines.count {
                MarkedText.draw(text.lines[i - page.textStart], marks: marks, focused: n.focusedMark, x: 0, y: y,
                                limit: layout.textX + layout.textWidth, into: &buf)
            } else {
                break
            }
        }
    }

    /// "Nguồn 1/2 · Đoạn 2/3 · 4.158 ký tự · mục I–V · yếu": the passage n/N reached, numbered as side by side
    /// and the report number it (the core's reading order and caption), on the message line when there is
    /// no message. Nothing before n is pressed.
    static func positionLine(_ state: AppState, into buf: inout ScreenBuffer) -> Bool {
        guard let n = state.nomination, let f = n.focusedMark, n.marks.indices.contains(f) else { return false }
        let mark = n.marks[f]
        guard n.sources.indices.contains(mark.source) else { return false }
        let s = state.strings
        let source = n.sources[mark.source]
        let caption = s.sourceSide(mark.source + 1, of: n.sources.count) + " · "
            + s.vocabulary.passageCaption(mark.pair + 1, of: source.pairs.count, source.explanation(mark.pair))
        buf.write(" " + caption, x: 0, y: FrameLayout(state.size).messageRow, style: .dim, limit: state.size.width)
        return true
    }
}
