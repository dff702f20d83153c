import BinhXetText

/// The parts of the frame every screen shares: header, message line, status bar.
enum Chrome {
    static func header(_ state: AppState, into buf: inout ScreenBuffer) {
        let s = state.strings
        let w = state.size.width
        let y = FrameLayout(state.size).headerRow
        buf.fill(Rect(x: 0, y: y, width: w, height: 1), style: .header)
        // The member by the name the council's list gives (an office knows its members by name, not by
        // their login), as the queue's last load read it; the login when not on the council.
        let who = state.queue.standing?.member?.name ?? state.member
        var right = "\(state.deskName) · \(s.memberLabel): \(who) "
        if state.readOnly { right = "\(s.readOnlyTag) · " + right }
        let rw = DisplayWidth.of(right)
        buf.write(right, x: max(0, w - rw), y: y, style: .header)
        buf.write(DisplayWidth.fit(" " + s.appTitle, to: max(0, w - rw - 1)), x: 0, y: y, style: .header)
    }

    static func messageLine(_ state: AppState, into buf: inout ScreenBuffer) {
        let row = FrameLayout(state.size).messageRow
        let s = state.strings
        if state.modal == nil, state.screen == .queues, state.queue.searching {
            let x = buf.write(" \(s.searchLabel): ", x: 0, y: row, style: .label)
            buf.write(state.queue.search.withCursor(fitting: state.size.width - x - 1), x: x, y: row, style: .input)
            return
        }
        if let m = state.message {
            buf.write(" " + fittedMessage(m.text, to: state.size.width - 2), x: 0, y: row, style: m.isError ? .error : .message)
            return
        }
        if state.screen == .compare, state.modal == nil { CompareView.positionLine(state, into: &buf); return }
        if state.screen == .nomination, state.modal == nil, NominationView.positionLine(state, into: &buf) { return }
        // The desk's own check, while it runs and nothing else is said.
        if let p = state.checking { buf.write(" " + s.checking(p), x: 0, y: row, style: .dim) }
    }

    /// A message fitted to the line by display width: cut with "…"; when it ends with a key hint
    /// ("… (x: bỏ lọc).", "… · ? xem trợ giúp") the hint kept whole and the words before it shortened;
    /// when it ends with a path, the path's start shortened. At 80 columns the unit filter's message ended
    /// "(x: bỏ lọ", its key lost at the edge.
    static func fittedMessage(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        if let start = hintStart(text) {
            let hint = text[start...]
            let room = width - DisplayWidth.of(hint) - 1
            if room >= min(12, width / 3) {
                let head = DisplayWidth.prefix(text[..<start], fitting: room)
                return String(head.reversed().drop(while: { $0 == " " }).reversed()) + "…" + hint
            }
        }
        // A saved file's path last: its end (the file's name) is what is kept.
        if let space = text.lastIndex(of: " "), text[space...].contains("/") {
            let head = String(text[...space]), path = text[text.index(after: space)...]
            // The whole path when the words before it can give way for it; else the path's end. Never
            // "……": a long head and a long path ("Saved Award decision (Quyết định, with……documents/2024/…").
            let pathWidth = DisplayWidth.of(path)
            if width - pathWidth >= min(12, width / 3) { return DisplayWidth.cut(head, to: width - pathWidth) + path }
            let cutHead = DisplayWidth.cut(head, to: min(DisplayWidth.of(head), width / 2))
            let joint = cutHead.hasSuffix(" ") ? "…" : " …"
            return cutHead + joint + DisplayWidth.suffix(path, fitting: width - DisplayWidth.of(cutHead + joint))
        }
        return DisplayWidth.cut(text, to: width)
    }

    /// Where a message's trailing key hint starts (the space before it): a command to type that ends it
    /// ("… nhập bằng binhxet import --outcomes.": cut, it cannot be typed), a last "(…)" or a last "· " item.
    static func hintStart(_ text: String) -> String.Index? {
        if let command = text.range(of: " binhxet ", options: .backwards),
           !text[command.upperBound...].contains(where: { "()".contains($0) }) {
            return command.lowerBound
        }
        let trimmed = text.hasSuffix(".") ? text.dropLast() : Substring(text)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > text.startIndex {
            return text.index(before: open)
        }
        if let dot = text.range(of: " · ", options: .backwards) { return dot.lowerBound }
        return nil
    }

    /// The keys that matter here, generated from the action table; inside a dialog, the dialog's keys.
    /// A dialog's key hint fitted to the bar in whole "·"-separated items, dropped from the middle: the
    /// first says how to move, the last two how to confirm and how to leave (at 80 columns the filter's
    /// hint ended "Enter: áp dụng · E", its Esc cut). Cut with "…" only when even those do not fit.
    static func fitted(_ hint: String, to width: Int) -> String {
        var items = hint.components(separatedBy: " · ")
        func joined() -> String { items.joined(separator: " · ") }
        while DisplayWidth.of(joined()) > width && items.count > 3 { items.remove(at: items.count - 3) }
        return DisplayWidth.fit(joined(), to: width)
    }

