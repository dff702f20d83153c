import BinhXetCore
import BinhXetSimilarity
import BinhXetText

// MARK: - Taking what the desk returned

extension AppState {
    mutating func takeQueue(_ data: QueueData) {
        // Today is the core's (its as-of date when the council reviews a past year as it stood).
        if let day = data.today { today = day.iso }
        let persons = Dictionary(data.nominations.map { ($0.id, $0.personID) }, uniquingKeysWith: { a, _ in a })
        var units: [String: String] = [:], orders: [String: String] = [:]
        queue.reviewYear = data.reviewYear
        queue.standing = data.standing
        // "Việc của tôi": a member who records outcomes has every undecided nomination to do; one who only
        // votes, those not voted on yet; without a council, the desk's user decides them all.
        let decides = data.standing?.mayRecordOutcomes ?? true
        let votes = data.standing?.mayVote ?? false
        let before = queue.selectedRow
        queue.rows = data.nominations.map { n in
            let unit = units[n.unitName] ?? VietnameseFolding.fold(n.unitName)
            units[n.unitName] = unit
            let order = orders[n.unitName] ?? NameCollation.unitOrderKey(n.unitName, declaredShort: n.unitShortName)
            orders[n.unitName] = order
            var row = QueueRow(summary: n, findings: data.findings[n.id] ?? [], checked: data.checked.contains(n.id),
                               // Only the open year's dossiers awaiting the council have a due date: decided,
                               // returned and archive ones are never late.
                               due: data.due[n.id], foldedUnit: unit, unitOrder: order, offDutyCounts: !data.offDutyIgnored.contains(n.id),
                               personOf: { persons[$0] })
            // Until the rules are read again, the last known violations and ballots stand (the findings are
            // fresh): a reload does not make V flags blink off and on.
            if let known = attention {
                let a = known.flagged[n.id]
                if a?.reasons.contains(.ruleViolation) == true { row.flags.append(.ruleViolation) }
                row.violated = a?.violated ?? []
                row.voteShortfall = known.voteShortfalls[n.id]
                row.overQuota = known.overQuota.contains(n.id)
            }
            row.votedByMe = data.votedByMe.contains(n.id)
            row.lastEventID = data.latestEvents[n.id]
            row.needsMe = [.received, .appraising, .atCouncil].contains(n.status)
                && (decides || (votes && !row.votedByMe))
            return row
        }
        queue.loaded = true
        queue.refresh(keeping: before?.id)
        keepSelectionVisible()
        noticeMovedSelection(from: before)
        ownWritePending = false
    }

    /// The core's attention, loaded after the queue from one rule review: the rows' flags, the ballots
    /// short of the threshold, and the year summary (shown at once by `t`, no second review).
    mutating func takeAttention(_ data: DeskAttention) {
        attention = data
        for i in queue.rows.indices {
            let id = queue.rows[i].id
            queue.rows[i].setAttention(data.flagged[id], shortfall: data.voteShortfalls[id], overQuota: data.overQuota.contains(id))
        }
        queue.refresh()
        if summary != nil { takeSummary(data.summary) }
    }

    mutating func takeNomination(_ data: NominationData) -> [Effect] {
        // A reply for a nomination no longer on screen is dropped.
        guard var n = nomination, n.id == data.detail.nomination.id else { return [] }
        let before = n.data?.detail.nomination.status
        if n.take(data) { compare?.left = nil }
        nomination = n
        if let before, before != data.detail.nomination.status, let last = data.detail.events.last,
           last.actor != member {
            message = StatusMessage(strings.changedElsewhere(id: n.id, status: strings.status(data.detail.nomination.status),
                                                             by: last.actor))
        }
        if compare != nil {
            if n.sources.isEmpty {
                stack.removeAll { $0 == .compare }
                compare = nil
            } else if !n.sources.indices.contains(compare!.source) {
                compare!.source = 0
                compare!.right = nil
            }
            // A new check may have found fewer passages: keep the focus on one that exists.
            if let c = compare, let f = c.focused, !n.sources[c.source].pairs.indices.contains(f) {
                compare!.focused = n.sources[c.source].pairs.isEmpty ? nil : 0
            }
        }
        relayout()
        if n.openSideBySideWhenLoaded {
            nomination?.openSideBySideWhenLoaded = false
            if n.sources.isEmpty {
                message = StatusMessage(data.checked ? strings.noSourceReason : strings.notCheckedReason, isError: true)
            } else {
                return openSideBySide(source: 0)
            }
        }
        if let c = compare, n.sources.indices.contains(c.source), n.sourceTexts[n.sources[c.source].id] == nil {
            return [.loadSourceText(n.sources[c.source].id)]
        }
        return []
    }

