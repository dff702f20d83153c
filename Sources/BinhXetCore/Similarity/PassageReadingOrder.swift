import BinhXetSimilarity

/// The order in which a nomination's matched passages are read, wherever they are shown: the nomination
/// page's n/N, side by side and the similarity report all follow it, so "Đoạn 2/3" of a source is the same
/// passage on each.
///
/// Sources come by coverage, highest first (then by source ID); each source's passages strongest first with
/// the weak ones last (`PassageExplanation.order`), or in the order of the nomination's text while they are
/// not explained (the first frame, a source whose text is not stored).
public enum PassageReadingOrder {
    /// The findings that have a source, in the order their sources are read.
    public static func sources(_ findings: [StoredFinding]) -> [StoredFinding] {
        findings.enumerated().filter { $0.element.kind.hasSource && $0.element.sourceID != nil }
            .sorted { a, b in
                if a.element.coverage != b.element.coverage { return a.element.coverage > b.element.coverage }
                if a.element.sourceID != b.element.sourceID { return a.element.sourceID! < b.element.sourceID! }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    /// Indices of `pairs` in reading order; `explanations` are the pairs' own, in the same order (ignored
    /// unless there is one for each pair).
    public static func passages(_ pairs: [PassagePair], explanations: [PassageExplanation]?) -> [Int] {
        if let explanations, explanations.count == pairs.count, !pairs.isEmpty {
            return PassageExplanation.order(explanations)
        }
        return pairs.indices.sorted { (pairs[$0].offset, $0) < (pairs[$1].offset, $1) }
    }

    /// One passage of the walk: the source's place in `sources(_:)` and the pair's place in its finding's
    /// `passages`; `number` is its place among its source's passages in reading order (1-based, as captioned).
    public struct Step: Sendable, Equatable {
        public var source: Int
        public var pair: Int
        public var number: Int
    }

    /// Every passage of the nomination in reading order: the first source's passages in their order, then the
    /// next source's. `explanations` by source ID.
    public static func walk(_ findings: [StoredFinding], explanations: [String: [PassageExplanation]]) -> [Step] {
        sources(findings).enumerated().flatMap { s, f in
            passages(f.passages, explanations: explanations[f.sourceID!]).enumerated().map {
                Step(source: s, pair: $0.element, number: $0.offset + 1)
            }
        }
    }
}
