// MARK: - Matched passages and sources

extension AppState {
    /// Opens (or, on the side-by-side screen, switches to) a source, focused on its first passage, or on the
    /// passage n/N reached on the page when it is this source's (both screens number passages alike).
    mutating func openSideBySide(source: Int) -> [Effect] {
        guard let n = nomination, n.sources.indices.contains(source) else { return [] }
        var c = CompareState(source: source)
        c.focused = n.sources[source].pairs.isEmpty ? nil : 0
        if screen == .nomination, let f = n.focusedMark, n.marks.indices.contains(f), n.marks[f].source == source {
            c.focused = n.marks[f].pair
        }
        if let old = compare { c.target = old.target; c.left = old.left }
        compare = c
        if screen != .compare { stack.append(.compare) }
        nomination?.selectedSource = source
        relayout()
        alignOnFocused()
        let id = n.sources[source].id
        return n.sourceTexts[id] == nil ? [.loadSourceText(id)] : []
    }

    /// Brings the focused passage to the same row on both sides.
    mutating func alignOnFocused() {
        guard var c = compare, let f = c.focused, let n = nomination, n.sources.indices.contains(c.source),
              let left = c.left else { return }
        let pairs = n.sources[c.source].pairs
        guard pairs.indices.contains(f) else { return }
        let l = left.line(containingScalar: pairs[f].offset)
        let anchor = ComparisonLayout(size).focusRow
        if let right = c.right, !right.lines.isEmpty {
            let r = right.line(containingScalar: pairs[f].sourceOffset)
            // Near the top of either text the anchor shrinks, so both passages still share a row.
            let a = min(anchor, l, r)
            c.leftTop = l - a
            c.rightTop = r - a
        } else {
            c.leftTop = max(0, l - anchor)
        }
        compare = c
    }

    mutating func stepPassage(by step: Int) {
        if screen == .compare, var c = compare, let n = nomination {
            let count = n.sources[c.source].pairs.count
            guard count > 0 else { return }
            noticeWrap(from: c.focused, step: step, count: count)
            c.focused = c.focused.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1)
            compare = c
            alignOnFocused()
            return
        }
        guard var n = nomination, !n.marks.isEmpty else { return }
        let count = n.marks.count
        noticeWrap(from: n.focusedMark, step: step, count: count)
        let f = n.focusedMark.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1)
        n.focusedMark = f
        n.selectedSource = n.marks[f].source
        nomination = n
        if let page = nominationPage, let layout = n.textLayout {
            let line = page.textStart + layout.line(containingScalar: n.marks[f].offset)
            nomination?.scroll = max(0, line - ComparisonLayout(size).focusRow)
        }
    }

    /// n past the last passage comes round to the first (N before the first, to the last): said, so the
    /// member does not take the first passage for a new one.
    private mutating func noticeWrap(from focused: Int?, step: Int, count: Int) {
        guard let f = focused, count > 1 else { return }
        if step > 0 && f == count - 1 { message = StatusMessage(strings.passageWrapped(toFirst: true)) }
        if step < 0 && f == 0 { message = StatusMessage(strings.passageWrapped(toFirst: false)) }
    }

    mutating func stepSource(by step: Int) -> [Effect] {
        guard let n = nomination, !n.sources.isEmpty else { return [] }
        let count = n.sources.count
        if screen == .compare, let c = compare {
            return openSideBySide(source: (c.source + step + count) % count)
        }
        nomination?.selectedSource = (n.selectedSource + step + count) % count
        return []
    }
}
