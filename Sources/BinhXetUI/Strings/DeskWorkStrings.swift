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
