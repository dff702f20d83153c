import BinhXetCore
import BinhXetText

/// Side by side: the nomination's initiative on the left, one matched source on the right, each passage
/// pair in the same style and with the same number on both sides.
enum CompareView {
    static func draw(_ state: AppState, into buf: inout ScreenBuffer) {
        guard let n = state.nomination, let c = state.compare, n.sources.indices.contains(c.source),
              let d = n.data?.detail else { return }
        let s = state.strings
        let layout = ComparisonLayout(state.size)
        let source = n.sources[c.source]
        let titleRow = FrameLayout(state.size).titleRow

        // Side titles; the side(s) j/k scroll stand out.
        let leftTitle = " \(s.nominationSide): \(d.nomination.id) · \(d.person.name) · \(d.nomination.year)"
        // What tells the source apart first (its year and what kind of re-use), then who and where: at 80
        // columns the pane cuts the end, and the author's name is the nominee's own for a self re-use.
        var rightTitle = " \(s.sourceSide(c.source + 1, of: n.sources.count)): \(source.id)"
        if let sum = source.summary { rightTitle += " · \(sum.year)" }
        rightTitle += " · \(s.findingKind(source.finding.kind)) \(Percent.of(source.finding.score))"
        if let sum = source.summary { rightTitle += " · \(sum.personName) · \(UnitName.short(sum.unitName))" }
        buf.writePadded(DisplayWidth.fit(leftTitle, to: layout.paneWidth), x: layout.leftX, y: titleRow, to: layout.separatorX,
                        style: c.target != .right ? .tabActive : .tab)
        buf.write("│", x: layout.separatorX, y: titleRow, style: .dim)
        buf.writePadded(DisplayWidth.fit(rightTitle, to: state.size.width - layout.rightX), x: layout.rightX, y: titleRow,
                        to: state.size.width,
                        style: c.target != .left ? .tabActive : .tab)

        let pairs = source.pairs
        // Numbered strongest first (the core's order); inside each, the differing words and template.
        let left = pairs.enumerated().map {
            MarkedSpan(start: $1.offset, end: $1.offset + $1.length, number: $0 + 1, style: .passage($0),
                       inner: source.explanation($0)?.left ?? [])
        }
        let right = pairs.enumerated().map {
            MarkedSpan(start: $1.sourceOffset, end: $1.sourceOffset + $1.sourceLength, number: $0 + 1, style: .passage($0),
                       inner: source.explanation($0)?.right ?? [])
        }
        for r in 0..<layout.paneHeight {
            let y = layout.paneTop + r
            if let l = c.left, c.leftTop + r < l.lines.count {
                MarkedText.draw(l.lines[c.leftTop + r], marks: left, focused: c.focused, x: layout.leftX, y: y,
                                limit: layout.separatorX, into: &buf)
            }
            buf.write("│", x: layout.separatorX, y: y, style: .dim)
            if let rt = c.right, c.rightTop + r < rt.lines.count {
                MarkedText.draw(rt.lines[c.rightTop + r], marks: right, focused: c.focused, x: layout.rightX, y: y,
                                limit: state.size.width, into: &buf)
            }
        }
        if c.right == nil || c.right?.lines.isEmpty == true || n.sourceTexts[source.id]?.isEmpty == true {
            let note = n.sourceTexts[source.id] == nil ? s.loadingSource : s.sourceHasNoText
            buf.write(" " + note, x: layout.rightX, y: layout.paneTop, style: .dim, limit: state.size.width)
        }
    }

    /// "Đoạn 2/5 · 4.158 ký tự · mục I–V · cuộn: cả hai bên" (the core's caption: size without template,
    /// sections spanned, "yếu" when weak), on the message line when there is no message.
    static func positionLine(_ state: AppState, into buf: inout ScreenBuffer) {
        guard let n = state.nomination, let c = state.compare, n.sources.indices.contains(c.source) else { return }
        let s = state.strings
        let source = n.sources[c.source]
        let count = source.pairs.count
        let passage = c.focused.map { s.vocabulary.passageCaption($0 + 1, of: count, source.explanation($0)) }
            ?? (count > 0 ? s.noPassageFocused : s.noPassagesReason)
        buf.write(" \(passage) · \(s.scrollTarget(c.target))", x: 0, y: FrameLayout(state.size).messageRow, style: .dim)
    }
}
