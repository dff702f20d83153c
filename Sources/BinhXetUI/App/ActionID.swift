/// Every user intent the desk knows, by name. Keys, the help screen, the status bar and the default
/// keymap file all come from `ActionTable`, so an action exists in exactly one place.
public enum ActionID: String, CaseIterable, Sendable {
    // Moving
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case firstLine = "first-line"
    case lastLine = "last-line"
    case open
    case back
    case nextQueue = "next-queue"
    case previousQueue = "previous-queue"
    case nextNomination = "next-nomination"
    case previousNomination = "previous-nomination"
    /// A number key on the queues: the tab of that number.
    case chooseQueue = "choose-queue"
    // Finding nominations
    case search
    case filter
    case clearFilter = "clear-filter"
    case sort
    case reverseSort = "reverse-sort"
    // Comparing
    case sideBySide = "side-by-side"
    case nextPassage = "next-passage"
    case previousPassage = "previous-passage"
    case previousSource = "previous-source"
    case nextSource = "next-source"
    case scrollLeftSide = "scroll-left-side"
    case scrollRightSide = "scroll-right-side"
    case scrollBothSides = "scroll-both-sides"
    // Deciding
    case approve
    case reject
    case requestSupplement = "request-supplement"
    case criticiseUnit = "criticise-unit"
    case vote
    case recogniseInitiative = "recognise"
    case dismissFinding = "dismiss-finding"
    case yearSummary = "year-summary"
    /// The papers to produce: the year's from the queues and the summary, a nomination's from its page.
    case documents
    /// Record the year's council meeting (time, place, chair, secretary, who was absent).
    case recordMeeting = "record-meeting"
    case tag
    case tagAll = "tag-all"
    // General
    case help
    case refresh
    case quit

    /// The token a keymap file uses.
    public var name: String { rawValue }
}
