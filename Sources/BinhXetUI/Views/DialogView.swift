import BinhXetCore
import BinhXetText

/// Dialog boxes drawn over the current screen.
enum DialogView {
    static func draw(_ modal: Modal, _ state: AppState, into buf: inout ScreenBuffer) {
        let s = state.strings
        switch modal {
        case .decision(let d):
            box(title: "\(s.dialogTitle(d.kind)) · \(d.nominationID)", lines: decisionLines(d, state), state, into: &buf)
        case .filter(let f):
            box(title: s.filterTitle, lines: filterLines(f, s, width: innerWidth(state)), state, into: &buf)
        case .ballot(let b):
            box(title: "\(s.ballotTitle) · \(b.nominationID)", lines: ballotLines(b, state), state, into: &buf)
        case .notice(let n):
            // Each line wrapped to the box: a notice often ends with a command to type, and a cut one
            // ("binhxet decide … --overrid") cannot be typed from the screen.
            box(title: n.title, lines: n.lines.flatMap { StyledWrap.wrap([Span($0)], width: innerWidth(state)) }
                    + [[], [Span(s.noticeKeys, .dim)]], state, into: &buf, error: true)
        case .recognition(let r):
            box(title: "\(s.recognitionTitle) · \(r.nominationID)", lines: RecognitionDialogView.lines(r, state), state, into: &buf)
        case .dismiss(let d):
            box(title: "\(s.dismissTitle) · \(d.nominationID)", lines: DismissDialogView.lines(d, state), state, into: &buf)
        case .documents(let d):
            box(title: s.documentsTitle(year: d.year, nominationID: d.nominationID), lines: DocumentsDialogView.lines(d, state), state, into: &buf)
        case .meeting(let m):
            box(title: s.meetingTitle(year: m.year), lines: MeetingDialogView.lines(m, state), state, into: &buf)
        case .confirmQuit(let over):
            if let over { draw(over, state, into: &buf) }
            box(title: s.quitTitle, lines: [[Span(s.quitQuestion)], [], [Span(s.quitKeys, .dim)]], state, into: &buf,
                width: 50)
        case .confirmDiscard(let over):
            draw(over, state, into: &buf)
            box(title: s.discardTitle, lines: StyledWrap.wrap([Span(s.discardQuestion)], width: innerWidth(state, 50))
                    + [[], [Span(s.discardKeys, .dim)]], state, into: &buf, width: 50)
        case .bulk(let b):
            box(title: s.bulkTitle(b.kind, count: b.clean.count + b.doubts.count), lines: bulkLines(b, state), state, into: &buf)
        case .sortPicker(let at):
            var lines: [StyledLine] = [[]]
            for (i, order) in QueueSort.allCases.enumerated() {
                let current = order == state.queue.sort
                // One order of several: radio marks.
                let mark = current ? "(•) " : "( ) "
                let text = (i == at ? "▸ " : "  ") + mark + "\(i + 1)  " + s.sort(order)
                    + (current && state.queue.descending ? " " + s.descendingMark : "")
                lines.append([Span(text, i == at ? .choiceSelected : .dialog)])
            }
            lines += [[]] + StyledWrap.wrap([Span(s.sortKeys, .dim)], width: innerWidth(state, 50))
            box(title: s.sortTitle, lines: lines, state, into: &buf, width: 50)
        }
    }

    /// Inner width of a dialog for the terminal.
    static func innerWidth(_ state: AppState, _ preferred: Int = 70) -> Int { min(preferred, state.size.width - 8) }

