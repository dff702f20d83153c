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
    /// ID, names and titles, folded (case, marks, đ) for the diacritic-insensitive search.
    let searchKey: String
    /// Vietnamese lists sort people by given name (the last word), then by the full name.
    let nameSortKey: String
    let unitSortKey: String

    public var id: String { summary.id }

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
        // Whether it counts as checked is the core's rule (`DeskStore.countsAsChecked`).
        self.checked = checked
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
        searchKey = [summary.id.lowercased(), name, unit, VietnameseFolding.fold(summary.initiativeTitle ?? "")]
            .joined(separator: " ")
        nameSortKey = NameCollation.personKey(summary.personName)
        unitSortKey = unit
    }
}
