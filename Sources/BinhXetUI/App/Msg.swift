import BinhXetCore
import BinhXetSimilarity

/// Everything that can happen to the desk's state: keys and named actions from the member, size
/// changes and ticks from the terminal, and the results of effects.
public enum Msg: Sendable {
    /// The desk opened: load the queues.
    case start
    case key(Key)
    /// A named action, as if its key had been pressed (tests and the help screen use these).
    case perform(ActionID)
    /// Typed text for the field that has focus (a paste, or a test typing a phrase).
    case type(String)
    case resize(Size)
    /// About once a second: time to look for other members' changes.
    case tick
    case queueLoaded(QueueData)
    /// The core's attention from one rule review: flags with reasons, ballots short, the year summary.
    case attentionLoaded(DeskAttention)
    /// The rule checks of one nomination.
    case ruleFlagsLoaded(id: String, flags: [RuleFlag])
    case nominationLoaded(NominationData)
    case sourceTextLoaded(id: String, text: String?)
    /// A nomination's matched passages explained, by source ID.
    case passagesExplained(id: String, explanations: [String: [PassageExplanation]])
    case decisionRecorded(DeskEvent)
    /// The member's preferences as the desk keeps them.
    case preferencesLoaded(MemberPreferences)
    /// What a bulk action did: the nominations recorded, and those refused with why.
    case bulkDone(BulkOutcome)
    /// The member's ballot on a nomination was recorded.
    case voteRecorded(nominationID: String)
    case criticismRecorded(unitName: String)
    /// The initiative's recognition was recorded (or was already recorded just so).
    case recognitionRecorded(nominationID: String, number: String)
    case findingDismissed(nominationID: String, sourceID: String, restored: Bool)
    /// The background check's progress, and its end.
    case checkProgress(done: Int, total: Int)
    case checkFinished(checked: Int, flagged: Int)
    case checkFailed(String)
    /// A write was refused (someone decided meanwhile, the desk is read-only…).
    case writeRefused(WriteRefusal)
    /// What the desk's change token is now.
    case changeToken(String)
    /// A read failed.
    case loadFailed(String)
    /// The papers the desk offers for a year, or for one nomination.
    case papersLoaded(year: Int, nominationID: String?, papers: [IssuableDocument])
    /// A paper was saved: where it went.
    case documentIssued(IssuableDocument, path: String)
    /// A paper could not be made or saved.
    case documentFailed(IssuableDocument, DocumentFailure)
    /// The year's meeting as recorded (nil: none yet) and the council's active members.
    case meetingLoaded(year: Int, meeting: Meeting?, members: [CouncilMember], openForm: Bool)
    /// The year's meeting was recorded.
    case meetingRecorded(Meeting)
    /// The core refused the meeting as written (a time, the place, someone no longer a member).
    case meetingRefused(MeetingError)
}

/// Why a paper was not saved, as the member is told.
public enum DocumentFailure: Equatable, Sendable {
    /// The member's role may not issue the council's papers, or the login is not on the council.
    case refused(WriteRefusal)
    /// The folder could not be written, or every numbered name is taken.
    case issue(DocumentIssueError)
    /// A slip the dossier has no facts for yet (no supplement asked, not refused, no new date).
    case slipNotDue(OneStopSlip)
    /// No criticism of the unit is recorded.
    case noCriticism(unit: String)
    case other(String)
}

/// Why a write did not happen.
public enum WriteRefusal: Equatable, Sendable {
    /// Another member recorded a decision after this screen loaded the nomination; nothing was overwritten.
    case changedMeanwhile(nominationID: String, by: String, at: String, kind: DeskEvent.Kind)
    case readOnly
    /// A secret ballot was already cast by this member.
    case alreadyVoted
    /// The council has members and this login is not one of them.
    case notAMember(String)
    /// The member's role may not record outcomes under the desk's rules.
    case notAllowed(login: String, role: CouncilRole)
    /// The outcome does not follow the council's vote (approving below the threshold, rejecting above it).
    case voteDisagrees(nominationID: String, approving: Bool, agree: Int, denominator: Int, threshold: String)
    /// The core refused a recognition (a different one recorded, a bad date, an unknown scope…).
    case recognitionRefused(RecognitionError)
    case dismissalRefused(DismissalError)
    case other(String)
}

