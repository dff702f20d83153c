import BinhXetCore
import BinhXetSimilarity

/// The language the desk speaks (the core's `Language`; its domain words are the core's `Vocabulary`).
extension Language {
    public var strings: any UIStrings {
        switch self {
        case .vi: return VietnameseStrings()
        case .en: return EnglishStrings()
        }
    }
}

/// Every word the desk shows, one conforming type per language, so a missing translation is a compile
/// error. Domain terms come from the core's `Vocabulary`; a stored reason is a code, worded when read.
public protocol UIStrings: Sendable, WorkStrings, DeskWorkStrings, SummaryStrings, DismissStrings, CheckStrings,
    PaperStrings {
    // MARK: Frame
    var appTitle: String { get }
    var memberLabel: String { get }
    var readOnlyTag: String { get }
    var loading: String { get }
    func tooSmall(_ size: Size, minimum: Size) -> [String]

    // MARK: Domain words
    /// The core's words for domain terms in this language.
    var vocabulary: Vocabulary { get }
    func status(_ s: NominationStatus) -> String
    func findingKind(_ k: FindingKind) -> String
    func awardTitleShort(_ t: AwardTitle) -> String
    func awardTitleLong(_ t: AwardTitle) -> String
    func flagLetter(_ f: QueueFlag) -> String
    func flagName(_ f: QueueFlag) -> String
    func standardReason(_ r: StandardRejectionReason) -> String
    func eventKind(_ kind: DeskEvent.Kind) -> String

    // MARK: Queues
    func tab(_ t: QueueTab) -> String
    func tabShort(_ t: QueueTab) -> String
    func sort(_ s: QueueSort) -> String
    var columnID: String { get }
    var columnNominee: String { get }
    var columnUnit: String { get }
    var columnTitle: String { get }
    var columnInitiative: String { get }
    var columnSimilarity: String { get }
    var columnFlags: String { get }
    var columnStatus: String { get }
    var columnDue: String { get }
    /// "còn 5" / "trễ 3": working days left or late, in a few columns.
    func due(_ d: DueStanding) -> String
    var sortLabel: String { get }
    var descendingMark: String { get }
    var filterLabel: String { get }
    var noFilter: String { get }
    var searchLabel: String { get }
    var searchHint: String { get }
    func notChecked(count: Int) -> String
    var emptyQueue: String { get }
    var emptySearch: String { get }
    func rowPosition(_ n: Int, of total: Int) -> String

    // MARK: Nomination
    var nomineeLabel: String { get }
    var positionLabel: String { get }
    var dutiesLabel: String { get }
    var unitLabel: String { get }
    var titleLabel: String { get }
    var receivedLabel: String { get }
    var statusLabel: String { get }
    var overdueTag: String { get }
    var sourcesSection: String { get }
    var offDutySection: String { get }
    var historySection: String { get }
    /// The nominee's other nominations, with their outcomes.
    var nomineeHistorySection: String { get }
    var noOtherNominations: String { get }
    /// What became of a nomination (council outcome or imported archive outcome), with its decision.
    func outcomeOf(_ r: ReviewedNomination) -> String
    /// The unit's decision on its initiative; nil when it has none.
    func recognitionOf(_ r: ReviewedNomination) -> String?
    var ruleFlagsSection: String { get }
    func ruleSeverity(_ s: FlagSeverity) -> String
    /// A rule flag's message in the UI's language.
    func ruleMessage(_ flag: RuleFlag) -> String
    var initiativeSection: String { get }
    var notCheckedYet: String { get }
    var checkedClean: String { get }
    var noMatchedSources: String { get }
    var noInitiative: String { get }
    var coverageWord: String { get }
    var similarityWord: String { get }
    /// How related an off-duty initiative is to the duties (its score).
    var relevanceWord: String { get }
    func passageCount(_ n: Int) -> String
    var evidenceLabel: String { get }
    /// Off-duty: the terms of the duties the initiative was judged against.
    var dutyEvidenceLabel: String { get }
    /// Off-duty: who else wrote on the same subject (label, and the words before the list).
    var witnessesLabel: String { get }
    var witnessesIntro: String { get }
    var titleReusedTag: String { get }
    var dossierCodeLabel: String { get }
    var dueLabel: String { get }
    var noEvents: String { get }

    // MARK: Side by side
    var nominationSide: String { get }
    func sourceSide(_ n: Int, of total: Int) -> String
    var noPassageFocused: String { get }
    func scrollTarget(_ t: ScrollTarget) -> String
    var loadingSource: String { get }
    var sourceHasNoText: String { get }

    // MARK: Dialogs
    func dialogTitle(_ k: DecisionKind) -> String
    func dialogPrompt(_ k: DecisionKind, unit: String) -> String
    func fieldLabel(_ k: DecisionKind) -> String
    func confirmQuestion(_ k: DecisionKind, id: String, nominee: String) -> String
    var editingKeys: String { get }
    var confirmingKeys: String { get }
    /// The keys of a decision dialog whose decision the desk would refuse (the vote points the other way).
    var refusedDecisionKeys: String { get }
    /// How an outcome against the vote is recorded (on the command line, with a reason).
    var overrideHint: String { get }
    func missingInput(_ k: DecisionKind) -> String
    func approveWarning(findings: Int, checked: Bool) -> String?
    var orTypeReason: String { get }
    var changedMeanwhileTitle: String { get }
    func changedMeanwhile(id: String, kind: String, by: String, at: String) -> [String]
    var readOnlyNotice: [String] { get }
    func notAMember(_ login: String) -> [String]
    func notAllowed(_ login: String, role: String) -> [String]
    /// The confirmation's warning when the nomination is not of the year under review.
    func otherYearWarning(year: Int, open: Int?) -> String
    // Ballots at the desk
    func role(_ r: CouncilRole) -> String
    var ballotTitle: String { get }
    func ballotPrompt(id: String, nominee: String) -> String
    func voteChoice(_ c: VoteChoice) -> String
    var ballotSecretNote: String { get }
    var ballotOpenNote: String { get }
    var ballotKeys: String { get }
    var ballotNeedsChoice: String { get }
    func voteRecorded(id: String) -> String
    var noCouncil: String { get }
    func notOnCouncil(_ login: String) -> String
    func votingClosed(_ status: String) -> String
    var alreadyCastSecretly: String { get }
    func mayNotRecordOutcomes(role: String?, allowed: [String]) -> String
    /// "4/7 đồng ý · 2 không đồng ý · 1 không biểu quyết · cần từ 70% · chưa đạt": the whole count, after
    /// `ballotsLabel` in the approve dialog when the vote falls short.
    func tallyLine(_ t: VoteTally) -> String
    func tallyShort(_ t: VoteTally) -> String
    /// "Phiếu: ", before a tally.
    var ballotsLabel: String { get }
    /// Said in the decision dialog, before any typing or confirming, when the outcome would go against
    /// the council's vote (`VoteTally.follows`): a rejection of a vote that passed, an approval of one that
    /// did not. The core records an outcome only as the vote went.
    func againstVote(_ t: VoteTally, approving: Bool) -> String
    func voteDisagrees(id: String, approving: Bool, agree: Int, denominator: Int, threshold: String) -> [String]
    var writeFailedTitle: String { get }
    var noticeKeys: String { get }
    var quitTitle: String { get }
    var quitQuestion: String { get }
    var quitKeys: String { get }
    var filterTitle: String { get }
    func filterField(_ f: FilterDialog.Field) -> String
    var anyValue: String { get }
    func flagFilter(_ f: QueueFilter.FlagFilter) -> String
    var filterKeys: String { get }

    // MARK: Messages
    func recorded(_ k: DecisionKind, id: String) -> String
    func criticised(unit: String) -> String
    func changedElsewhere(id: String, status: String, by: String) -> String
    func keyNotUsed(_ key: String) -> String
    func loadFailed(_ why: String) -> String
    var refreshed: String { get }

    // MARK: Help and status bar
    var helpTitle: String { get }
    func group(_ g: ActionGroup) -> String
    func actionHelp(_ a: ActionID) -> String
    func actionLabel(_ a: ActionID) -> String
    func unavailableWhen(_ a: ActionID) -> String
    var unavailableNow: String { get }
    var flagsLegendTitle: String { get }
    var keymapNote: String { get }

    // MARK: Why an action is unavailable
    var onlyInQueues: String { get }
    var openNominationFirst: String { get }
    var onlyOnNomination: String { get }
    var onlySideBySide: String { get }
    var alreadySideBySide: String { get }
    var noNominationSelected: String { get }
    var notCheckedReason: String { get }
    var noSourceReason: String { get }
    var noPassagesReason: String { get }
    var oneSourceReason: String { get }
    func alreadyDecided(_ status: String) -> String
    var alreadyAwaiting: String { get }
    var readOnlyReason: String { get }
    var noFilterReason: String { get }
    var nothingToGoBackTo: String { get }
    var stillLoading: String { get }
    /// The title column's heading in full ("Danh hiệu"), where the layout gives it room; `columnTitle` else.
    var columnTitleInFull: String { get }
    /// An action's label in full where the status bar has room for it ("Không đạt"); nil when `actionLabel`
    /// is already the full label.
    func actionLabelInFull(_ a: ActionID) -> String?
}

