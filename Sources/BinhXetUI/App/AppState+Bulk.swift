import BinhXetCore

// MARK: - Bulk actions on tagged rows, and the member's remembered preferences

extension AppState {
    /// Opens the bulk dialog for the tagged rows: rows it cannot apply to are counted and left out, rows
    /// that are flagged (the core's attention), not checked yet or, to approve, short of votes are listed
    /// to be included one by one.
    mutating func openBulk(_ kind: BulkKind) {
        var clean: [BulkItem] = [], doubts: [BulkDoubt] = [], seen: [String: Int64] = [:]
        var skipped = BulkSkipped()
        // In queue order where shown, then the rest in ID order, so the list reads like the queue.
        let shownOrder = queue.visible.map { queue.rows[$0].id }
        let rest = queue.tagged.subtracting(shownOrder).sorted()
        let byID = Dictionary(queue.rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in shownOrder.filter(queue.tagged.contains) + rest {
            guard let row = byID[id] else { skipped.gone += 1; continue }
            let status = row.summary.status
            if status.isDecided { skipped.decided += 1; continue }
            if queue.reviewYear.period(of: row.summary.year) != .underReview { skipped.otherYear += 1; continue }
            if kind == .supplement && status == .awaitingSupplement { skipped.awaitingSupplement += 1; continue }
            if kind == .vote && queue.standing?.secretBallot == true && row.votedByMe { skipped.voted += 1; continue }
            let flags = row.flags.filter { $0 != .overdue }
            let short = kind == .approve ? row.voteShortfall : nil
            let overQuota = kind == .approve && row.overQuota
            if !row.flagged && row.checked && short == nil && !overQuota {
                clean.append(BulkItem(id: id, seenEventID: row.lastEventID))
            } else {
                doubts.append(BulkDoubt(id: id, nominee: row.summary.personName, flags: flags, notChecked: !row.checked,
                                        voteShortfall: short, overQuota: overQuota))
                seen[id] = row.lastEventID
            }
        }
        var dialog = BulkDialog(kind: kind, step: kind == .approve ? .confirming : .choosing, clean: clean,
                                doubts: doubts, skipped: skipped)
        dialog.doubtSeen = seen
        modal = .bulk(dialog)
    }

    mutating func handleBulk(key: Key, _ dialog: BulkDialog) -> [Effect] {
        var b = dialog
        if b.step == .choosing {
            switch key {
            case .escape:
                if b.holdsInput { modal = .confirmDiscard(over: .bulk(b)); return [] }
                modal = nil
                return []
            case .enter:
                if b.kind == .vote, b.choice == nil { b.problem = strings.ballotNeedsChoice; break }
                if b.kind == .supplement, b.field.trimmed.isEmpty { b.problem = strings.missingInput(.supplement); break }
                b.problem = nil
                b.step = .confirming
            case .char(let u) where b.kind == .vote:
                let choices: [Unicode.Scalar: VoteChoice] = ["1": .agree, "2": .disagree, "3": .abstain]
                if let c = choices[u] { b.choice = c; b.problem = nil }
            case .backspace where b.kind == .supplement:
                b.field.backspace()
            default:
                if b.kind == .supplement, b.field.edit(key) { b.problem = nil; break }
                if isQuitKey(key) { return quit() }
            }
            modal = .bulk(b)
            return []
        }
        switch key {
        case .up, .char("k"): b.cursor = max(0, b.cursor - 1)
        case .down, .char("j"): b.cursor = min(max(0, b.doubts.count - 1), b.cursor + 1)
        case .char(" "):
            if b.doubts.indices.contains(b.cursor) { b.doubts[b.cursor].included.toggle() }
        case .enter, .char("y"), .char("Y"):
            modal = nil
            guard !b.items.isEmpty else { message = StatusMessage(strings.bulkNothingToDo, isError: true); return [] }
            return [.bulk(kind: b.kind, items: b.items, choice: b.choice,
                          reason: b.kind == .supplement ? b.field.trimmed : nil)]
        case .escape, .char("n"), .char("N"):
            if b.kind == .approve { modal = nil; return [] }
            b.step = .choosing
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .bulk(b)
        return []
    }

    /// Why a bulk action cannot start; nil when it can.
    func bulkUnavailableReason(_ action: ActionID) -> String? {
        let s = strings
        if action == .reject { return s.rejectOneByOne }
        if readOnly { return s.readOnlyReason }
        guard let standing = queue.standing else { return s.stillLoading }
        if action == .vote {
            guard standing.councilExists else { return s.noCouncil }
            return standing.mayVote ? nil : s.notOnCouncil(member)
        }
        if !standing.mayRecordOutcomes {
            guard standing.member != nil || !standing.councilExists else { return s.notOnCouncil(member) }
            return s.mayNotRecordOutcomes(role: standing.member.map { s.role($0.role) }, allowed: standing.outcomeRoles.map(s.role))
        }
        return nil
    }

    mutating func takePreferences(_ p: MemberPreferences) {
        preferences = p
        if let year = p.yearFilter, queue.filter.year == nil {
            queue.filter.year = year
            queue.refresh()
            keepSelectionVisible()
        }
    }

    /// Sets the queue filter; a new year filter is remembered for the member.
    mutating func apply(filter: QueueFilter) -> [Effect] {
        let yearChanged = filter.year != queue.filter.year
        queue.filter = filter
        queue.refresh()
        keepSelectionVisible()
        guard yearChanged, !readOnly else { return [] }
        preferences.yearFilter = filter.year
        return [.savePreferences(preferences)]
    }
}
