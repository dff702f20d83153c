import BinhXetCore
import BinhXetSimilarity

/// English, with `--lang en` or an English locale.
public struct EnglishStrings: UIStrings {
    public init() {}

    // MARK: Frame
    public var appTitle: String { "BinhXet · Emulation & commendation review desk" }
    public var memberLabel: String { "Member" }
    public var readOnlyTag: String { "READ-ONLY" }
    public var loading: String { "Loading…" }
    public func tooSmall(_ size: Size, minimum: Size) -> [String] {
        ["The terminal is too small: \(size.width)×\(size.height).",
         "It must be at least \(minimum.width) columns × \(minimum.height) lines.",
         "Enlarge the window, or press q to quit."]
    }

    // MARK: Domain words
    public var vocabulary: Vocabulary { .en }
    public func status(_ s: NominationStatus) -> String { Vocabulary.en.status(s) }
    public func findingKind(_ k: FindingKind) -> String { Vocabulary.en.findingKind(k) }
    public func awardTitleShort(_ t: AwardTitle) -> String { t.abbreviation }
    public func awardTitleLong(_ t: AwardTitle) -> String { Vocabulary.en.titleLong(t) }
    public func flagLetter(_ f: QueueFlag) -> String {
        switch f {
        case .selfReuse: return "R"
        case .copy: return "C"
        case .offDuty: return "O"
        case .overdue: return "L"
        case .ruleViolation: return "V"
        }
    }
    public func flagName(_ f: QueueFlag) -> String {
        switch f {
        case .selfReuse: return "re-uses own earlier initiative"
        case .copy: return "copies another person's initiative"
        case .offDuty: return "unrelated to assigned duties"
        case .overdue: return "late: past the deadline"
        case .ruleViolation: return "breaks a rule (see the nomination)"
        }
    }
    public func standardReason(_ r: StandardRejectionReason) -> String { Vocabulary.en.standardReason(r) }
    public func eventKind(_ kind: DeskEvent.Kind) -> String { Vocabulary.en.eventKind(kind) }

    // MARK: Queues
    public func tab(_ t: QueueTab) -> String {
        switch t {
        case .mine: return "My work"
        case .received: return "New"
        case .flagged: return "Flagged"
        case .awaitingSupplement: return "Awaiting supplement"
        case .approved: return "Approved"
        case .rejected: return "Rejected"
        case .archive: return "Archive"
        case .all: return "All"
        }
    }
    public func tabShort(_ t: QueueTab) -> String {
        switch t {
        case .mine: return "Mine"
        case .received: return "New"
        case .flagged: return "Flagged"
        case .awaitingSupplement: return "Suppl."
        case .approved: return "Appr."
        case .rejected: return "Rejected"
        case .archive: return "Archive"
        case .all: return "All"
        }
    }
    public func sort(_ s: QueueSort) -> String {
        switch s {
        case .id: return "ID"
        case .nominee: return "name"
        case .unit: return "unit"
        case .similarity: return "similarity"
        case .received: return "received"
        case .status: return "status"
        case .due: return "due"
        }
    }
    public var columnID: String { "ID" }
    public var columnNominee: String { "Nominee" }
    public var columnUnit: String { "Unit" }
    public var columnTitle: String { "Title" }
    public var columnInitiative: String { "Initiative" }
    public var columnSimilarity: String { "Sim." }
    public var columnFlags: String { "Flags" }
    public var columnStatus: String { "Status" }
    public var columnDue: String { "Due" }
    public func due(_ d: DueStanding) -> String {
        switch d {
        case .dueIn(let n): return n == 0 ? "today" : "\(n) left"
        case .late(let n): return "\(n) late"
        }
    }
    public var sortLabel: String { "Sort" }
    public var descendingMark: String { "↓" }
    public var filterLabel: String { "Filter" }
    public var noFilter: String { "none" }
    public var searchLabel: String { "Search" }
    public var searchHint: String { "Enter: keep · Esc: clear" }
    public func notChecked(count: Int) -> String {
        "\(count) nomination\(count == 1 ? "" : "s") not checked yet"
    }
    public var emptyQueue: String { "No nominations in this queue." }
    public var emptySearch: String { "No nominations found." }
    public func rowPosition(_ n: Int, of total: Int) -> String { "\(n)/\(total)" }