    private static func bulkLines(_ b: BulkDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = innerWidth(state)
        var lines: [StyledLine] = [[]]
        if b.step == .choosing {
            lines += StyledWrap.wrap([Span(s.bulkPrompt(b.kind))], width: w)
            if b.kind == .vote {
                lines.append([])
                for (i, c) in VoteChoice.allCases.enumerated() {
                    let picked = b.choice == c
                    lines.append([Span((picked ? "(•) " : "( ) ") + "\(i + 1)  " + s.voteChoice(c), picked ? .choiceSelected : .dialog)])
                }
            } else {
                let label = s.fieldLabel(.supplement) + ": "
                lines += StyledWrap.labelled(label, [Span(b.field.beforeCursor + "▏" + b.field.afterCursor, .input)],
                                             labelWidth: DisplayWidth.of(label), width: w).suffix(4)
            }
            if let p = b.problem { lines += [[]] + StyledWrap.wrap([Span(p, .error)], width: w) }
            lines += [[], [Span(b.kind == .vote ? s.ballotKeys : s.bulkChoosingKeys, .dim)]]
            return lines
        }
        lines += StyledWrap.wrap([b.items.isEmpty ? Span(s.bulkNoneChosen, .error)
                                                  : Span(s.bulkQuestion(b.kind, count: b.items.count, choice: b.choice), .label)], width: w)
        if b.kind == .supplement {
            lines += StyledWrap.labelled(s.fieldLabel(.supplement) + ":", [Span(b.field.trimmed, .input)],
                                         labelWidth: DisplayWidth.of(s.fieldLabel(.supplement)) + 2, width: w)
        }
        if b.skipped.total > 0 { lines += StyledWrap.wrap([Span(s.bulkSkipped(b.skipped), .dim)], width: w) }
        if !b.doubts.isEmpty {
            lines += [[]] + StyledWrap.wrap([Span(s.bulkDoubtsIntro(b.doubts.count), .error)], width: w)
            // Room for the list: the box keeps its keys line; a long list scrolls with the cursor.
            let room = max(1, state.size.height - 2 - 2 - lines.count - 3)
            let first = max(0, min(b.cursor - room / 2, b.doubts.count - room))
            for (i, d) in b.doubts.enumerated().dropFirst(first).prefix(room) {
                let text = (i == b.cursor ? "▸ " : "  ") + (d.included ? "[x] " : "[ ] ") + "\(d.id) \(d.nominee) · "
                    + s.bulkDoubtReasons(d)
                lines.append([Span(DisplayWidth.fit(text, to: w), i == b.cursor ? .choiceSelected : .dialog)])
            }
        }
        lines += [[], [Span(s.bulkConfirmKeys, .dim)]]
        return lines
    }

    private static func ballotLines(_ b: BallotDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = innerWidth(state)
        var lines = StyledWrap.wrap([Span(s.ballotPrompt(id: b.nominationID, nominee: b.nominee))], width: w) + [[]]
        for (i, c) in VoteChoice.allCases.enumerated() {
            let picked = b.choice == c
            // One choice of three: radio marks, not check boxes.
            lines.append([Span((picked ? "(•) " : "( ) ") + "\(i + 1)  " + s.voteChoice(c), picked ? .choiceSelected : .dialog)])
        }
        lines.append([])
        lines += StyledWrap.wrap([Span(b.secret ? s.ballotSecretNote : s.ballotOpenNote, .dim)], width: w)
        if let problem = b.problem { lines += [[]] + StyledWrap.wrap([Span(problem, .error)], width: w) }
        if let t = state.nomination?.data?.tally { lines += [[], [Span(s.tallyShort(t), .dim)]] }
        lines += [[], [Span(s.ballotKeys, .dim)]]
        return lines
    }

    private static func decisionLines(_ d: DecisionDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = innerWidth(state)
        var lines: [StyledLine] = [[Span(d.nominee, .label), Span(" · \(d.unitName)", .dim)], []]
        if d.kind == .reject, let t = state.nomination?.data?.tally, !t.follows(.reject) {
            // Before the reason is typed: the desk would refuse it, and the typed text would be for nothing.
            lines += StyledWrap.wrap([Span(s.againstVote(t, approving: false), .error)], width: w)
                + StyledWrap.wrap([Span(s.overrideHint, .dim)], width: w) + [[]]
        }
        if d.confirming {
            // A question the desk would answer "no" to is not asked: the refusal below says why.
            if !state.voteRefuses(d) {
                lines += StyledWrap.wrap([Span(s.confirmQuestion(d.kind, id: d.nominationID, nominee: d.nominee))], width: w)
            }
            if let year = d.otherYear {
                // A record of another year than the one under review: said before it is written.
                lines += [[]] + StyledWrap.wrap([Span(s.otherYearWarning(year: year, open: state.queue.reviewYear.year), .error)], width: w)
            }
            if d.kind == .approve {
                let n = state.nomination
                if let t = n?.data?.tally {
                    // The approve dialog shows the tally, and says when the vote falls short that the desk
                    // will refuse it (an override needs `binhxet decide --override`): one line either way.
                    lines += [[]] + StyledWrap.wrap(t.follows(.approve) ? [Span(s.tallyShort(t))]
                                                        : [Span(s.againstVote(t, approving: true), .error)], width: w)
                    if !t.follows(.approve) { lines += StyledWrap.wrap([Span(s.overrideHint, .dim)], width: w) }
                }
                if let warning = s.approveWarning(findings: n?.data?.findings.count ?? 0, checked: n?.data?.checked ?? false) {
                    lines += [[]] + StyledWrap.wrap([Span(warning, .error)], width: w)
                }
            } else {
                let text = d.kind == .reject ? s.vocabulary.reason(code: d.reason, note: d.field.trimmed) : d.field.trimmed
                lines.append([])
                lines += StyledWrap.labelled(s.fieldLabel(d.kind) + ":", [Span(text, .input)],
                                             labelWidth: DisplayWidth.of(s.fieldLabel(d.kind)) + 2, width: w)
            }
            lines += [[], [Span(state.voteRefuses(d) ? s.refusedDecisionKeys : s.confirmingKeys, .dim)]]
            return lines
        }
        lines += StyledWrap.wrap([Span(s.dialogPrompt(d.kind, unit: d.unitName))], width: w)
        if d.kind == .reject {
            for (i, r) in StandardRejectionReason.allCases.enumerated() {
                let picked = d.reason == r
                // One standard reason at most: radio marks, not check boxes.
                lines += StyledWrap.wrap([Span((picked ? "(•) " : "( ) ") + "\(i + 1)  " + s.standardReason(r),
                                               picked ? .choiceSelected : .dialog)], width: w)
            }
            lines.append([Span("        " + s.orTypeReason, .dim)])
        }
        lines.append([])
        let label = s.fieldLabel(d.kind) + ": "
        let field = StyledWrap.labelled(label, [Span(d.field.beforeCursor + "▏" + d.field.afterCursor, .input)],
                                        labelWidth: DisplayWidth.of(label), width: w)
        // A long text keeps its end (where typing happens) in view.
        lines += field.suffix(4)
        if let p = d.problem { lines += StyledWrap.wrap([Span(p, .error)], width: w) }
        lines += [[], [Span(s.editingKeys, .dim)]]
        return lines
    }

