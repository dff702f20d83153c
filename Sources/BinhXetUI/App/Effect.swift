import BinhXetCore

/// Work `reduce` asks for and the loop carries out against the desk; its result comes back as a `Msg`.
/// Keeping desk access out of `reduce` keeps every screen testable without a terminal.
public enum Effect: Equatable, Sendable {
    /// Reload every queue row with its findings.
    case loadQueue
    /// Load the core's attention (flags with reasons, ballots short of the threshold, the year summary) from
    /// one rule review, after the queue, so start-up does not wait for it.
    case loadAttention
    /// Load the rule checks of one nomination (they read the whole desk: run after the frame is drawn).
    case loadRuleFlags(String)
    /// Load a nomination with its text, findings and sources.
    case loadNomination(String)
    /// Load the initiative text of a source nomination for side by side.
    case loadSourceText(String)
    /// Explain a nomination's matched passages (reads and analyses every source's text: run after the
    /// frame is drawn).
    case explainPassages(String)
    /// Record a council outcome, refusing if someone decided after `seenEventID`.
    /// `confirmYear` names the year of a nomination outside the year under review, confirmed by the member.
    /// A standard reason goes as its code; `reason` is then the member's own words after it.
    case decide(nominationID: String, outcome: DecisionOutcome, reason: String?, reasonCode: StandardRejectionReason? = nil,
                seenEventID: Int64?, confirmYear: Int? = nil)
    /// Cast the member's ballot on a nomination.
    case vote(nominationID: String, choice: VoteChoice)
    /// Record a criticism of a unit's leadership, naming the nomination it came from.
    case criticise(unitID: Int64, unitName: String, text: String, nominationID: String)
    /// Record the unit head's decision recognising a nomination's initiative (date as ISO).
    case recognise(nominationID: String, number: String, date: String, by: String, scope: String)
    /// Dismiss a finding with a reason, or count it again (`restore`).
    case dismissFinding(nominationID: String, sourceID: String, reason: DismissalReason?, note: String, restore: Bool)
    /// Check these nominations as `binhxet scan` does, off the loop; progress and the result come back as messages.
    case checkUnchecked([String])
    /// One action on many nominations: each its own checked write, through the same core calls as one.
    case bulk(kind: BulkKind, items: [BulkItem], choice: VoteChoice?, reason: String?)
    /// Load the member's preferences (the year filter they last set, opening the next after a decision).
    case loadPreferences
    /// Save the member's preferences.
    case savePreferences(MemberPreferences)
    /// Ask the desk whether another terminal changed something.
    case checkForChanges
    /// Repaint the whole terminal (Ctrl-L: something else wrote over the screen).
    case redraw
    /// Leave the desk.
    case quit
    /// Load the papers the desk offers: the year's, or one nomination's (the documents dialog, `d`).
    case loadPapers(year: Int, nominationID: String?)
    /// Build a paper and save it as a new file in the year's documents folder (the core names the file).
    case issueDocument(IssuableDocument, year: Int, format: DocumentFormat)
    /// Load the year's meeting as recorded, with the council's active members; `openForm` opens the meeting
    /// dialog with them (`m`), otherwise the year summary shows it.
    case loadMeeting(year: Int, openForm: Bool)
    /// Record the year's meeting (through the same `recordMeeting` as `binhxet meeting`).
    case recordMeeting(Meeting)
}