    /// The core explained the passages: they are renumbered strongest first. Side by side opened on its
    /// first passage moves to the strongest (what opening it means); on any other it stays on that passage,
    /// under its new number.
    mutating func takeExplanations(id: String, _ explanations: [String: [PassageExplanation]]) {
        guard let n = nomination, n.id == id else { return }
        let shown = compare.flatMap { c in
            c.focused.flatMap { f in f > 0 && n.sources.indices.contains(c.source) && n.sources[c.source].pairs.indices.contains(f)
                ? n.sources[c.source].pairs[f] : nil }
        }
        nomination!.takeExplanations(explanations)
        relayout()
        if let c = compare, c.focused != nil {
            if let shown { compare!.focused = nomination!.sources[c.source].pairs.firstIndex(of: shown) ?? c.focused }
            alignOnFocused()
        }
    }

    mutating func takeSourceText(id: String, text: String?) {
        guard nomination != nil else { return }
        nomination!.sourceTexts[id] = text ?? ""
        relayout()
    }

    mutating func recorded(_ event: DeskEvent) -> [Effect] {
        let kind: DecisionKind
        switch event.kind {
        case DecisionOutcome.approve.eventKind: kind = .approve
        case DecisionOutcome.reject.eventKind: kind = .reject
        default: kind = .supplement
        }
        return openNextAfterOwnWrite(of: event.nominationID ?? "", done: strings.recorded(kind, id: event.nominationID ?? ""))
    }

    /// The member's ballot is in: a member who only votes has nothing more to do here, so the next one
    /// opens as after a decision; one who also decides stays to decide.
    mutating func voted(_ id: String) -> [Effect] {
        let done = strings.voteRecorded(id: id)
        if queue.standing?.mayRecordOutcomes == true || nomination?.data?.standing?.mayRecordOutcomes == true {
            ownWritePending = true
            message = StatusMessage(done)
            return reloadEffects()
        }
        return openNextAfterOwnWrite(of: id, done: done)
    }

    /// A bulk action finished: what was recorded, and a notice naming each nomination refused and why.
    mutating func bulkDone(_ outcome: BulkOutcome) -> [Effect] {
        ownWritePending = true
        queue.tagged.subtract(outcome.recorded)
        let s = strings
        let done = s.bulkRecorded(outcome.kind, count: outcome.recorded.count)
        if outcome.refused.isEmpty {
            message = StatusMessage(done)
        } else {
            modal = .notice(Notice(title: s.bulkRefusedTitle,
                                   lines: [done, s.bulkRefusedIntro(outcome.refused.count)]
                                    + outcome.refused.map { "• \($0.id): " + refusalLines($0.refusal).joined(separator: " ") }))
        }
        return reloadEffects()
    }

    mutating func refused(_ refusal: WriteRefusal) -> [Effect] {
        let s = strings
        if refusal == .readOnly { readOnly = true }
        if case .changedMeanwhile = refusal {
            modal = .notice(Notice(title: s.changedMeanwhileTitle, lines: refusalLines(refusal)))
        } else {
            modal = .notice(Notice(title: s.writeFailedTitle, lines: refusalLines(refusal)))
        }
        return reloadEffects()
    }

    /// Why a write was refused, in the member's language.
    func refusalLines(_ refusal: WriteRefusal) -> [String] {
        let s = strings
        switch refusal {
        case .changedMeanwhile(let id, let by, let at, let kind):
            return s.changedMeanwhile(id: id, kind: s.eventKind(kind), by: by, at: EventTime.display(at, in: timeZone))
        case .readOnly: return s.readOnlyNotice
        case .alreadyVoted: return [s.alreadyCastSecretly]
        case .notAMember(let login): return s.notAMember(login)
        case .notAllowed(let login, let role): return s.notAllowed(login, role: s.role(role))
        case .voteDisagrees(let id, let approving, let agree, let denominator, let threshold):
            return s.voteDisagrees(id: id, approving: approving, agree: agree, denominator: denominator, threshold: threshold)
        case .other(let why): return [why]
        case .recognitionRefused(let e): return s.recognitionRefused(e)
        case .dismissalRefused(let e): return s.dismissalRefused(e)
        }
    }
}