    private static func filterLines(_ f: FilterDialog, _ s: any UIStrings, width: Int) -> [StyledLine] {
        let labelWidth = FilterDialog.Field.allCases.map { DisplayWidth.of(s.filterField($0)) }.max()! + 3
        var lines: [StyledLine] = [[]]
        for field in FilterDialog.Field.allCases {
            let active = field == f.field
            let value: String
            switch field {
            // What is typed is one line, scrolled so its cursor shows (as the search is).
            case .year: value = active ? f.year.withCursor(fitting: width - labelWidth) : f.year.text
            case .unit:
                // A pick list: ←→ go through the units, typed letters narrow it.
                let m = f.unitMatches
                let at = f.unit.flatMap { m.firstIndex(of: $0) }.map { " \($0 + 1)/\(m.count)" } ?? ""
                let room = width - labelWidth
                let query = f.unitQuery.isEmpty ? "" : "  " + (active ? f.unitQuery.withCursor(fitting: room / 2) : DisplayWidth.cut(f.unitQuery.text, to: room / 2))
                let tail = query + (f.unitQuery.isEmpty && !active ? "" : at)
                // The unit picked gives way to what is typed and where in the list it is.
                value = "‹ " + DisplayWidth.cut(f.unit ?? s.anyValue, to: max(4, room - 4 - DisplayWidth.of(tail))) + " ›" + tail
            case .title: value = "‹ " + (f.title.map(s.awardTitleLong) ?? s.anyValue) + " ›"
            case .flag: value = "‹ " + (f.flag.map(s.flagFilter) ?? s.anyValue) + " ›"
            }
            let label = (active ? "▸ " : "  ") + s.filterField(field)
            lines.append([Span(DisplayWidth.fit(label, to: labelWidth), .label),
                          Span(value.isEmpty ? s.anyValue : value, active ? .input : (value.isEmpty ? .dim : .dialog))])
        }
        lines += [[]] + StyledWrap.wrap([Span(s.filterKeys, .dim)], width: width)
        return lines
    }

    /// A framed box centred on the screen, filled with the dialog style.
    static func box(title: String, lines: [StyledLine], _ state: AppState, into buf: inout ScreenBuffer,
                            width preferred: Int = 70, error: Bool = false) {
        let inner = innerWidth(state, preferred)
        let w = inner + 4
        let h = min(lines.count + 2, state.size.height - 2)
        let x = (state.size.width - w) / 2
        let y = max(1, (state.size.height - h) / 2)
        buf.fill(Rect(x: x, y: y, width: w, height: h), style: .dialog)
        let border: Style = error ? .error : .dialogBorder
        buf.write("┌" + String(repeating: "─", count: w - 2) + "┐", x: x, y: y, style: border)
        buf.write("└" + String(repeating: "─", count: w - 2) + "┘", x: x, y: y + h - 1, style: border)
        for r in 1..<(h - 1) {
            buf.write("│", x: x, y: y + r, style: border)
            buf.write("│", x: x + w - 1, y: y + r, style: border)
        }
        buf.write(" \(title) ", x: x + 2, y: y, style: .dialogTitle, limit: x + w - 2)
        for (i, line) in lines.prefix(h - 2).enumerated() {
            // Unstyled spans take the dialog's background.
            let styled = line.map { $0.style == .normal ? Span($0.text, .dialog) : $0 }
            buf.write(styled, x: x + 2, y: y + 1 + i, limit: x + w - 2)
        }
    }
}
