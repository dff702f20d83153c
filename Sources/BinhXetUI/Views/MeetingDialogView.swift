import BinhXetCore
import BinhXetText

/// The meeting dialog's lines: the day, times and place, the chair and secretary picked from the council,
/// each member present or absent with the reason; then the confirmation repeating what will be recorded.
enum MeetingDialogView {
    static func lines(_ m: MeetingDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = DialogView.innerWidth(state)
        var lines: [StyledLine] = StyledWrap.wrap([Span(s.meetingPrompt(replacing: m.replacing != nil))], width: w)
        lines.append([])
        if m.confirming, case .success(let meeting) = m.checked {
            let names = Dictionary(uniqueKeysWithValues: m.members.map { ($0.login, $0.name) })
            lines += StyledWrap.wrap([Span(s.meetingSummary(meeting, names: names))], width: w)
            lines += [[]] + StyledWrap.wrap([Span(s.meetingConfirm(year: m.year, replacing: m.replacing != nil), .label)], width: w)
            lines += [[], [Span(s.confirmingKeys, .dim)]]
            return lines
        }
        let plain: [MeetingDialog.Field] = [.day, .start, .end, .place, .chair, .secretary]
        let labelWidth = plain.map { DisplayWidth.of(s.meetingField($0)) }.max()! + 4
        for field in plain {
            let active = field == m.field
            // The field being typed in is one line, scrolled so its cursor shows (as the search is).
            func typed(_ t: TextField) -> String { active ? t.withCursor(fitting: w - labelWidth) : t.text }
            let value: String
            switch field {
            case .day: value = typed(m.day)
            case .start: value = typed(m.start)
            case .end: value = typed(m.end)
            case .place: value = typed(m.place)
            case .chair: value = "‹ " + person(m.chair, m, s) + " ›"
            case .secretary: value = "‹ " + person(m.secretary, m, s) + " ›"
            case .member: value = ""
            }
            let label = (active ? "▸ " : "  ") + s.meetingField(field)
            lines += StyledWrap.labelled(DisplayWidth.fit(label, to: labelWidth), [Span(value, active ? .input : .dialog)],
                                         labelWidth: labelWidth, width: w)
        }
        lines.append([])
        // Wrapped: in English at 80 columns it ran out of the box ("…type the reason for an abs").
        lines += StyledWrap.wrap([Span(s.meetingMembersLabel(present: m.members.count - m.absent.count, of: m.members.count), .label)], width: w)
        // The members' lines, scrolled to keep the focused one in view when the council is large.
        // When the members and an error do not all fit (a five-member council at 24 rows lost its fifth line
        // under the error), the box gives up first its copy of the keys (the status bar shows them), then
        // its blank lines; only a council larger still scrolls.
        let problem = m.problem.map { StyledWrap.wrap([Span($0, .error)], width: w) } ?? []
        let keys = StyledWrap.wrap([Span(s.meetingKeys, .dim)], width: w)
        let inner = state.size.height - 2 - 2
        var tail: [StyledLine] = (problem.isEmpty ? [] : [[]] + problem) + [[]] + keys
        if lines.count + m.members.count + tail.count > inner { tail = problem.isEmpty ? [] : [[]] + problem }
        if lines.count + m.members.count + tail.count > inner {
            tail = problem
            lines = lines.filter { !$0.isEmpty }
        }
        let room = max(1, inner - lines.count - tail.count)
        var focused = 0
        if case .member(let i) = m.field { focused = i }
        let first = max(0, min(focused - room / 2, m.members.count - room))
        for (i, member) in m.members.enumerated().dropFirst(first).prefix(room) {
            let active = m.field == .member(i)
            let reason = m.absent[member.login]
            let mark = (active ? "▸ " : "  ") + (reason == nil ? "[x] " : "[ ] ")
            var who = member.name + " · " + s.role(member.role) + " — "
            var text: String
            if let reason, active {
                // The reason being typed keeps its cursor in the line: it scrolls, and a long name and role
                // give way before it does below a third of the line.
                let word = s.meetingAbsentWord + ": "
                let room = max(w / 3, w - DisplayWidth.of(mark + who + word))
                who = DisplayWidth.cut(who, to: w - room - DisplayWidth.of(mark + word))
                text = mark + who + word + reason.withCursor(fitting: room)
            } else {
                text = mark + who + (reason.map { s.meetingAbsentWord + ": " + $0.text } ?? s.meetingPresentWord)
            }
            lines.append([Span(DisplayWidth.fit(text, to: w), active ? .choiceSelected : (reason == nil ? .dialog : .dim))])
        }
        return lines + tail
    }

    private static func person(_ login: String, _ m: MeetingDialog, _ s: any UIStrings) -> String {
        guard let member = m.members.first(where: { $0.login == login }) else { return login.isEmpty ? "—" : login }
        return "\(member.name) (\(s.role(member.role)))"
    }
}
