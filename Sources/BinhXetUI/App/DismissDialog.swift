import BinhXetCore

/// Setting a re-use finding aside (a reason of the core's four, and a note), or taking a dismissal back.
public struct DismissDialog: Equatable, Sendable {
    public var nominationID: String
    public var sourceID: String
    /// True when the finding is dismissed already: the dialog then only asks to count it again.
    public var restoring: Bool
    public var reason: DismissalReason?
    public var note = TextField()
    public var confirming = false
    public var problem: String?

    var holdsInput: Bool { !note.isEmpty || reason != nil }
}

extension AppState {
    /// The source the member is looking at: the one side by side, else the one selected on the page.
    var currentSourceIndex: Int? {
        guard let n = nomination, !n.sources.isEmpty else { return nil }
        let i = screen == .compare ? (compare?.source ?? n.selectedSource) : n.selectedSource
        return n.sources.indices.contains(i) ? i : nil
    }

    var dismissUnavailableReason: String? {
        let s = strings
        guard screen == .nomination || screen == .compare else { return screen == .queues ? s.openNominationFirst : s.onlyOnNomination }
        guard let data = nomination?.data else { return s.stillLoading }
        if readOnly { return s.readOnlyReason }
        if currentSourceIndex == nil { return s.noSourceReason }
        if let standing = data.standing, standing.councilExists, standing.member == nil { return s.notOnCouncil(member) }
        return nil
    }

    mutating func openDismiss() {
        guard let n = nomination, let i = currentSourceIndex else { return }
        let source = n.sources[i].id
        modal = .dismiss(DismissDialog(nominationID: n.id, sourceID: source,
                                       restoring: n.data?.dismissals[source] != nil))
    }

    mutating func handleDismiss(key: Key, _ dialog: DismissDialog) -> [Effect] {
        var d = dialog
        if d.restoring || d.confirming {
            switch key {
            case .enter, .char("y"), .char("Y"):
                modal = nil
                return [.dismissFinding(nominationID: d.nominationID, sourceID: d.sourceID, reason: d.reason,
                                        note: d.note.trimmed, restore: d.restoring)]
            case .escape, .char("n"), .char("N"):
                if d.restoring { modal = nil; return [] }
                d.confirming = false
            default:
                if case .char = key {} else if keymap.action(for: key, on: screen) == .quit { return quit() }
            }
            modal = .dismiss(d)
            return []
        }
        switch key {
        case .enter:
            if d.reason == nil { d.problem = strings.dismissNeedsReason } else { d.problem = nil; d.confirming = true }
        case .escape:
            modal = nil
            return []
        case .up, .down:
            let all = DismissalReason.allCases
            let at = d.reason.flatMap { all.firstIndex(of: $0) } ?? (key == .down ? -1 : all.count)
            d.reason = all[(at + (key == .down ? 1 : -1) + all.count) % all.count]
            d.problem = nil
        case .backspace:
            d.note.backspace()
        case .left, .right, .home, .end, .delete, .ctrl("u"), .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"), .ctrl("d"):
            d.note.edit(key)
        case .char(let u):
            let digits: [Unicode.Scalar] = ["1", "2", "3", "4"]
            // A number picks a reason while nothing is chosen or typed; after that digits are text (↑/↓
            // still change the reason), so a note starting with a number is not taken for a choice.
            if d.note.isEmpty, d.reason == nil, let i = digits.firstIndex(of: u) {
                d.reason = DismissalReason.allCases[i]
            } else {
                d.note.insert(u)
            }
            d.problem = nil
        default:
            if keymap.action(for: key, on: screen) == .quit { return quit() }
        }
        modal = .dismiss(d)
        return []
    }
}
