import BinhXetCore
import BinhXetText
import BinhXetSimilarity

/// A flag shown in a queue row (and offered by the filter): the core's `AttentionReason`s, and lateness,
/// which is shown but does not make a row flagged.
public enum QueueFlag: CaseIterable, Sendable, Hashable {
    /// The nominee's own earlier initiative again.
    case selfReuse
    /// Another person's initiative, whole or in part.
    case copy
    /// The initiative is unrelated to the nominee's duties.
    case offDuty
    /// The one-stop dossier is still open past its due date.
    case overdue
    /// A rule of the desk's rule set is violated (one award per initiative, no re-recognition…; not the
    /// CSTĐCS quota, which is the unit's and said once in the year summary).
    case ruleViolation

    init(_ reason: AttentionReason) {
        switch reason {
        case .selfReuse: self = .selfReuse
        case .copy: self = .copy
        case .offDuty: self = .offDuty
        case .ruleViolation: self = .ruleViolation
        }
    }
}

/// Which field of a row a search matched, in the order results are ranked (the ID is exact and rare, so
/// name matches come first: a member searches for a person).
public enum SearchField: Int, CaseIterable, Sendable, Comparable {
    case name = 1, id = 0, unit = 2, initiative = 3

    /// Rank: name, ID, unit, initiative title.
    var rank: Int { self == .name ? 0 : self == .id ? 1 : rawValue }
    public static func < (a: SearchField, b: SearchField) -> Bool { a.rank < b.rank }

    /// The queue column the field is drawn in.
    var column: Int { [0: 0, 1: 1, 2: 2, 3: 4][rawValue]! }
}

/// One line of a queue: a nomination plus what the checker found, folded once for search and sort.
public struct QueueRow: Sendable, Equatable {
    public var summary: NominationSummary
    /// Whether the similarity checker has looked at it (otherwise: "not checked yet").
    public var checked: Bool
    /// It needs the council's attention (`CouncilAttention`: the flag tab, the summary's count, the bulk
    /// confirmation). From the findings at load, then from the core's whole rule once the rules are read.
    public var flagged: Bool { flags.contains { $0 != .overdue } }
    /// The rules the nomination violates (with `ruleViolation`), once the desk's attention is loaded.
    public var violated: [RuleCheck] = []
    /// Undecided and its ballots short of the threshold while a council sits (the core's vote rule);
    /// known once the desk's attention is loaded.
    public var voteShortfall: VoteShortfall?
    /// A CSTĐCS of a unit over its declared quota (the unit's matter, not a flag of the row).
    public var overQuota = false
    /// A finding points at a source initiative, so side by side has something to show.
    public var hasSource: Bool
    /// The highest similarity to a source (0…1), nil when there is none.
    public var highestSimilarity: Double?
    public var flags: [QueueFlag]
    /// Working days left or late, for a dossier of the year under review awaiting the council.
    public var due: DueStanding?
    /// The member at this terminal has cast a ballot on it.
    public var votedByMe = false
    /// It awaits something of the member at this terminal: the "Việc của tôi" tab.
    public var needsMe = false
    /// The newest event of the nomination when the queue was loaded: a bulk action passes it as the event
    /// seen, so a decision someone made meanwhile is refused rather than overwritten.
    public var lastEventID: Int64?
    /// ID, name, unit and initiative title folded (case, marks, đ): what a query typed without marks
    /// is matched against, in `SearchField` order.
    let searchFolded: [String]
    /// The same fields lowercased as written: a query typed with marks means them ("Dũng" is not "dung").
    let searchMarked: [String]
    /// Vietnamese lists sort people by given name (the last word), then by the full name.
    let nameSortKey: String
    let unitSortKey: String

    public var id: String { summary.id }

    /// The best-ranked field the query matches; nil when none does. `marked` queries match the fields as
    /// written, others their folded forms.
    func match(_ query: String, marked: Bool) -> SearchField? {
        let fields = marked ? searchMarked : searchFolded
        for f in SearchField.allCases.sorted() where fields[f.rawValue].contains(query) { return f }
        return nil
    }

    /// Takes the core's attention for the row (rule checks arrive after the queue: they cost more), which
    /// replaces the reasons read from the findings at load.
    mutating func setAttention(_ attention: CouncilAttention?, shortfall: VoteShortfall?, overQuota: Bool) {
        self.overQuota = overQuota
        let kept = Set((attention?.reasons ?? []).map(QueueFlag.init) + flags.filter { $0 == .overdue })
        flags = QueueFlag.allCases.filter(kept.contains)
        violated = attention?.violated ?? []
        voteShortfall = shortfall
    }

    /// `due` comes from the core (its working calendar and today); `personOf`
    /// names the nominee of a source, so a partial re-use of one's own initiative is flagged as such.
    ///
    /// `foldedUnit` is the unit name folded (and `unitOrder` its `NameCollation.unitOrderKey`), passed in because a desk has tens of units and thousands of
    /// rows: folding each unit once keeps loading a 10,000-row desk fast.
    ///
    /// `offDutyCounts` is the nomination's `duty_relevance_warning` (an off-duty finding flags only then).
    public init(summary: NominationSummary, findings: [StoredFinding], checked: Bool, due: DueStanding? = nil,
                foldedUnit: String? = nil, unitOrder: String? = nil, offDutyCounts: Bool = true,
                personOf: (String) -> String? = { _ in nil }) {
        self.summary = summary
        self.due = due
        // Whether it counts as checked is the core's rule (`DeskStore.countsAsChecked`).
        self.checked = checked
        let withSource = findings.filter { $0.kind.hasSource && $0.sourceID != nil }
        hasSource = !withSource.isEmpty
        highestSimilarity = withSource.map(\.score).max()
        var flags = CouncilAttention.findingReasons(findings, personID: summary.personID, personOf: personOf,
                                                    offDutyCounts: offDutyCounts).map(QueueFlag.init)
        if due?.isLate == true { flags.append(.overdue) }
        self.flags = flags
        let name = VietnameseFolding.fold(summary.personName)
        let unit = foldedUnit ?? VietnameseFolding.fold(summary.unitName)
        searchFolded = [summary.id.lowercased(), name, unit, VietnameseFolding.fold(summary.initiativeTitle ?? "")]
        searchMarked = [summary.id.lowercased(), summary.personName.lowercased(), summary.unitName.lowercased(),
                        (summary.initiativeTitle ?? "").lowercased()]
        nameSortKey = NameCollation.personKey(summary.personName)
        // The core's unit order (by the short name narrow columns show), as the summary and the pick list.
        unitSortKey = unitOrder ?? NameCollation.unitOrderKey(summary.unitName, declaredShort: summary.unitShortName)
    }
}
