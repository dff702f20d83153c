import BinhXetText
import BinhXetCore

/// The desk's one update function: applies a message to the state and returns the effects the loop must
/// run. Pure: no desk, no terminal, no clock.
public func reduce(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .start:
        // The token first: a change that lands between the two reads is then seen by the next tick.
        // Preferences before the queue: the remembered year filter applies to the first frame of rows.
        return [.checkForChanges, .loadPreferences, .loadQueue]
    case .key(let key):
        return state.handle(key: key)
    case .perform(let action):
        return state.perform(action)
    case .type(let text):
        return state.handle(text: text)
    case .resize(let size):
        state.size = size
        state.relayout()
        return []
    case .tick:
        return [.checkForChanges]
    case .queueLoaded(let data):
        state.takeQueue(data)
        return [.loadAttention] + state.uncheckedToCheck()
    case .checkProgress(let done, let total):
        state.checking = CheckProgress(done: done, total: total)
        return []
    case .checkFinished(let checked, let flagged):
        state.checking = nil
        // The check ends at a moment of its own: it adds to what the member's last action said (a vote, a
        // decision) instead of replacing it a moment after it appeared.
        // An error stays as it is.
        if state.message?.isError != true {
            let summary = state.strings.checkFinished(checked: checked, flagged: flagged)
            let shown = state.message?.text ?? ""
            state.message = StatusMessage(shown.isEmpty ? summary : shown + " · " + summary)
        }
        return state.reloadEffects()
    case .checkFailed(let why):
        state.checking = nil
        state.message = StatusMessage(state.strings.checkFailed(why), isError: true)
        return []
    case .attentionLoaded(let data):
        state.takeAttention(data)
        return []
    case .nominationLoaded(let data):
        let id = data.detail.nomination.id
        return state.takeNomination(data) + [.loadRuleFlags(id)] + (state.nomination?.needsExplanations == true ? [.explainPassages(id)] : [])
    case .passagesExplained(let id, let explanations):
        state.takeExplanations(id: id, explanations)
        return []
    case .ruleFlagsLoaded(let id, let flags):
        // A reply for a nomination no longer on screen is dropped.
        if state.nomination?.id == id, state.nomination?.data != nil { state.nomination!.data!.ruleFlags = flags }
        return []
    case .sourceTextLoaded(let id, let text):
        state.takeSourceText(id: id, text: text)
        return []
    case .decisionRecorded(let event):
        return state.recorded(event)
    case .voteRecorded(let id):
        return state.voted(id)
    case .bulkDone(let outcome):
        return state.bulkDone(outcome)
    case .preferencesLoaded(let p):
        state.takePreferences(p)
        return []
    case .criticismRecorded(let unit):
        state.message = StatusMessage(state.strings.criticised(unit: unit))
        return state.reloadEffects()
    case .findingDismissed(let id, let source, let restored):
        state.message = StatusMessage(state.strings.findingDismissed(id: id, source: source, restored: restored))
        return state.reloadEffects()
    case .recognitionRecorded(let id, let number):
        state.message = StatusMessage(state.strings.recognitionRecorded(id: id, number: number))
        return state.reloadEffects()
    case .writeRefused(let refusal):
        return state.refused(refusal)
    case .changeToken(let token):
        let first = state.changeToken == nil
        guard token != state.changeToken else { return [] }
        state.changeToken = token
        return first ? [] : state.reloadEffects()
    case .loadFailed(let why):
        state.message = StatusMessage(state.strings.loadFailed(why), isError: true)
        return []
    case .papersLoaded(let year, let id, let papers):
        state.takePapers(year: year, nominationID: id, papers: papers)
        return []
    case .documentIssued(let paper, let path):
        state.documentIssued(paper, path: path)
        return []
    case .documentFailed(let paper, let failure):
        state.documentFailed(paper, failure)
        return []
    case .meetingLoaded(let year, let meeting, let members, let openForm):
        state.takeMeeting(year: year, meeting: meeting, members: members, openForm: openForm)
        return []
    case .meetingRecorded(let m):
        state.meetingSent = nil
        state.message = StatusMessage(state.strings.meetingRecorded(m))
        let effects = state.reloadEffects()
        let meeting = Effect.loadMeeting(year: m.year, openForm: false)
        return effects.contains(meeting) ? effects : effects + [meeting]
    case .meetingRefused(let e):
        guard !state.reopenMeeting(refused: e) else { return [] }
        state.modal = .notice(Notice(title: state.strings.writeFailedTitle, lines: state.strings.meetingRefused(e)))
        return []
    }
}

// MARK: - Keys

extension AppState {
    /// Modal first (ncdu): a dialog or the search prompt takes keys before the screen's keymap does.
    mutating func handle(key: Key) -> [Effect] {
        if !size.isUsable {
            // Acting blind is worse than not acting: only quitting works until the terminal is large enough.
            return keymap.action(for: key, on: screen) == .quit ? quit() : []
        }
        if let modal { return handle(key: key, in: modal) }
        if screen == .queues && queue.searching { return handleSearch(key: key) }
        guard let action = keymap.action(for: key, on: screen) else {
            message = StatusMessage(strings.keyNotUsed(KeyName.display(key)))
            return []
        }
        if action == .chooseQueue, case .char(let u) = key, let n = Int(String(u)), let tab = QueueTab.numbered(n) {
            message = nil
            if screen == .queues { choose(tab: tab) }
            return []
        }
        return perform(action)
    }

