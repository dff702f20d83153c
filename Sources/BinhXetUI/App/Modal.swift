import BinhXetText
import BinhXetCore

/// The four things a member can record about a nomination.
public enum DecisionKind: Sendable, Equatable, CaseIterable {
    case approve, reject, supplement, criticise
}

/// A dialog recording a decision: what is being typed, and whether it is at the confirmation step.
public struct DecisionDialog: Equatable, Sendable {
    public var kind: DecisionKind
    public var nominationID: String
    public var nominee: String
    public var unitID: Int64
    public var unitName: String
    /// The newest event the member had seen when the dialog opened (not refreshed by polling: a decision
    /// someone makes while this dialog is open must be reported, not overwritten).
    public var seenEventID: Int64?
    public var field = TextField()
    /// A standard rejection reason picked by number.
    public var reason: StandardRejectionReason?
    /// Digits typed into an empty field, and the reason before them: followed by a space they were the
    /// start of a typed reason ("3 đoạn…"), not a pick, and go back into the text.
    var pendingDigits = ""
    var reasonBeforeDigits: StandardRejectionReason?
    /// Showing "write this?" rather than taking input.
    public var confirming: Bool
    /// Why Enter did not go on (nothing typed yet).
    public var problem: String?
    /// The nomination's year when it is not the year under review: the confirmation names it, and only
    /// then does the desk record an outcome for an archive record.
    public var otherYear: Int? = nil

    /// Something typed that quitting would lose.
    public var holdsInput: Bool { !field.isEmpty || reason != nil }
}

/// A member's ballot on one nomination: one choice of three, then confirmed.
public struct BallotDialog: Equatable, Sendable {
    public var nominationID: String
    public var nominee: String
    /// Whether the ballot is secret (it then cannot be changed once cast).
    public var secret: Bool
    public var choice: VoteChoice?
    /// Why Enter did not go on (no choice yet).
    public var problem: String?
}

/// The queue filter being edited.
public struct FilterDialog: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable { case year, unit, title, flag }
    public var year: TextField
    /// Letters typed on the unit field, narrowing the pick list (matched folded).
    public var unitQuery = TextField()
    /// The unit picked; nil for every unit.
    public var unit: String?
    /// The desk's units, in folded order: the pick list.
    public var units: [String]
    public var title: AwardTitle?
    public var flag: QueueFilter.FlagFilter?
    public var field: Field = .year

    init(_ f: QueueFilter, units: [String] = []) {
        year = TextField(f.year.map(String.init) ?? "")
        unit = f.unit
        self.units = units
        title = f.title
        flag = f.flag
    }

    /// The units whose folded name contains what was typed.
    public var unitMatches: [String] {
        let q = VietnameseFolding.fold(unitQuery.trimmed)
        return q.isEmpty ? units : units.filter { VietnameseFolding.fold($0).contains(q) }
    }

    /// After typing: the pick stays if it still matches, else the first unit that does.
    mutating func narrowUnits() {
        let m = unitMatches
        if unitQuery.isEmpty { return }
        if unit == nil || !m.contains(unit!) { unit = m.first }
    }

    var filter: QueueFilter {
        QueueFilter(year: Int(year.trimmed), unit: unit, title: title, flag: flag)
    }
}

/// A message that needs acknowledging (someone decided meanwhile, a write failed).
public struct Notice: Equatable, Sendable {
    public var title: String
    public var lines: [String]
}

/// What sits over the current screen and gets keys first.
public indirect enum Modal: Equatable, Sendable {
    case decision(DecisionDialog)
    case filter(FilterDialog)
    case ballot(BallotDialog)
    case notice(Notice)
    case bulk(BulkDialog)
    /// The sort picker: the highlighted order.
    case sortPicker(Int)
    /// "Discard what you typed?", over the dialog Esc would close.
    case confirmDiscard(over: Modal)
    /// "Discard what you typed and quit?", over the dialog it would discard, or over the queue search
    /// prompt holding typed text (nil: the prompt is in the queue state, not a modal).
    case confirmQuit(over: Modal?)
    /// The unit's decision recognising the initiative (`i` on the nomination page).
    case recognition(RecognitionDialog)
    /// Setting a finding aside, or counting it again (`x` on a nomination or side by side).
    case dismiss(DismissDialog)
    /// Producing the year's or a nomination's papers into the documents folder (`d`).
    case documents(DocumentsDialog)
    /// Recording the year's council meeting (`m`).
    case meeting(MeetingDialog)

    var holdsInput: Bool {
        switch self {
        case .decision(let d): return d.holdsInput
        case .bulk(let b): return b.holdsInput
        case .recognition(let r): return r.holdsInput
        case .dismiss(let d): return d.holdsInput
        case .meeting(let m): return m.holdsInput
        default: return false
        }
    }
}

/// The one-line message above the status bar.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}
