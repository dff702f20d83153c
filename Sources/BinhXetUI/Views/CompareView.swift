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

        // Side titles; the side(s) j/k scroll stand out. Each is what tells the side apart (the source's year
        // and kind of re-use first), then who and where: the author's name is the nominee's own for a self
        // re-use. On half screens narrower than `ComparisonLayout.oneTitleRowWidth` the who and where take
        // a second row, so neither is cut.
        let leftParts = (head: " \(s.nominationSide): \(d.nomination.id) · \(d.nomination.year)",
                         who: "\(d.person.name) · \(UnitName.short(d.unit.name))")
        let rightHead = " \(s.sourceSide(c.source + 1, of: n.sources.count)) · " + (source.summary.map { "\($0.year) · " } ?? "")
        // The share re-used ends the row whole; the kind's words give way for it ("another person's 9…" at 80).
        let percent = " " + Percent.of(source.finding.score)
        let kindRoom = state.size.width - layout.rightX - DisplayWidth.of(rightHead + percent)
        let kind = (layout.titleRows == 2 ? DisplayWidth.cut(s.findingKind(source.finding.kind), to: max(1, kindRoom))
                                          : s.findingKind(source.finding.kind)) + percent
        let rightParts = (head: rightHead + kind,
                          who: (source.summary.map { "\($0.personName) · \(UnitName.short($0.unitName)) · " } ?? "") + source.id)
        func rows(_ p: (head: String, who: String)) -> [String] {
            layout.titleRows == 2 ? [p.head, " " + p.who] : [p.head + " · " + p.who]
        }
        let (leftTitles, rightTitles) = (rows(leftParts), rows(rightParts))
        for (row, (left, right)) in zip(leftTitles, rightTitles).enumerated() {
            buf.writePadded(DisplayWidth.fit(left, to: layout.paneWidth), x: layout.leftX, y: titleRow + row,
                            to: layout.separatorX, style: c.target != .right ? .tabActive : .tab)
            buf.write("│", x: layout.separatorX, y: titleRow + row, style: .dim)
            // The source's id ends the right title and is never cut (a member names the dossier by it aloud;
            // at 80 columns it read "· N2023-00…"): the name or unit before it gives way, as a message's key hint.
            let rightWidth = state.size.width - layout.rightX
            let fitted = row == rightTitles.count - 1 ? Chrome.fittedMessage(right, to: rightWidth) : right
            buf.writePadded(DisplayWidth.fit(fitted, to: rightWidth), x: layout.rightX, y: titleRow + row,
                            to: state.size.width, style: c.target != .left ? .tabActive : .tab)
        }

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