    // MARK: Nomination
    public var nomineeLabel: String { "Nominee" }
    public var positionLabel: String { "Position" }
    public var dutiesLabel: String { "Duties" }
    public var unitLabel: String { "Unit" }
    public var titleLabel: String { "Title" }
    public var receivedLabel: String { "Received" }
    public var statusLabel: String { "Status" }
    public var overdueTag: String { "overdue" }
    public var sourcesSection: String { "Matched sources" }
    public var offDutySection: String { "Unrelated to duties" }
    public var historySection: String { "History" }
    public var nomineeHistorySection: String { "The nominee's other nominations" }
    public var noOtherNominations: String { "No other nominations." }
    public func outcomeOf(_ r: ReviewedNomination) -> String { Vocabulary.en.outcome(of: r) }
    public func recognitionOf(_ r: ReviewedNomination) -> String? { Vocabulary.en.recognition(of: r) }
    public var ruleFlagsSection: String { "Rule checks" }
    public func ruleSeverity(_ s: FlagSeverity) -> String { s == .violation ? "[violation]" : "[warning]" }
    public func ruleMessage(_ flag: RuleFlag) -> String { Vocabulary.en.ruleMessage(flag.detail) }
    public var initiativeSection: String { "Initiative" }
    public var notCheckedYet: String { "Not checked yet for re-use: the desk checks it by itself; results show when done." }
    public var checkedClean: String { "Checked: nothing re-used found." }
    public var noMatchedSources: String { "Matches no earlier initiative." }
    public var noInitiative: String { "No initiative report." }
    public var coverageWord: String { "covers" }
    public var similarityWord: String { "similarity" }
    public var relevanceWord: String { "relevance" }
    public func passageCount(_ n: Int) -> String { "\(n)\u{A0}passage\(n == 1 ? "" : "s")" }
    public var evidenceLabel: String { "Evidence" }
    public var dutyEvidenceLabel: String { "Duties" }
    public var witnessesLabel: String { "Subject" }
    public var witnessesIntro: String { "also written on by: " }
    public var titleReusedTag: String { "same\u{A0}initiative\u{A0}title" }
    public var dossierCodeLabel: String { "dossier" }
    public var dueLabel: String { "due" }
    public var noEvents: String { "No events yet." }

    // MARK: Side by side
    public var nominationSide: String { "Nomination" }
    public func sourceSide(_ n: Int, of total: Int) -> String { "Source \(n)/\(total)" }
    public var noPassageFocused: String { "n: go to the first matched passage" }
    public func scrollTarget(_ t: ScrollTarget) -> String {
        switch t {
        case .both: return "scrolling: both sides"
        case .left: return "scrolling: left side"
        case .right: return "scrolling: right side"
        }
    }
    public var loadingSource: String { "Loading the source text…" }
    public var sourceHasNoText: String { "This source has no initiative text." }

