import BinhXetCore
import BinhXetText

// MARK: - Taking what the desk returned

extension AppState {
    mutating func takeQueue(_ data: QueueData) {
        // Today is the core's (its as-of date when the council reviews a past year as it stood).
        if let day = data.today { today = day.iso }
        let persons = Dictionary(data.nominations.map { ($0.id, $0.personID) }, uniquingKeysWith: { a, _ in a })
        var units: [String: String] = [:]
        queue.reviewYear = data.reviewYear
        queue.rows = data.nominations.map { n in
            let unit = units[n.unitName] ?? VietnameseFolding.fold(n.unitName)
            units[n.unitName] = unit
            return QueueRow(summary: n, findings: data.findings[n.id] ?? [], checked: data.checked.contains(n.id),
                            // Only the open year's dossiers awaiting the council have a due date: decided,
                            // returned and archive ones are never late.
                            due: data.due[n.id], foldedUnit: unit, personOf: { persons[$0] })
        }
        queue.loaded = true
        queue.refresh()
        keepSelectionVisible()
    }

    mutating func takeRuleViolations(_ ids: Set<String>) {
        for i in queue.rows.indices { queue.rows[i].setRuleViolation(ids.contains(queue.rows[i].id)) }
        queue.refresh()
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
        message = StatusMessage(strings.recorded(kind, id: event.nominationID ?? ""))
        return reloadEffects()
    }

    mutating func refused(_ refusal: WriteRefusal) -> [Effect] {
        let s = strings
        switch refusal {
        case .changedMeanwhile(let id, let by, let at, let kind):
            modal = .notice(Notice(title: s.changedMeanwhileTitle,
                                   lines: s.changedMeanwhile(id: id, kind: s.eventKind(kind), by: by,
                                                             at: EventTime.display(at, in: timeZone))))
        case .readOnly:
            readOnly = true
            modal = .notice(Notice(title: s.writeFailedTitle, lines: s.readOnlyNotice))
        case .notAMember(let login):
            modal = .notice(Notice(title: s.writeFailedTitle, lines: s.notAMember(login)))
        case .notAllowed(let login, let role):
            modal = .notice(Notice(title: s.writeFailedTitle, lines: s.notAllowed(login, role: role)))
        case .voteDisagrees(let id, let approving, let agree, let denominator, let threshold):
            modal = .notice(Notice(title: s.writeFailedTitle,
                                   lines: s.voteDisagrees(id: id, approving: approving, agree: agree,
                                                          denominator: denominator, threshold: threshold)))
        case .other(let why):
            modal = .notice(Notice(title: s.writeFailedTitle, lines: [why]))
        case .recognitionRefused(let e):
            modal = .notice(Notice(title: s.writeFailedTitle, lines: s.recognitionRefused(e)))
        }
        return reloadEffects()
    }
}