/// The queues as loaded from the desk.
public struct QueueData: Equatable, Sendable {
    public var nominations: [NominationSummary]
    public var findings: [String: [StoredFinding]]
    public var checked: Set<String>
    /// One-stop dossiers (due dates), by nomination.
    public var dossiers: [String: Dossier]
    /// The year under review.
    public var reviewYear: ReviewYear
    /// How each dossier of the year under review that awaits the council stands on the desk's today.
    public var due: [String: DueStanding]
    /// The desk's today (its as-of date, else the clock's day), as the core says.
    public var today: CalendarDay?
    /// Nominations the member at this terminal has voted on.
    public var votedByMe: Set<String> = []
    /// What the member may do on the council under the open year's rules; nil when not asked.
    public var standing: MemberStanding?
    /// The newest event of each nomination.
    public var latestEvents: [String: Int64] = [:]
    /// Nominations with an off-duty finding whose rules do not warn of it (`duty_relevance_warning` off):
    /// the finding does not flag them.
    public var offDutyIgnored: Set<String> = []

    public init(nominations: [NominationSummary], findings: [String: [StoredFinding]], checked: Set<String>,
                dossiers: [String: Dossier] = [:], reviewYear: ReviewYear = ReviewYear(year: nil, isChosen: false),
                due: [String: DueStanding] = [:], today: CalendarDay? = nil) {
        self.nominations = nominations; self.findings = findings; self.checked = checked; self.dossiers = dossiers
        self.reviewYear = reviewYear; self.due = due; self.today = today
    }
}

/// A source nomination, as much as the comparison needs to name it.
public struct SourceSummary: Equatable, Sendable {
    public var id: String
    public var personName: String
    public var unitName: String
    public var year: Int
    public var initiativeTitle: String?
    /// The source as the rule checks read it: its author's position that year, its outcome and recognition.
    public var record: ReviewedNomination?

    public init(id: String, personName: String, unitName: String, year: Int, initiativeTitle: String?,
                record: ReviewedNomination? = nil) {
        self.id = id; self.personName = personName; self.unitName = unitName; self.year = year
        self.initiativeTitle = initiativeTitle; self.record = record
    }
}

/// One nomination as loaded for its screen.
public struct NominationData: Equatable, Sendable {
    public var detail: NominationDetail
    public var text: String?
    public var checked: Bool
    public var findings: [StoredFinding]
    public var sources: [String: SourceSummary]
    /// The one-stop dossier (code, due date); nil for a nomination the desk keeps no dossier for.
    public var dossier: Dossier?
    /// Rules of the desk's rule set that the nomination breaks, with their evidence and legal basis.
    public var ruleFlags: [RuleFlag]
    /// How the dossier stands on the desk's today; nil when it does not await the council.
    public var due: DueStanding?
    /// The council's ballots on it as the member may see them; nil while the council has no members.
    public var tally: VoteTally?
    /// What the member at this terminal may do on the council (vote, record outcomes).
    public var standing: MemberStanding?
    /// The nominee's other nominations, earlier years first, with their outcomes.
    public var history: [ReviewedNomination] = []
    /// The unit's decision on the nomination's own initiative, when one is recorded or imported.
    public var recognition: InitiativeRecognition?
    /// The recognition scopes the nomination's rule set allows (the unit's own first).
    public var recognitionScopes: [String] = []
    /// The nomination's dismissed findings, by source.
    public var dismissals: [String: FindingDismissal] = [:]
    /// Each source's matched passages explained by the core (word differences, template, size, sections,
    /// strength), in the order of the finding's passages; missing for a source whose text is not stored.
    /// Loaded after the nomination (`Effect.explainPassages`), kept while the findings stay the same.
    public var explanations: [String: [PassageExplanation]] = [:]

    public init(detail: NominationDetail, text: String?, checked: Bool, findings: [StoredFinding],
                sources: [String: SourceSummary], dossier: Dossier? = nil, ruleFlags: [RuleFlag] = [],
                due: DueStanding? = nil, tally: VoteTally? = nil, standing: MemberStanding? = nil) {
        self.detail = detail; self.text = text; self.checked = checked; self.findings = findings
        self.sources = sources; self.dossier = dossier; self.ruleFlags = ruleFlags; self.due = due
        self.tally = tally; self.standing = standing
    }
}