    /// Text for whatever field has focus.
    mutating func handle(text: String) -> [Effect] {
        var effects: [Effect] = []
        var rest = text.unicodeScalars[...]
        while let u = rest.first {
            if takesSearchText { typeIntoSearch(String(String.UnicodeScalarView(rest))); break }
            effects += handle(key: .char(u))
            rest = rest.dropFirst()
        }
        return effects
    }

    /// Runs a named action if it is available here, or says why not.
    mutating func perform(_ action: ActionID) -> [Effect] {
        if action == .quit { return quit() }
        if let modal {
            // A named action arriving while a dialog is open (from a test or a remapped key) goes to
            // the dialog only if it is a way out of it.
            if action == .back { self.modal = modal.dismissed; return [] }
            return []
        }
        message = nil
        if let reason = unavailableReason(action) {
            message = StatusMessage(reason, isError: true)
            return []
        }
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .firstLine: move(by: Int.min / 2)
        case .lastLine: move(by: Int.max / 2)
        case .open:
            if screen == .summary { filterQueueToSelectedUnit(); return [] }
            return openSelected(thenSideBySide: false)
        case .back: back()
        case .nextQueue: switchTab(by: 1)
        case .previousQueue: switchTab(by: -1)
        case .search: queue.searching = true
        case .filter:
            // In the core's unit order, as the queue's unit sort and the year summary list them.
            var shorts: [String: String?] = [:]
            for r in queue.rows where shorts[r.summary.unitName] == nil { shorts[r.summary.unitName] = r.summary.unitShortName }
            let units = shorts.keys.sorted {
                NameCollation.unitOrderKey($0, declaredShort: shorts[$0] ?? nil) < NameCollation.unitOrderKey($1, declaredShort: shorts[$1] ?? nil)
            }
            modal = .filter(FilterDialog(queue.filter, units: units))
        case .clearFilter:
            return apply(filter: QueueFilter())
        case .sort:
            modal = .sortPicker(QueueSort.allCases.firstIndex(of: queue.sort)!)
        case .reverseSort:
            queue.descending.toggle()
            queue.refresh()
            keepSelectionVisible()
        case .sideBySide:
            if screen == .queues { return openSelected(thenSideBySide: true) }
            return openSideBySide(source: nomination?.selectedSource ?? 0)
        case .nextPassage: stepPassage(by: 1)
        case .previousPassage: stepPassage(by: -1)
        case .nextSource: return stepSource(by: 1)
        case .previousSource: return stepSource(by: -1)
        case .scrollLeftSide: compare?.target = .left
        case .scrollRightSide: compare?.target = .right
        case .scrollBothSides: compare?.target = .both
        case .approve:
            if screen == .queues { openBulk(.approve) } else { openDecision(.approve) }
        case .reject: openDecision(.reject)
        case .requestSupplement:
            if screen == .queues { openBulk(.supplement) } else { openDecision(.supplement) }
        case .criticiseUnit: openDecision(.criticise)
        case .recogniseInitiative: openRecognition()
        case .dismissFinding: openDismiss()
        case .yearSummary: return openSummary() + (queue.reviewYear.year.map { [.loadMeeting(year: $0, openForm: false)] } ?? [])
        case .documents: return openDocuments()
        case .recordMeeting:
            guard let year = meetingYear else { return [] }
            return [.loadMeeting(year: year, openForm: true)]
        case .vote:
            if screen == .queues { openBulk(.vote) } else { openBallot() }
        case .nextNomination: return stepNomination(by: 1)
        case .previousNomination: return stepNomination(by: -1)
        case .chooseQueue: switchTab(by: 1)
        case .tag: toggleTag()
        case .tagAll: tagAllShown()
        case .help:
            if screen == .help { stack.removeLast() } else { stack.append(.help); helpScroll = 0 }
        case .refresh:
            message = StatusMessage(strings.refreshed)
            return reloadEffects() + [.redraw]
        case .quit: return quit()
        }
        return []
    }

    mutating func quit() -> [Effect] {
        if let modal, modal.holdsInput {
            self.modal = .confirmQuit(over: modal)
            return []
        }
        // A search being typed is typed text too: F10 and Ctrl-C ask, as in a dialog (Esc keeps its meaning
        // there, clearing the search, as the prompt's hint says).
        if takesSearchText && !queue.search.isEmpty {
            self.modal = .confirmQuit(over: nil)
            return []
        }
        return [.quit]
    }

    /// What the loop must reload to show the desk as it now is.
    func reloadEffects() -> [Effect] {
        var effects: [Effect] = [.loadQueue]
        if let n = nomination { effects.append(.loadNomination(n.id)) }
        // The summary is rebuilt with the queue's attention (`loadAttention` follows `loadQueue`).
        if summary != nil, let y = yearMeeting?.year { effects.append(.loadMeeting(year: y, openForm: false)) }
        return effects
    }

    /// Rows a page key moves on the current screen.
    var pageSize: Int {
        switch screen {
        case .queues, .generic: return max(1, QueueLayout(size).list.height - 1)
        case .compare: return max(1, ComparisonLayout(size).paneHeight - 2)
        case .nomination, .help: return max(1, PageLayout(size).page.height - 2)
        case .summary: return max(1, SummaryLayout(size).listHeight - 1)
        }
    }
}

extension Modal {
    /// The state left when Esc closes this modal.
    var dismissed: Modal? {
        switch self {
        case .confirmQuit(let over): return over
        case .confirmDiscard(let over): return over
        default: return nil
        }
    }
}
