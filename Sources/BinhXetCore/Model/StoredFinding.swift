import BinhXetSimilarity

/// A finding as the desk keeps it, so the review screens show it at once. Re-use findings name their
/// source nomination and carry the matched passages; an off-duty finding carries the evidence terms.
public struct StoredFinding: Sendable, Codable, Equatable {
    public var nominationID: String
    /// The earlier nomination whose initiative is re-used (nil for off-duty).
    public var sourceID: String?
    public var kind: FindingKind
    /// Share of the nomination's own text (template excluded) covered by re-used passages (0…1).
    public var coverage: Double
    /// Overall similarity (0…1) for re-use; the relevance score for off-duty.
    public var score: Double
    /// True when the two initiatives carry the same title.
    public var titleReused: Bool
    public var passages: [PassagePair]
    /// Off-duty: the initiative's terms that show its subject.
    public var evidence: [String]
    /// Off-duty: the terms of the position and duties it was judged against.
    public var dutyEvidence: [String]
    /// Off-duty: who else wrote on the initiative's subject ("Chỉ huy trưởng Ban Chỉ huy Quân sự (3)").
    public var witnesses: [String]

    public init(nominationID: String, sourceID: String?, kind: FindingKind, coverage: Double, score: Double,
                titleReused: Bool = false, passages: [PassagePair] = [], evidence: [String] = [],
                dutyEvidence: [String] = [], witnesses: [String] = []) {
        self.nominationID = nominationID; self.sourceID = sourceID; self.kind = kind; self.coverage = coverage
        self.score = score; self.titleReused = titleReused; self.passages = passages; self.evidence = evidence
        self.dutyEvidence = dutyEvidence; self.witnesses = witnesses
    }

    enum CodingKeys: String, CodingKey {
        case nominationID, sourceID, kind, coverage, score, titleReused, passages, evidence, dutyEvidence, witnesses
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(nominationID: try c.decode(String.self, forKey: .nominationID),
                  sourceID: try c.decodeIfPresent(String.self, forKey: .sourceID),
                  kind: try c.decode(FindingKind.self, forKey: .kind), coverage: try c.decode(Double.self, forKey: .coverage),
                  score: try c.decode(Double.self, forKey: .score), titleReused: try c.decode(Bool.self, forKey: .titleReused),
                  passages: try c.decode([PassagePair].self, forKey: .passages),
                  evidence: try c.decode([String].self, forKey: .evidence),
                  dutyEvidence: try c.decode([String].self, forKey: .dutyEvidence),
                  // Findings written before witnesses were kept have none.
                  witnesses: try c.decodeIfPresent([String].self, forKey: .witnesses) ?? [])
    }

    /// The stored form of a re-use finding of the checker.
    public init(_ f: Finding) {
        self.init(nominationID: f.nomination, sourceID: f.source, kind: f.kind, coverage: f.coverage, score: f.score,
                  titleReused: f.titleReused, passages: f.passages)
    }
}

extension FindingKind {
    /// True for kinds that point at a source initiative.
    public var hasSource: Bool { self != .offDuty }
}