    // MARK: Dialogs
    public func dialogTitle(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return "Approve"
        case .reject: return "Reject"
        case .supplement: return "Return for supplement"
        case .criticise: return "Criticise the unit's leadership"
        }
    }
    public func dialogPrompt(_ k: DecisionKind, unit: String) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Pick a standard reason by number, or type a reason:"
        case .supplement: return "What the dossier is missing:"
        case .criticise: return "Criticise the leadership of \(unit) for careless review:"
        }
    }
    public func fieldLabel(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Reason"
        case .supplement: return "Missing"
        case .criticise: return "Text"
        }
    }
    public func confirmQuestion(_ k: DecisionKind, id: String, nominee: String) -> String {
        switch k {
        case .approve: return "Record APPROVED for \(id) (\(nominee))?"
        case .reject: return "Record REJECTED for \(id) (\(nominee))?"
        case .supplement: return "Return \(id) (\(nominee)) to the unit for supplement?"
        case .criticise: return "Record the criticism (about \(id))?"
        }
    }
    public var editingKeys: String { "Enter: continue · Esc: cancel · ←→ Home End: cursor · Bksp Del: delete" }
    public var confirmingKeys: String { "Enter/y: record · Esc/n: go back" }
    public var refusedDecisionKeys: String { "Enter/Esc: close (nothing recorded)" }
    public func missingInput(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Pick a standard reason or type one."
        case .supplement: return "Say what is missing."
        case .criticise: return "Type the criticism."
        }
    }
    public func approveWarning(findings: Int, checked: Bool) -> String? {
        if !checked { return "Note: this nomination has not been checked for re-use." }
        return findings > 0 ? "Note: the checker found \(findings) finding\(findings == 1 ? "" : "s")." : nil
    }
    public var orTypeReason: String { "or type another reason" }
    public var changedMeanwhileTitle: String { "Changed meanwhile" }
    public func changedMeanwhile(id: String, kind: String, by: String, at: String) -> [String] {
        ["While you were looking, \(id) was recorded as: \(kind)",
         "by \(by) at \(at).",
         "Your decision was NOT recorded; nothing was overwritten."]
    }
    public var readOnlyNotice: [String] { ["This desk is read-only; nothing was written."] }
    public func notAMember(_ login: String) -> [String] {
        ["“\(login)” is not a member of this desk's council; nothing was written.",
         "Each member works under their own login."]
    }
    public func notAllowed(_ login: String, role: String) -> [String] {
        ["\(login) (role \(role)) may not record outcomes under this desk's rules;", "nothing was written."]
    }
    public func otherYearWarning(year: Int, open: Int?) -> String {
        "Note: this nomination is of \(year), not of the year under review\(open.map { " (\($0))" } ?? ""). Record it only if the council is reviewing \(year) again."
    }
    // MARK: Ballots at the desk
    public func role(_ r: CouncilRole) -> String {
        switch r {
        case .chair: return "chair"
        case .standingViceChair: return "standing vice-chair"
        case .viceChair: return "vice-chair"
        case .secretary: return "secretary"
        case .member: return "member"
        }
    }
    public var ballotTitle: String { "Ballot" }
    public func ballotPrompt(id: String, nominee: String) -> String { "Your ballot on \(id) (\(nominee)):" }
    public func voteChoice(_ c: VoteChoice) -> String {
        switch c {
        case .agree: return "agree"
        case .disagree: return "disagree"
        case .abstain: return "abstain"
        }
    }
    public var ballotSecretNote: String { "Secret ballot: cast once, cannot be changed; the desk counts ballots and keeps no record of who chose what." }
    public var ballotOpenNote: String { "Open ballot: members see your choice; a later ballot of yours replaces this one." }
    public var ballotKeys: String { "1/2/3: choose · Enter: cast · Esc: cancel" }
    public var ballotNeedsChoice: String { "Choose 1, 2 or 3 first." }
    public func voteRecorded(id: String) -> String { "Your ballot on \(id) is recorded." }
    public var noCouncil: String { "The desk has no council yet (binhxet member add)." }
    public func notOnCouncil(_ login: String) -> String { "“\(login)” is not on the council." }
    public func votingClosed(_ status: String) -> String { "Already decided (\(status)): voting is closed." }
    public var alreadyCastSecretly: String { "You have cast your secret ballot on this nomination." }
    public func mayNotRecordOutcomes(role: String?, allowed: [String]) -> String {
        "\(role.map { "The \($0) role" } ?? "Your role") may not record outcomes; only \(allowed.joined(separator: ", ")) may."
    }
    public func tallyLine(_ t: VoteTally) -> String {
        "\(t.agree)/\(t.denominator) agree · \(t.disagree) disagree · \(t.abstain) abstain · needs "
            + "\(t.comparison == .atLeast ? "at least" : "more than") \(Percent.share(t.threshold, in: .en)) · \(t.passes ? "passes" : "short")"
    }
    public func againstVote(_ t: VoteTally, approving: Bool) -> String {
        "The council's vote \(approving ? "has not passed" : "passed") (\(t.agree)/\(t.denominator) agree, needs "
            + "\(t.comparison == .atLeast ? "at least" : "more than") \(Percent.share(t.threshold, in: .en))): "
            + "\(approving ? "an approval" : "a rejection") against the vote cannot be recorded."
    }
    public var ballotsLabel: String { "Ballots: " }
    public func tallyShort(_ t: VoteTally) -> String {
        ballotsLabel + "\(t.agree)/\(t.denominator) agree · needs \(t.comparison == .atLeast ? "≥" : ">") \(Percent.share(t.threshold, in: .en))"
    }
    public func voteDisagrees(id: String, approving: Bool, agree: Int, denominator: Int, threshold: String) -> [String] {
        [approving ? "\(id) has not reached the threshold: \(agree)/\(denominator) agree, needs \(Percent.share(threshold, in: .en))."
                   : "\(id) has reached the threshold: \(agree)/\(denominator) agree (threshold \(Percent.share(threshold, in: .en))).",
         "The outcome follows the council's vote; nothing was written.",
         overrideHint]
    }
    public var overrideHint: String { "An outcome against the vote needs a reason: binhxet decide … --override \"reason\"." }
    public var writeFailedTitle: String { "Not recorded" }
    public var noticeKeys: String { "Enter/Esc: close" }
    public var quitTitle: String { "Quit?" }
    public var quitQuestion: String { "Discard what you typed and quit?" }
    public var quitKeys: String { "y/Enter: quit · n/Esc: stay" }
    public var filterTitle: String { "Filter the queue" }
    public func filterField(_ f: FilterDialog.Field) -> String {
        switch f {
        case .year: return "Year"
        case .unit: return "Unit"
        case .title: return "Title"
        case .flag: return "Flag"
        }
    }
    public var anyValue: String { "any" }
    public func flagFilter(_ f: QueueFilter.FlagFilter) -> String {
        switch f {
        case .flag(let q): return flagName(q)
        case .notChecked: return "not checked yet"
        case .noFlags: return "no flags"
        case .undecided: return "undecided"
        case .notVotedByMe: return "not voted on by me"
        }
    }
    public var filterKeys: String { "Tab/↑↓: field · ←→/Space: choose · type: narrow the units · Enter: apply · Esc: cancel" }

    // MARK: Messages
    public func recorded(_ k: DecisionKind, id: String) -> String {
        switch k {
        case .approve: return "Recorded: \(id) approved."
        case .reject: return "Recorded: \(id) rejected."
        case .supplement: return "Recorded: \(id) returned for supplement."
        case .criticise: return "Criticism recorded."
        }
    }
    public func criticised(unit: String) -> String { "Recorded a criticism of the leadership of \(unit)." }
    public func changedElsewhere(id: String, status: String, by: String) -> String {
        "\(id) was just recorded as \(status) by \(by)."
    }
    public func keyNotUsed(_ key: String) -> String { "Key \(key) does nothing here · ? for help" }
    public func loadFailed(_ why: String) -> String { "Could not read the desk: \(why)" }
    public var refreshed: String { "Reloaded." }

    // MARK: Help and status bar
    public var helpTitle: String { "Help · keys" }
    public func group(_ g: ActionGroup) -> String {
        switch g {
        case .moving: return "Moving"
        case .finding: return "Finding nominations (queues)"
        case .comparing: return "Comparing"
        case .deciding: return "Deciding"
        case .general: return "General"
        }
    }
    public func actionHelp(_ a: ActionID) -> String {
        switch a {
        case .moveUp: return "Up one line"
        case .moveDown: return "Down one line"
        case .pageUp: return "Up one page"
        case .pageDown: return "Down one page"
        case .firstLine: return "To the top"
        case .lastLine: return "To the bottom"
        case .open: return "Open the selected nomination"
        case .back: return "Back to the previous screen (queues: clear the search)"
        case .nextQueue: return "Next queue"
        case .previousQueue: return "Previous queue"
        case .chooseQueue: return "Choose a queue by number (1 My work … 8 All)"
        case .nextNomination: return "Next nomination of the queue (from the nomination and side-by-side screens)"
        case .previousNomination: return "Previous nomination of the queue"
        case .tag: return "Tag or untag a nomination, to act on several at once"
        case .tagAll: return "Tag every nomination shown (as filtered and searched)"
        case .search: return "Search names, units and initiative titles (typed without marks: matches either; with marks: as typed)"
        case .filter: return "Filter by year, unit (from a list), title, flag, undecided, not voted on by me"
        case .clearFilter: return "Clear the filter"
        case .sort: return "Choose the sort order"
        case .reverseSort: return "Reverse the sort order"
        case .sideBySide: return "Compare side by side with a matched source"
        case .nextPassage: return "Next matched passage"
        case .previousPassage: return "Previous matched passage"
        case .previousSource: return "Previous matched source"
        case .nextSource: return "Next matched source"
        case .scrollLeftSide: return "Scroll the left side (nomination) only"
        case .scrollRightSide: return "Scroll the right side (source) only"
        case .scrollBothSides: return "Scroll both sides together"
        case .approve: return "Approve the nomination"
        case .reject: return "Reject, with a reason"
        case .requestSupplement: return "Return for supplement, saying what is missing"
        case .criticiseUnit: return "Criticise the unit's leadership for careless review"
        case .recogniseInitiative: return "Record the unit's decision recognising the initiative (year under review)"
        case .yearSummary: return "The year under review by unit: nominations, flags, CSTĐCS quota, favoured groups, criticisms"
        case .dismissFinding: return "Dismiss the selected source's finding with a reason (again: count it again)"
        case .vote: return "Cast your ballot on the nomination (in the queues: on the tagged ones)"
        case .documents: return "Draw up DOCX/HTML documents into the documents folder: the year's (queues, summary) or a nomination's (similarity report, forms 01–04)"
        case .recordMeeting: return "Record the year's council meeting: day and time, place, chair, secretary, absent members"
        case .help: return "Open or close this help"
        case .refresh: return "Reload from the desk and redraw"
        case .quit: return "Quit (asks first if a dialog holds input); q quits from the queues only, elsewhere it goes back"
        }
    }
    public func actionLabel(_ a: ActionID) -> String {
        switch a {
        case .moveUp, .moveDown: return "Move"
        case .pageUp, .pageDown: return "Page"
        case .firstLine, .lastLine: return "Top/end"
        case .open: return "Open"
        case .back: return "Back"
        case .nextQueue, .previousQueue, .chooseQueue: return "Queue"
        case .nextNomination, .previousNomination: return "Next"
        case .tag, .tagAll: return "Tag"
        case .search: return "Search"
        case .filter: return "Filter"
        case .clearFilter: return "Clear filter"
        case .sort, .reverseSort: return "Sort"
        case .sideBySide: return "Compare"
        case .nextPassage, .previousPassage: return "Passage"
        case .previousSource, .nextSource: return "Source"
        case .scrollLeftSide, .scrollRightSide, .scrollBothSides: return "Scroll"
        case .approve: return "Approve"
        case .reject: return "Reject"
        case .requestSupplement: return "Suppl."
        case .criticiseUnit: return "Criticise"
        case .vote: return "Vote"
        case .recogniseInitiative: return "Recognise"
        case .yearSummary: return "Summary"
        case .dismissFinding: return "Dismiss"
        case .documents: return "Documents"
        case .recordMeeting: return "Meeting"
        case .help: return "Help"
        case .refresh: return "Reload"
        case .quit: return "Quit"
        }
    }
    public func unavailableWhen(_ a: ActionID) -> String {
        switch a {
        case .open: return "Unavailable when the queue is empty."
        case .nextQueue, .previousQueue, .search, .filter, .sort, .reverseSort, .chooseQueue, .tag, .tagAll:
            return "Only in the queues."
        case .nextNomination, .previousNomination: return "Only on a nomination or side by side."
        case .clearFilter: return "Unavailable when nothing is filtered."
        case .sideBySide: return "Unavailable when not checked yet or no source matched."
        case .nextPassage, .previousPassage: return "Unavailable when no passage matched."
        case .previousSource, .nextSource: return "Unavailable with fewer than two sources."
        case .scrollLeftSide, .scrollRightSide, .scrollBothSides: return "Only side by side."
        case .approve, .reject, .requestSupplement: return "Only on an undecided nomination, on a writable desk."
        case .criticiseUnit: return "Only on a nomination, on a writable desk."
        case .vote: return "Only for council members, before the outcome."
        case .recogniseInitiative: return "Only on a nomination of the year under review with an initiative not yet decided on, by a role that records outcomes."
        case .back: return "Unavailable in the queues when nothing is searched."
        case .documents: return "Only for the roles that issue papers (chair, standing vice-chair, secretary), with a year under review."
        case .recordMeeting: return "Only in the queues or the year summary, for the roles that record the meeting, on a writable desk."
        default: return ""
        }
    }
    public var unavailableNow: String { "unavailable now" }
    public var flagsLegendTitle: String { "Flags in the queues" }
    public var keymapNote: String { "Remap keys with a keymap file (--keymap FILE or $BINHXET_KEYMAP); see Resources/keymap.default." }

    // MARK: Why an action is unavailable
    public var onlyInQueues: String { "Only in the queues." }
    public var openNominationFirst: String { "Open the nomination first (Enter)." }
    public var onlyOnNomination: String { "Only on a nomination or side by side." }
    public var onlySideBySide: String { "Only side by side." }
    public var alreadySideBySide: String { "Already side by side." }
    public var noNominationSelected: String { "No nomination is selected." }
    public var notCheckedReason: String { "Not checked yet for re-use (the desk is checking it)." }
    public var noSourceReason: String { "No matched source to compare with." }
    public var noPassagesReason: String { "No matched passages." }
    public var oneSourceReason: String { "There is only one matched source." }
    public func alreadyDecided(_ status: String) -> String { "Already decided: \(status)." }
    public var alreadyAwaiting: String { "Already awaiting supplement." }
    public var readOnlyReason: String { "The desk is read-only." }
    public var noFilterReason: String { "Nothing is filtered." }
    public var nothingToGoBackTo: String { "Already at the queues." }
    public var stillLoading: String { "Still loading the nomination…" }
    public var columnTitleInFull: String { columnTitle }
    public func actionLabelInFull(_ a: ActionID) -> String? {
        switch a {
        case .requestSupplement: return "Supplement"
        case .nextNomination, .previousNomination: return "Next nomination"
        default: return nil
        }
    }
}
