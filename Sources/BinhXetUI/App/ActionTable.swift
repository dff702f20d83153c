/// The groups the help screen lists actions under.
public enum ActionGroup: CaseIterable, Sendable {
    case moving, finding, comparing, deciding, general
}

/// One row of the action table: the single source of truth for an action's keys and where it shows.
public struct ActionSpec: Sendable {
    public var id: ActionID
    public var group: ActionGroup
    /// Default bindings, by screen, as keymap-file key names.
    public var keys: [(ScreenKind, [String])]
    /// Screens whose status bar shows this action.
    public var bar: Set<ScreenKind>
    /// When the status bar is too narrow, items of lower rank are kept first (1 = always wanted).
    public var barRank: Int = 2
}

/// The table of actions (tig's REQ_INFO): the keymap, the help screen, the status bar and
/// `Resources/keymap.default` are all generated from it.
public enum ActionTable {
    public static let all: [ActionSpec] = [
        ActionSpec(id: .moveUp, group: .moving, keys: [(.generic, ["k", "<Up>"])], bar: []),
        ActionSpec(id: .moveDown, group: .moving, keys: [(.generic, ["j", "<Down>"])], bar: []),
        ActionSpec(id: .pageUp, group: .moving, keys: [(.generic, ["<PgUp>", "<C-b>"])], bar: []),
        ActionSpec(id: .pageDown, group: .moving, keys: [(.generic, ["<PgDown>", "<Space>", "<C-f>"])], bar: []),
        ActionSpec(id: .firstLine, group: .moving, keys: [(.generic, ["<Home>", "g"])], bar: []),
        ActionSpec(id: .lastLine, group: .moving, keys: [(.generic, ["<End>", "G"])], bar: []),
        ActionSpec(id: .open, group: .moving, keys: [(.queues, ["<Enter>"]), (.summary, ["<Enter>"])], bar: [.queues, .summary], barRank: 1),
        // q closes the screen it is pressed on, as in tig, less and man: a member reading two texts side by
        // side who presses q expects to be back on the nomination, not out of the desk. Q quits anywhere.
        ActionSpec(id: .back, group: .moving,
                   keys: [(.generic, ["<Esc>"]), (.nomination, ["q"]), (.compare, ["q"]), (.help, ["q"]), (.summary, ["q"])],
                   bar: [.nomination, .compare, .help, .summary], barRank: 3),
        ActionSpec(id: .nextQueue, group: .moving, keys: [(.queues, ["<Tab>"])], bar: [.queues], barRank: 2),
        ActionSpec(id: .previousQueue, group: .moving, keys: [(.queues, ["<S-Tab>"])], bar: []),
        ActionSpec(id: .chooseQueue, group: .moving, keys: [(.queues, ["1", "2", "3", "4", "5", "6", "7", "8"])], bar: []),
        // On the nomination page the page keys move between nominations (the page scrolls with Space, C-f, C-b).
        ActionSpec(id: .nextNomination, group: .moving, keys: [(.generic, ["J"]), (.nomination, ["<PgDown>"])],
                   bar: [.nomination, .compare], barRank: 2),
        ActionSpec(id: .previousNomination, group: .moving, keys: [(.generic, ["K"]), (.nomination, ["<PgUp>"])], bar: []),

        ActionSpec(id: .search, group: .finding, keys: [(.queues, ["/"])], bar: [.queues], barRank: 1),
        ActionSpec(id: .filter, group: .finding, keys: [(.queues, ["f"])], bar: [.queues], barRank: 2),
        ActionSpec(id: .clearFilter, group: .finding, keys: [(.queues, ["x"])], bar: []),
        ActionSpec(id: .sort, group: .finding, keys: [(.queues, ["s"])], bar: [.queues], barRank: 3),
        ActionSpec(id: .reverseSort, group: .finding, keys: [(.queues, ["S"])], bar: []),
        ActionSpec(id: .yearSummary, group: .finding, keys: [(.queues, ["t"])], bar: [.queues], barRank: 2),

        ActionSpec(id: .sideBySide, group: .comparing, keys: [(.generic, ["c"])], bar: [.queues, .nomination], barRank: 1),
        ActionSpec(id: .nextPassage, group: .comparing, keys: [(.generic, ["n"])], bar: [.nomination, .compare], barRank: 2),
        ActionSpec(id: .previousPassage, group: .comparing, keys: [(.generic, ["N"])], bar: [.nomination, .compare], barRank: 2),
        ActionSpec(id: .previousSource, group: .comparing, keys: [(.generic, ["["])], bar: [.nomination, .compare], barRank: 3),
        ActionSpec(id: .nextSource, group: .comparing, keys: [(.generic, ["]"])], bar: [.nomination, .compare], barRank: 3),
        ActionSpec(id: .scrollLeftSide, group: .comparing, keys: [(.compare, ["h", "<Left>"])], bar: [.compare], barRank: 3),
        ActionSpec(id: .scrollRightSide, group: .comparing, keys: [(.compare, ["l", "<Right>"])], bar: [.compare], barRank: 3),
        ActionSpec(id: .scrollBothSides, group: .comparing, keys: [(.compare, ["="])], bar: [.compare], barRank: 3),

        ActionSpec(id: .approve, group: .deciding, keys: [(.generic, ["a"])], bar: [.nomination, .compare], barRank: 1),
        ActionSpec(id: .reject, group: .deciding, keys: [(.generic, ["r"])], bar: [.nomination, .compare], barRank: 1),
        ActionSpec(id: .requestSupplement, group: .deciding, keys: [(.generic, ["b"])], bar: [.nomination, .compare], barRank: 1),
        ActionSpec(id: .criticiseUnit, group: .deciding, keys: [(.generic, ["p"])], bar: [.nomination, .compare], barRank: 1),
        ActionSpec(id: .vote, group: .deciding, keys: [(.generic, ["v"])], bar: [.nomination, .compare], barRank: 2),
        ActionSpec(id: .recogniseInitiative, group: .deciding, keys: [(.nomination, ["i"])], bar: [.nomination], barRank: 3),
        ActionSpec(id: .dismissFinding, group: .deciding, keys: [(.nomination, ["x"]), (.compare, ["x"])], bar: [.nomination, .compare], barRank: 3),
        ActionSpec(id: .documents, group: .deciding, keys: [(.generic, ["d"])], bar: [.summary], barRank: 2),
        ActionSpec(id: .recordMeeting, group: .deciding, keys: [(.queues, ["m"]), (.summary, ["m"])], bar: [.summary], barRank: 2),
        ActionSpec(id: .tag, group: .deciding, keys: [(.queues, ["<Space>"])], bar: [.queues], barRank: 3),
        ActionSpec(id: .tagAll, group: .deciding, keys: [(.queues, ["*"])], bar: []),

        ActionSpec(id: .help, group: .general, keys: [(.generic, ["?", "<F1>"])], bar: Set(ScreenKind.allCases)),
        ActionSpec(id: .refresh, group: .general, keys: [(.generic, ["<C-l>"])], bar: []),
        ActionSpec(id: .quit, group: .general, keys: [(.queues, ["q"]), (.generic, ["Q", "<F10>", "<C-c>"])], bar: [.queues], barRank: 3),
    ]

    /// The row of an action.
    public static func spec(_ id: ActionID) -> ActionSpec {
        all.first { $0.id == id }!
    }
}
