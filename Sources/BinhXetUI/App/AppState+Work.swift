import BinhXetCore

// MARK: - Working through a queue: the next nomination, tags, and what moved meanwhile

extension AppState {
    /// J/K (and the page keys on the nomination page): the next or previous nomination of the queue the
    /// member came from, on the same screen (side by side stays side by side when the next one has a
    /// source).
    mutating func stepNomination(by step: Int) -> [Effect] {
        guard let target = neighbour(of: nomination?.id, by: step) else {
            message = StatusMessage(step > 0 ? strings.lastInQueue(strings.tab(queue.tab)) : strings.firstInQueue(strings.tab(queue.tab)))
            return []
        }
        return open(target, sideBySide: screen == .compare)
    }

    /// The index in the queue of the nomination `step` rows from `id`. When `id` has left the queue (it was
    /// decided), the row now in its place is the next one.
    func neighbour(of id: String?, by step: Int) -> Int? {
        let v = queue.visible
        guard !v.isEmpty else { return nil }
        let target: Int
        if let id, let at = v.firstIndex(where: { queue.rows[$0].id == id }) {
            target = at + step
        } else {
            target = step > 0 ? queue.selected : queue.selected + step
        }
        return v.indices.contains(target) ? target : nil
    }

    /// Opens the nomination at an index of the queue, selecting its row.
    mutating func open(_ index: Int, sideBySide: Bool) -> [Effect] {
        queue.selected = index
        keepSelectionVisible()
        guard let row = queue.selectedRow else { return [] }
        return openSelected(thenSideBySide: sideBySide && row.hasSource)
    }

    /// After the member's own decision: the next nomination of the queue opens (a preference), or the
    /// member stays where they are.
    mutating func openNextAfterOwnWrite(of id: String, done: String) -> [Effect] {
        ownWritePending = true
        guard preferences.openNextAfterDecision, screen == .nomination || screen == .compare, nomination?.id == id else {
            message = StatusMessage(done)
            return reloadEffects()
        }
        guard let next = neighbour(of: id, by: 1) else {
            message = StatusMessage(done + " · " + strings.lastInQueue(strings.tab(queue.tab)))
            return reloadEffects()
        }
        let sideBySide = screen == .compare
        let nextID = queue.rows[queue.visible[next]].id
        message = StatusMessage(done + " · " + strings.openedNext(id: nextID))
        return [.loadQueue] + open(next, sideBySide: sideBySide)
    }

    /// Space: tags the selected row (or untags it) and moves down, as in mutt and ranger.
    mutating func toggleTag() {
        guard let row = queue.selectedRow else { return }
        if queue.tagged.remove(row.id) == nil { queue.tagged.insert(row.id) }
        move(by: 1)
    }

    /// *: tags every row the queue shows (its tab, filter and search); untags them when all already are.
    mutating func tagAllShown() {
        let shown = queue.visible.map { queue.rows[$0].id }
        if shown.allSatisfy(queue.tagged.contains) {
            queue.tagged.subtract(shown)
        } else {
            queue.tagged.formUnion(shown)
        }
        message = StatusMessage(strings.taggedCount(queue.tagged.count))
    }

    /// Says so when a row the member had selected left the tab because someone else acted on it, naming
    /// the row the cursor now stands on.
    mutating func noticeMovedSelection(from before: QueueRow?) {
        guard !ownWritePending, let before, queue.selectedRow?.id != before.id,
              let now = queue.rows.first(where: { $0.id == before.id }),
              now.summary.status != before.summary.status || now.lastEventID != before.lastEventID else { return }
        message = StatusMessage(strings.selectionMoved(id: before.id, status: strings.status(now.summary.status),
                                                       now: queue.selectedRow?.id))
    }
}
