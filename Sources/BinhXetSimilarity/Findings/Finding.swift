/// What a finding says about a nomination.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    /// The nominee's own earlier initiative, submitted again.
    case selfReuse = "self_reuse"
    /// Another person's earlier initiative.
    case copyOther = "copy_other"
    /// Some sections copied from an earlier initiative (the nominee's or another person's).
    case partial
    /// The initiative's subject does not fit the nominee's position and duties.
    case offDuty = "off_duty"
}

/// One earlier initiative that a nomination's report re-uses, with every matched passage.
public struct Finding: Sendable, Hashable, Codable {
    /// Nomination id of the checked report (empty for an ad-hoc text).
    public var nomination: String
    /// Nomination id of the earlier report it re-uses.
    public var source: String
    public var kind: FindingKind
    /// Fraction of the checked report's own text (template and title excluded) covered by passages.
    public var coverage: Double
    /// Overall similarity of the two reports, 0–1: the matched share of both reports' own text.
    public var score: Double
    /// True when the two reports carry the same title.
    public var titleReused: Bool
    /// The source's year and unit, for the council's reading of the rules (a unit does not recognise the
    /// same initiative twice).
    public var sourceYear: Int
    public var sourceUnit: String
    /// Matched passages, in the order of the checked text.
    public var passages: [PassagePair]

    public init(nomination: String, source: String, kind: FindingKind, coverage: Double, score: Double,
                titleReused: Bool, sourceYear: Int, sourceUnit: String, passages: [PassagePair]) {
        self.nomination = nomination
        self.source = source
        self.kind = kind
        self.coverage = coverage
        self.score = score
        self.titleReused = titleReused
        self.sourceYear = sourceYear
        self.sourceUnit = sourceUnit
        self.passages = passages
    }

    enum CodingKeys: String, CodingKey {
        case nomination, source, kind, coverage, score, passages
        case titleReused = "title_reused"
        case sourceYear = "source_year"
        case sourceUnit = "source_unit"
    }
}