    static func statusBar(_ state: AppState, into buf: inout ScreenBuffer) {
        let row = FrameLayout(state.size).statusRow
        let w = state.size.width
        buf.fill(Rect(x: 0, y: row, width: w, height: 1), style: .statusText)
        if let hint = modalHint(state) {
            buf.write(" " + fitted(hint, to: w - 2), x: 0, y: row, style: .statusText)
            return
        }
        if state.screen == .queues && state.queue.searching {
            buf.write(" " + state.strings.searchHint, x: 0, y: row, style: .statusText)
            return
        }
        var items = barItems(state)
        // Help is always shown, at the right end; the others are kept by rank while they fit, then drawn in
        // the table's order.
        let helpItem = items.last { $0.actions.contains(.help) }
        let helpWidth = helpItem.map { $0.width + 1 } ?? 0
        var room = w - helpWidth - 2
        var kept = Set<Int>()
        for i in items.indices.sorted(by: { (items[$0].rank, $0) < (items[$1].rank, $1) })
        where !items[i].actions.contains(.help) && items[i].width + 2 <= room {
            kept.insert(i)
            room -= items[i].width + 2
        }
        // Labels kept short to fit are written in full, by rank, while the bar still has room ("Không đạt").
        for i in kept.sorted(by: { (items[$0].rank, $0) < (items[$1].rank, $1) }) {
            guard let full = items[i].fullLabel else { continue }
            let grows = DisplayWidth.of(full) - DisplayWidth.of(items[i].label)
            if grows <= room { items[i].label = full; room -= grows }
        }
        var x = 1
        for (i, item) in items.enumerated() where kept.contains(i) {
            x = buf.write(item.keys, x: x, y: row, style: item.available ? .statusKey : .statusDisabled)
            x = buf.write(" " + item.label, x: x, y: row, style: item.available ? .statusText : .statusDisabled)
            x += 2
        }
        if let h = helpItem {
            let kx = buf.write(h.keys, x: w - helpWidth, y: row, style: .statusKey)
            buf.write(" " + h.label, x: kx, y: row, style: .statusText)
        }
    }

    struct BarItem {
        var actions: [ActionID]
        var keys: String
        var label: String
        var available: Bool
        var rank: Int
        /// The label in full, when `label` is kept short for narrow bars.
        var fullLabel: String? = nil
        var width: Int { DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) }
    }

    /// Consecutive actions with the same label share one item ("n/N Đoạn").
    static func barItems(_ state: AppState) -> [BarItem] {
        let s = state.strings
        var items: [BarItem] = []
        for spec in ActionTable.all where spec.bar.contains(state.screen) {
            guard let key = state.keymap.keys(for: spec.id, on: state.screen).first else { continue }
            let label = s.actionLabel(spec.id)
            let available = state.unavailableReason(spec.id) == nil
            if var last = items.last, last.label == label {
                last.actions.append(spec.id)
                last.keys += "/" + KeyName.display(key)
                last.available = last.available || available
                last.rank = min(last.rank, spec.barRank)
                items[items.count - 1] = last
            } else {
                items.append(BarItem(actions: [spec.id], keys: KeyName.display(key), label: label, available: available,
                                     rank: spec.barRank, fullLabel: s.actionLabelInFull(spec.id)))
            }
        }
        return items
    }

    private static func modalHint(_ state: AppState) -> String? {
        let s = state.strings
        switch state.modal {
        case nil: return nil
        case .decision(let d)?: return d.confirming ? (state.voteRefuses(d) ? s.refusedDecisionKeys : s.confirmingKeys) : s.editingKeys
        case .filter?: return s.filterKeys
        case .ballot?: return s.ballotKeys
        case .notice?: return s.noticeKeys
        case .confirmQuit?: return s.quitKeys
        case .recognition(let r)?: return r.confirming ? s.confirmingKeys : s.recognitionKeys
        case .dismiss(let d)?: return d.confirming || d.restoring ? s.confirmingKeys : s.dismissKeys
        case .confirmDiscard?: return s.discardKeys
        case .bulk(let b)?: return b.step == .confirming ? s.bulkConfirmKeys : (b.kind == .vote ? s.ballotKeys : s.bulkChoosingKeys)
        case .sortPicker?: return s.sortKeys
        case .documents?: return s.documentsKeys
        case .meeting(let m)?: return m.confirming ? s.confirmingKeys : s.meetingKeys
        }
    }
}
