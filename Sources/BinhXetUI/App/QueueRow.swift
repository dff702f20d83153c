import BinhXetCore
import BinhXetText
import BinhXetSimilarity

/// A flag shown in a queue row (and offered by the filter).
public enum QueueFlag: CaseIterable, Sendable, Hashable {
    /// The nominee's own earlier initiative again.
    case selfReuse
    /// Another person's initiative, whole or in part.
    case copy
    /// The initiative is unrelated to the nominee's duties.
    case offDuty
    /// The one-stop dossier is still open past its due date.
    case overdue
    /// A rule of the desk's rule set is violated (quota, one award per initiative, no re-recognition…).
    case ruleViolation
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
    /// Findings of any kind exist (the "flagged" queue).
    public var hasFindings: Bool
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

    /// Marks the row as breaking a rule, or not (rule checks arrive after the queue: they cost more).
    mutating func setRuleViolation(_ violated: Bool) {
        flags.removeAll { $0 == .ruleViolation }
        if violated { flags.append(.ruleViolation) }
    }

    /// `due` comes from the core (its working calendar and today); `personOf`
    /// names the nominee of a source, so a partial re-use of one's own initiative is flagged as such.
    ///
    /// `foldedUnit` is the unit name folded, passed in because a desk has tens of units and thousands of
    /// rows: folding each unit once keeps loading a 10,000-row desk fast.
    public init(summary: NominationSummary, findings: [StoredFinding], checked: Bool, due: DueStanding? = nil,
                foldedUnit: String? = nil, personOf: (String) -> String? = { _ in nil }) {
        self.summary = summary
        self.due = due
        // Without an initiative (LĐTT) there is nothing for the checker to look at.
        self.checked = checked || summary.initiativeTitle == nil
        hasFindings = !findings.isEmpty
        let withSource = findings.filter { $0.kind.hasSource && $0.sourceID != nil }
        hasSource = !withSource.isEmpty
        highestSimilarity = withSource.map(\.score).max()
        var flags: [QueueFlag] = []
        func own(_ f: StoredFinding) -> Bool { f.sourceID.flatMap(personOf) == summary.personID }
        if findings.contains(where: { $0.kind == .selfReuse || ($0.kind == .partial && own($0)) }) { flags.append(.selfReuse) }
        if findings.contains(where: { $0.kind == .copyOther || ($0.kind == .partial && !own($0)) }) { flags.append(.copy) }
        if findings.contains(where: { $0.kind == .offDuty }) { flags.append(.offDuty) }
        if due?.isLate == true { flags.append(.overdue) }
        self.flags = flags
        let name = VietnameseFolding.fold(summary.personName)
        let unit = foldedUnit ?? VietnameseFolding.fold(summary.unitName)
        searchFolded = [summary.id.lowercased(), name, unit, VietnameseFolding.fold(summary.initiativeTitle ?? "")]
        searchMarked = [summary.id.lowercased(), summary.personName.lowercased(), summary.unitName.lowercased(),
                        (summary.initiativeTitle ?? "").lowercased()]
        // Folding keeps spaces, so the folded name's last word is the folded given name.
        nameSortKey = (name.split(separator: " ").last.map(String.init) ?? name) + " " + name
        unitSortKey = unit
    }
}
