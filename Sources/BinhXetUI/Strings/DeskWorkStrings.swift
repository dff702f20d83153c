import BinhXetCore

/// The words of the council's desk work added after the first screens (recording an initiative's
/// recognition, the year summary, dismissing findings, checking from the desk), kept apart from
/// `UIStrings` so each language states them in one place; `UIStrings` requires them, so a missing
/// translation is still a compile error.
public protocol DeskWorkStrings: Sendable {
    // MARK: Recognising an initiative
    var recognitionTitle: String { get }
    /// Who usually signs: "Thủ trưởng <unit>", typed over when someone else signed.
    func recognitionSignerDefault(unit: String) -> String
    func recognitionPrompt(title: String?) -> String
    func recognitionField(_ f: RecognitionDialog.Field) -> String
    /// "cơ sở", "cấp tỉnh"… for a scope code of the rule set (an unknown code as written).
    func recognitionScope(_ code: String) -> String
    var recognitionKeys: String { get }
    func recognitionMissing(_ f: RecognitionDialog.Field) -> String
    var recognitionBadDate: String { get }
    func recognitionConfirm(id: String) -> String
    func recognitionRecorded(id: String, number: String) -> String
    func recognitionRefused(_ e: RecognitionError) -> [String]
    var noInitiativeToRecognise: String { get }
    func recognitionOnlyOpenYear(year: Int, open: Int?) -> String
    func alreadyRecognised(_ r: InitiativeRecognition) -> String
    /// The page line of a recognition recorded or imported for the nomination itself.
    func recognitionLine(_ r: InitiativeRecognition) -> String
    var recognitionLabel: String { get }
}

/// The year summary's words.
public protocol SummaryStrings: Sendable {
    func summaryTitle(year: Int?) -> String
    func summaryCounts(units: Int, nominations: Int) -> String
    /// Column titles: unit, nominations, flagged, decided, CSTĐCS/allowed, LĐTT, favoured, criticisms.
    var summaryColumns: [String] { get }
    var summaryDistrict: String { get }
    func summaryQuotaLine(_ l: YearSummary.Line, quota: Share, rounding: QuotaRounding) -> String
    func summaryFavouredLine(_ l: YearSummary.Line, target: Share) -> String
    var summaryOpenHint: String { get }
    /// What the "~" before an LĐTT count means (shown under the table when a unit has it).
    var summaryCountedHoldersLegend: String { get }
    var summaryNoYear: String { get }
    var summaryNoUnit: String { get }
    func summaryFiltered(unit: String, year: Int) -> String
    /// On a nomination page of a unit over its quota: where the quota is shown.
    var quotaSeeSummary: String { get }
}

/// The words of dismissing a finding.
public protocol DismissStrings: Sendable {
    var dismissTitle: String { get }
    func dismissalReason(_ r: DismissalReason) -> String
    func dismissPrompt(id: String, source: String) -> String
    var dismissNoteLabel: String { get }
    var dismissKeys: String { get }
    var dismissNeedsReason: String { get }
    var dismissConfirm: String { get }
    func restoreQuestion(id: String, source: String) -> String
    /// "đã bỏ qua: trùng nhầm — câu mẫu (Nguyễn Thị Lan)" on the page and in the dialog.
    func dismissedLine(_ d: FindingDismissal) -> String
    func findingDismissed(id: String, source: String, restored: Bool) -> String
    func dismissalRefused(_ e: DismissalError) -> [String]
}

/// The words of checking from the desk.
public protocol CheckStrings: Sendable {
    func checking(_ p: CheckProgress) -> String
    func checkFinished(checked: Int, flagged: Int) -> String
    func checkFailed(_ why: String) -> String
}

/// The words of producing papers at the desk (`d`) and recording the council's meeting (`m`).
public protocol PaperStrings: Sendable {
    // MARK: Papers
    func documentsTitle(year: Int, nominationID: String?) -> String
    func documentsPrompt(nomination: Bool) -> String
    /// The paper's name as the office calls it.
    func paperName(_ p: IssuableDocument) -> String
    var documentFormatLabel: String { get }
    func documentFormat(_ f: DocumentFormat) -> String
    var documentsKeys: String { get }
    var documentWorking: String { get }
    func documentSavedLabel(count: Int) -> String
    /// The message line after a save: what and where.
    func documentSaved(_ p: IssuableDocument, path: String) -> String
    func documentFailed(_ p: IssuableDocument, _ f: DocumentFailure) -> String
    func mayNotIssueDocuments(role: String?, allowed: [String]) -> String
    /// Why `d` does nothing on the help screen.
    var documentsWhere: String { get }
    // MARK: The council's meeting
    func meetingTitle(year: Int) -> String
    func meetingPrompt(replacing: Bool) -> String
    func meetingField(_ f: MeetingDialog.Field) -> String
    func meetingMembersLabel(present: Int, of: Int) -> String
    var meetingPresentWord: String { get }
    var meetingAbsentWord: String { get }
    var meetingKeys: String { get }
    func meetingProblem(_ p: MeetingDialog.Problem) -> String
    /// What will be recorded, in a sentence, with the members' names.
    func meetingSummary(_ m: Meeting, names: [String: String]) -> String
    func meetingConfirm(year: Int, replacing: Bool) -> String
    func meetingRecorded(_ m: Meeting) -> String
    func meetingRefused(_ e: MeetingError) -> [String]
    /// The year summary's line for the recorded meeting.
    func meetingLine(_ m: Meeting, names: [String: String]) -> String
    var meetingWhere: String { get }
    var meetingNeedsCouncil: String { get }
    func mayNotRecordMeeting(role: String?, allowed: [String]) -> String
}
