/// What a cell means, not how it looks: views name these, and only the terminal module decides colours
/// and attributes for them (with a monochrome fallback), so screens never mention a colour.
public enum Style: Hashable, Sendable {
    case normal
    /// The top line: application, desk and member.
    case header
    /// A queue tab or breadcrumb that is not the current one.
    case tab
    case tabActive
    /// Column titles of a table.
    case columnHeader
    /// The selected row of a list.
    case selection
    /// Less important text: hints, empty values, unavailable keys.
    case dim
    /// A field name before its value ("Đơn vị:").
    case label
    /// A section rule inside a page ("── Lịch sử ──").
    case sectionTitle
    /// The passage-number gutter beside a text.
    case gutter
    /// A matched passage; the palette index (0..<Style.matchPalette) is the same on both sides of a pair.
    case match(Int)
    /// The passage that n/N moved to.
    case matchFocused
    /// Inside a matched passage, words that differ from the other side (a changed number, name, school
    /// year) or that only this side has: they must stand out without colour too.
    case matchChanged
    /// Inside a matched passage, template and stock wording: dimmed, not counted.
    case matchTemplate
    /// A finding flag in a queue row.
    case flag
    /// A nomination past its deadline.
    case overdue
    /// A key in the status bar.
    case statusKey
    /// A key's label in the status bar.
    case statusText
    /// A key whose action is unavailable here.
    case statusDisabled
    /// The message line (info).
    case message
    /// The message line (something went wrong) and warnings inside dialogs.
    case error
    /// The inside of a dialog box.
    case dialog
    case dialogTitle
    case dialogBorder
    /// A text field being edited.
    case input
    /// A chosen item in a dialog list.
    case choiceSelected

    /// How many distinct match styles alternate along a text.
    public static let matchPalette = 4

    /// The style of the passage pair with this index.
    public static func passage(_ index: Int) -> Style { .match(index % matchPalette) }

    /// A short stable name for style dumps in snapshot files.
    public var name: String {
        switch self {
        case .normal: return "normal"
        case .header: return "header"
        case .tab: return "tab"
        case .tabActive: return "tabActive"
        case .columnHeader: return "columnHeader"
        case .selection: return "selection"
        case .dim: return "dim"
        case .label: return "label"
        case .sectionTitle: return "section"
        case .gutter: return "gutter"
        case .match(let i): return "match\(i)"
        case .matchFocused: return "matchFocused"
        case .matchChanged: return "matchChanged"
        case .matchTemplate: return "matchTemplate"
        case .flag: return "flag"
        case .overdue: return "overdue"
        case .statusKey: return "statusKey"
        case .statusText: return "statusText"
        case .statusDisabled: return "statusDisabled"
        case .message: return "message"
        case .error: return "error"
        case .dialog: return "dialog"
        case .dialogTitle: return "dialogTitle"
        case .dialogBorder: return "dialogBorder"
        case .input: return "input"
        case .choiceSelected: return "choiceSelected"
        }
    }

    /// Every style, for building the terminal's colour table.
    public static let all: [Style] = [
        .normal, .header, .tab, .tabActive, .columnHeader, .selection, .dim, .label, .sectionTitle, .gutter,
    ] + (0..<matchPalette).map { .match($0) } + [
        .matchFocused, .matchChanged, .matchTemplate, .flag, .overdue, .statusKey, .statusText, .statusDisabled, .message, .error, .dialog,
        .dialogTitle, .dialogBorder, .input, .choiceSelected,
    ]
}
