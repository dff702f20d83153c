import BinhXetCore

// MARK: - Dialogs and the search prompt (text fields bypass the keymap)

extension AppState {
    /// Keys that quit from inside a text field: only non-character keys (F10, Ctrl-C), since `q` is text.
    func isQuitKey(_ key: Key) -> Bool {
        if case .char = key { return false }
        return keymap.action(for: key, on: screen) == .quit
    }

    mutating func openDecision(_ kind: DecisionKind) {
        guard let n = nomination, let d = n.data?.detail else { return }
        var dialog = DecisionDialog(kind: kind, nominationID: d.nomination.id, nominee: d.person.name,
                                    unitID: d.unit.id ?? 0, unitName: d.unit.name, seenEventID: n.seenEventID,
                                    confirming: kind == .approve)
        if queue.reviewYear.period(of: d.nomination.year) != .underReview { dialog.otherYear = d.nomination.year }
        modal = .decision(dialog)
    }

    mutating func openBallot() {
        guard let d = nomination?.data else { return }
        modal = .ballot(BallotDialog(nominationID: d.detail.nomination.id, nominee: d.detail.person.name,
                                     secret: d.standing?.secretBallot ?? true, choice: nil))
    }

    private mutating func handleBallot(key: Key, _ dialog: BallotDialog) -> [Effect] {
        var b = dialog
        let choices: [Unicode.Scalar: VoteChoice] = ["1": .agree, "2": .disagree, "3": .abstain]
        switch key {
        case .char(let u) where choices[u] != nil:
            b.choice = choices[u]
            b.problem = nil
        case .enter:
            guard let choice = b.choice else { b.problem = strings.ballotNeedsChoice; break }
            modal = nil
            return [.vote(nominationID: b.nominationID, choice: choice)]
        case .escape:
            modal = nil
            return []
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .ballot(b)
        return []
    }

    mutating func handle(key: Key, in modal: Modal) -> [Effect] {
        switch modal {
        case .ballot(let dialog):
            return handleBallot(key: key, dialog)
        case .notice:
            if [.enter, .escape, .char(" "), .char("q")].contains(key) { self.modal = nil }
            return []
        case .confirmQuit(let over):
            switch key {
            case .enter, .char("y"), .char("Y"): return [.quit]
            case .escape, .char("n"), .char("N"): self.modal = over
            default: break
            }
            return []
        case .filter(let dialog):
            return handleFilter(key: key, dialog)
        case .decision(let dialog):
            return handleDecision(key: key, dialog)
        case .recognition(let dialog):
            return handleRecognition(key: key, dialog)
        case .dismiss(let dialog):
            return handleDismiss(key: key, dialog)
        case .documents(let dialog):
            return handleDocuments(key: key, dialog)
        case .meeting(let dialog):
            return handleMeeting(key: key, dialog)
        case .bulk(let dialog):
            return handleBulk(key: key, dialog)
        case .sortPicker(let at):
            return handleSortPicker(key: key, at)
        case .confirmDiscard(let over):
            switch key {
            case .enter, .char("y"), .char("Y"): self.modal = nil
            case .escape, .char("n"), .char("N"): self.modal = over
            default: if isQuitKey(key) { return quit() }
            }
            return []
        }
    }

    /// True when the desk would refuse the dialog's decision because the council's vote points the other
    /// way (an override, with its reason, is `binhxet decide --override`): the dialog says so and offers
    /// only to close, instead of taking Enter to a refusal.
    func voteRefuses(_ d: DecisionDialog) -> Bool {
        guard let t = nomination?.data?.tally else { return false }
        switch d.kind {
        case .approve: return !t.follows(.approve)
        case .reject: return !t.follows(.reject)
        case .supplement, .criticise: return false
        }
    }

    private mutating func handleDecision(key: Key, _ dialog: DecisionDialog) -> [Effect] {
        var d = dialog
        if d.confirming {
            switch key {
            case .enter, .char("y"), .char("Y"):
                modal = nil
                if voteRefuses(d) { return [] }
                return [write(d)]
            case .escape, .char("n"), .char("N"):
                if d.kind == .approve || voteRefuses(d) { modal = nil; return [] }
                d.confirming = false
            default:
                if isQuitKey(key) { return quit() }
            }
            modal = .decision(d)
            return []
        }
        switch key {
        case .enter:
            if voteRefuses(d), let t = nomination?.data?.tally {
                d.problem = strings.againstVote(t, approving: d.kind == .approve)
            } else if d.kind == .reject ? (d.reason == nil && d.field.trimmed.isEmpty) : d.field.trimmed.isEmpty {
                d.problem = strings.missingInput(d.kind)
            } else {
                d.problem = nil
                d.confirming = true
            }
        case .escape:
            // Typed text is not thrown away on one key: Esc asks first.
            modal = d.holdsInput ? .confirmDiscard(over: .decision(d)) : nil
            return []
        case .backspace:
            d.pendingDigits = ""
            if d.field.isEmpty { d.reason = nil } else { d.field.backspace() }
        case .left, .right, .home, .end, .delete, .ctrl("u"), .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"), .ctrl("d"):
            d.field.edit(key)
        case .char(let u):
            let digits: [Unicode.Scalar] = ["1", "2", "3", "4"]
            if d.kind == .reject, d.field.isEmpty, let i = digits.firstIndex(of: u) {
                // A number picks a standard reason while nothing is typed; after that digits are text.
                if d.pendingDigits.isEmpty { d.reasonBeforeDigits = d.reason }
                d.pendingDigits.unicodeScalars.append(u)
                let r = StandardRejectionReason.allCases[i]
                d.reason = d.reason == r ? nil : r
            } else if d.kind == .reject, d.field.isEmpty, !d.pendingDigits.isEmpty,
                      u == " " || u == "." || u == "," || u == "%" || ("0"..."9").contains(u) {
                // "3 đoạn", "32 em", "2,5 %": the digits began a typed reason, so they were not picks.
                d.reason = d.reasonBeforeDigits
                d.field.insert(d.pendingDigits)
                d.field.insert(u)
                d.pendingDigits = ""
            } else {
                d.pendingDigits = ""
                d.field.insert(u)
            }
            d.problem = nil
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .decision(d)
        return []
    }

    /// The effect that records a confirmed dialog.
    private func write(_ d: DecisionDialog) -> Effect {
        switch d.kind {
        case .approve:
            return .decide(nominationID: d.nominationID, outcome: .approve, reason: nil, seenEventID: d.seenEventID,
                           confirmYear: d.otherYear)
        case .reject:
            // The standard reason goes as its code, worded by whoever reads it, in their language.
            return .decide(nominationID: d.nominationID, outcome: .reject, reason: d.field.trimmed, reasonCode: d.reason,
                           seenEventID: d.seenEventID, confirmYear: d.otherYear)
        case .supplement:
            return .decide(nominationID: d.nominationID, outcome: .supplement, reason: d.field.trimmed,
                           seenEventID: d.seenEventID, confirmYear: d.otherYear)
        case .criticise:
            return .criticise(unitID: d.unitID, unitName: d.unitName, text: d.field.trimmed, nominationID: d.nominationID)
        }
    }

    private mutating func handleFilter(key: Key, _ dialog: FilterDialog) -> [Effect] {
        var f = dialog
        let fields = FilterDialog.Field.allCases
        let at = fields.firstIndex(of: f.field)!
        switch key {
        case .tab, .down: f.field = fields[(at + 1) % fields.count]
        case .backTab, .up: f.field = fields[(at + fields.count - 1) % fields.count]
        case .enter:
            modal = nil
            return apply(filter: f.filter)
        case .escape:
            modal = nil
            return []
        case .char(" ") where f.field == .unit:
            // A space is part of what is typed to narrow the units ("phu vinh").
            f.unitQuery.insert(" ")
        case .left, .right, .char(" "):
            let step = key == .left ? -1 : 1
            switch f.field {
            case .title: f.title = cycle([nil] + AwardTitle.allCases, from: f.title, by: step)
            case .flag: f.flag = cycle([nil] + QueueFilter.FlagFilter.allCases, from: f.flag, by: step)
            case .unit: f.unit = cycle([nil] + f.unitMatches, from: f.unit, by: step)
            case .year: if key != .char(" ") { f.year.edit(key) }
            }
        case .home, .end, .delete, .ctrl("a"), .ctrl("e"), .ctrl("d"), .ctrl("u"):
            switch f.field {
            case .unit: f.unitQuery.edit(key); f.narrowUnits()
            case .year: f.year.edit(key)
            case .title, .flag: break
            }
        case .backspace:
            switch f.field {
            case .year: f.year.backspace()
            case .unit:
                if f.unitQuery.isEmpty { f.unit = nil } else { f.unitQuery.backspace(); f.narrowUnits() }
            case .title: f.title = nil
            case .flag: f.flag = nil
            }
        case .char(let u):
            if f.field == .year, ("0"..."9").contains(u), f.year.text.count < 4 { f.year.insert(u) }
            if f.field == .unit { f.unitQuery.insert(u); f.narrowUnits() }
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .filter(f)
        return []
    }

    /// The sort picker: ↑/↓ or the order's number chooses, Enter sorts; choosing the current order again
    /// turns it around. A number only chooses, as in the ballot and the reject and dismiss dialogs: it
    /// sorted at once, so the Enter its hint asks for then opened a nomination.
    private mutating func handleSortPicker(key: Key, _ at: Int) -> [Effect] {
        let all = QueueSort.allCases
        var i = at
        switch key {
        case .up, .char("k"): i = max(0, i - 1)
        case .down, .char("j"): i = min(all.count - 1, i + 1)
        case .home: i = 0
        case .end: i = all.count - 1
        case .char(let u) where ("1"..."9").contains(u):
            guard let n = Int(String(u)), all.indices.contains(n - 1) else { break }
            i = n - 1
        case .enter:
            if queue.sort == all[i] { queue.descending.toggle() } else { queue.sort = all[i]; queue.descending = false }
            queue.refresh()
            keepSelectionVisible()
            modal = nil
            return []
        case .escape:
            modal = nil
            return []
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .sortPicker(i)
        return []
    }

    private func cycle<T: Equatable>(_ all: [T?], from current: T?, by step: Int) -> T? {
        let at = all.firstIndex(where: { $0 == current }) ?? 0
        return all[(at + step + all.count) % all.count]
    }

    /// Whether typed characters go to the queue search: where `handle(key:)` sends them to `handleSearch`,
    /// which no typed character leaves.
    var takesSearchText: Bool { size.isUsable && modal == nil && screen == .queues && queue.searching }

    /// Text typed into the search at once (a paste): the same as typing it key by key, but the queue is
    /// filtered once rather than once per character (30 ms a character on a 10,000-nomination desk).
    mutating func typeIntoSearch(_ text: String) {
        queue.search.insert(text)
        queue.refresh()
        queue.selected = 0
        keepSelectionVisible()
    }

    mutating func handleSearch(key: Key) -> [Effect] {
        switch key {
        case .char(let u):
            queue.search.insert(u)
            queue.refresh()
            queue.selected = 0
        case .backspace, .delete, .ctrl("d"):
            queue.search.edit(key)
            queue.refresh()
            queue.selected = 0
        case .ctrl("u"):
            queue.search.clear()
            queue.refresh()
        case .left, .right, .home, .end, .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"):
            queue.search.edit(key)
        case .enter:
            queue.searching = false
        case .escape:
            queue.search.clear()
            queue.searching = false
            queue.refresh()
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        default:
            if isQuitKey(key) { return quit() }
        }
        keepSelectionVisible()
        return []
    }
}
