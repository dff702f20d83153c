/// A pair of matched passages: a range of the nomination's text and the range of the source's text it
/// re-uses. Offsets and lengths count Unicode scalars of the stored NFC texts.
public struct PassagePair: Sendable, Codable, Equatable, Hashable {
    public var offset: Int
    public var length: Int
    public var sourceOffset: Int
    public var sourceLength: Int

    public init(offset: Int, length: Int, sourceOffset: Int, sourceLength: Int) {
        self.offset = offset; self.length = length; self.sourceOffset = sourceOffset; self.sourceLength = sourceLength
    }
}

/// What the similarity checker found about a nomination.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    /// The nominee's own earlier initiative, submitted again.
    case selfReuse = "self_reuse"
    /// Another person's earlier initiative.
    case copyOther = "copy_other"
    /// Some sections re-used from an earlier initiative.
    case partial
    /// The same title as an earlier initiative, with other text.
    case titleReuse = "title_reuse"
    /// The initiative is unrelated to the nominee's duties.
    case offDuty = "off_duty"

    /// True for kinds that point at a source initiative.
    public var hasSource: Bool { self != .offDuty }
}

/// A finding as the desk keeps it, so the review screens show it at once.
public struct StoredFinding: Sendable, Codable, Equatable {
    public var nominationID: String
    /// The earlier nomination whose initiative is re-used (nil for off-duty).
    public var sourceID: String?
    public var kind: FindingKind
    /// Share of the nomination's body text covered by re-used passages (0…1).
    public var coverage: Double
    /// Overall similarity (0…1) for re-use, relevance score for off-duty.
    public var score: Double
    public var passages: [PassagePair]
    /// For off-duty: the terms that show the mismatch (initiative side and duties side).
    public var evidence: [String]

    public init(nominationID: String, sourceID: String?, kind: FindingKind, coverage: Double, score: Double,
                passages: [PassagePair] = [], evidence: [String] = []) {
        self.nominationID = nominationID; self.sourceID = sourceID; self.kind = kind; self.coverage = coverage
        self.score = score; self.passages = passages; self.evidence = evidence
    }
}
