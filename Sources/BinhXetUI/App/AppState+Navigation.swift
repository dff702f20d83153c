// MARK: - Moving between and within screens

extension AppState {
    mutating func move(by delta: Int) {
        switch screen {
        case .queues, .generic:
            guard !queue.visible.isEmpty else { return }
            queue.selected = clamp(queue.selected + delta, 0, queue.visible.count - 1)
            keepSelectionVisible()
        case .nomination:
            guard let page = nominationPage else { return }
            let maxTop = max(0, page.lineCount - PageLayout(size).page.height)
            let top = scrolled(nomination?.scroll ?? 0, by: delta, maxTop: maxTop)
            nomination?.scroll = top
        case .compare:
            guard var c = compare else { return }
            let height = ComparisonLayout(size).paneHeight
            if c.target != .right, let l = c.left {
                c.leftTop = scrolled(c.leftTop, by: delta, maxTop: max(0, l.lines.count - height))
            }
            if c.target != .left, let r = c.right {
                c.rightTop = scrolled(c.rightTop, by: delta, maxTop: max(0, r.lines.count - height))
            }
            compare = c
        case .summary:
            moveSummary(by: delta)
        case .help:
            let lines = HelpPage(self).lines.count
            helpScroll = scrolled(helpScroll, by: delta, maxTop: max(0, lines - PageLayout(size).page.height))
        }
    }

    /// A new first line: never above the top, and never pulled back when an alignment already put the
    /// view further down than plain scrolling could.
    private func scrolled(_ top: Int, by delta: Int, maxTop: Int) -> Int {
        if delta < 0 { return max(0, top + delta) }
        return max(top, min(top + delta, maxTop))
    }

    /// Scrolls the queue so the selected row is on screen.
    mutating func keepSelectionVisible() {
        let height = max(1, QueueLayout(size).list.height)
        if queue.selected < queue.top { queue.top = queue.selected }
        if queue.selected >= queue.top + height { queue.top = queue.selected - height + 1 }
        queue.top = clamp(queue.top, 0, max(0, queue.visible.count - height))
        if queue.selected < queue.top { queue.top = queue.selected }
    }

    mutating func openSelected(thenSideBySide: Bool) -> [Effect] {
        guard let row = queue.selectedRow else { return [] }
        var n = NominationState(id: row.id)
        n.openSideBySideWhenLoaded = thenSideBySide
        nomination = n
        compare = nil
        stack = [.queues, .nomination]
        return [.loadNomination(row.id)]
    }

    mutating func back() {
        switch screen {
        case .queues, .generic:
            // Esc clears the search first, then the tags.
            if queue.search.isEmpty { queue.tagged.removeAll(); return }
            queue.search.clear()
            queue.refresh()
            keepSelectionVisible()
        case .help:
            stack.removeLast()
        case .summary:
            stack.removeLast()
            summary = nil
        case .compare:
            stack.removeLast()
            compare = nil
        case .nomination:
            stack.removeLast()
            nomination = nil
        }
    }

    mutating func switchTab(by step: Int) {
        let tabs = QueueTab.allCases
        let at = tabs.firstIndex(of: queue.tab)!
        choose(tab: tabs[(at + step + tabs.count) % tabs.count])
    }

    mutating func choose(tab: QueueTab) {
        queue.tab = tab
        queue.refresh()
        keepSelectionVisible()
    }

    /// Re-wraps texts for the current size and keeps every scroll position valid.
    mutating func relayout() {
        if var n = nomination, let text = n.data?.text {
            let w = PageLayout(size).textWidth
            if n.textLayout?.width != w { n.textLayout = WrappedText(text, width: w) }
            nomination = n
        }
        if var c = compare, let n = nomination, let text = n.data?.text {
            let w = ComparisonLayout(size).textWidth
            var changed = false
            if c.left?.width != w { c.left = WrappedText(text, width: w); changed = true }
            if n.sources.indices.contains(c.source), let rt = n.sourceTexts[n.sources[c.source].id],
               c.right?.width != w {
                c.right = WrappedText(rt, width: w)
                changed = true
            }
            compare = c
            if changed { alignOnFocused() }
        }
        if let page = nominationPage, let scroll = nomination?.scroll {
            nomination?.scroll = min(scroll, max(0, page.lineCount - 1))
        }
        keepSelectionVisible()
    }
}

func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int { min(max(x, lo), max(lo, hi)) }
