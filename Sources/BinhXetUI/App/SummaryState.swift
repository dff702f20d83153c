import BinhXetCore

/// The year summary screen (`t`): the core's `YearSummary`, and which unit row is selected.
public struct SummaryState: Equatable, Sendable {
    /// Nil while loading: the summary comes with the desk's attention, one rule review loaded after the
    /// queue's frame; once that is in, opening the summary reads nothing.
    public var data: YearSummary?
    public var loaded = false
    public var selected = 0
    public var top = 0

    public var selectedLine: YearSummary.Line? {
        guard let units = data?.units, units.indices.contains(selected) else { return nil }
        return units[selected]
    }
}

extension AppState {
    mutating func openSummary() -> [Effect] {
        if summary == nil { summary = SummaryState() }
        if screen != .summary { stack.append(.summary) }
        // The queue's attention carries the summary: shown at once when it is in, else when it arrives.
        if let attention {
            takeSummary(attention.summary)
            return []
        }
        return [.loadAttention]
    }

    mutating func takeSummary(_ data: YearSummary?) {
        var s = summary ?? SummaryState()
        // The same unit stays selected when the summary is reloaded (another terminal changed the desk).
        let keep = s.selectedLine?.unitID
        s.data = data
        s.loaded = true
        if let keep, let at = data?.units.firstIndex(where: { $0.unitID == keep }) { s.selected = at }
        s.selected = min(s.selected, max(0, (data?.units.count ?? 0) - 1))
        summary = s
        moveSummary(by: 0)
    }

    mutating func moveSummary(by delta: Int) {
        guard var s = summary, let count = s.data?.units.count, count > 0 else { return }
        s.selected = min(max(0, s.selected + delta), count - 1)
        let height = SummaryLayout(size).listHeight
        if s.selected < s.top { s.top = s.selected }
        if s.selected >= s.top + height { s.top = s.selected - height + 1 }
        summary = s
    }

    /// Enter on a unit: the queues, every nomination of the summary's year of that unit.
    mutating func filterQueueToSelectedUnit() {
        guard let line = summary?.selectedLine, let year = summary?.data?.year else { return }
        stack = [.queues]
        summary = nil
        queue.filter = QueueFilter(year: year, unit: line.unitName)
        queue.tab = .all
        queue.search.clear()
        queue.selected = 0
        queue.refresh()
        keepSelectionVisible()
        message = StatusMessage(strings.summaryFiltered(unit: line.unitName, year: year))
    }
}