/// The words of a member's day at the desk: "Việc của tôi", moving on to the next nomination, tags and bulk
/// actions, the sort picker, and the notices that say what moved (kept apart so the tables above stay as
/// they were).
public protocol WorkStrings {
    func lastInQueue(_ tab: String) -> String
    func firstInQueue(_ tab: String) -> String
    func openedNext(id: String) -> String
    func taggedCount(_ n: Int) -> String
    var taggedLabel: String { get }
    /// The row a member had selected left the tab because of someone else's action.
    func selectionMoved(id: String, status: String, now: String?) -> String
    func bulkTitle(_ k: BulkKind, count: Int) -> String
    func bulkPrompt(_ k: BulkKind) -> String
    func bulkQuestion(_ k: BulkKind, count: Int, choice: VoteChoice?) -> String
    func bulkDoubtsIntro(_ n: Int) -> String
    func bulkDoubtReasons(_ d: BulkDoubt) -> String
    func bulkSkipped(_ k: BulkSkipped) -> String
    /// The bulk confirmation when every tagged row is doubtful and none is included yet.
    var bulkNoneChosen: String { get }
    var bulkConfirmKeys: String { get }
    var bulkChoosingKeys: String { get }
    func bulkRecorded(_ k: BulkKind, count: Int) -> String
    var bulkRefusedTitle: String { get }
    func bulkRefusedIntro(_ n: Int) -> String
    var bulkNothingToDo: String { get }
    var rejectOneByOne: String { get }
    var sortTitle: String { get }
    var sortKeys: String { get }
    var discardTitle: String { get }
    var discardQuestion: String { get }
    var discardKeys: String { get }
    /// n went past the last passage (or N before the first) and came round.
    func passageWrapped(toFirst: Bool) -> String
    /// "3 theo họ tên": how many search results matched in a field.
    func searchMatches(_ n: Int, in field: SearchField) -> String
    var helpGuideTitle: String { get }
    /// A few lines: how a member reviews one nomination, works through the day, finds things.
    var helpGuide: [String] { get }
    func screenName(_ k: ScreenKind) -> String
    func helpHereTitle(_ screen: String) -> String
    var helpAllTitle: String { get }
}
