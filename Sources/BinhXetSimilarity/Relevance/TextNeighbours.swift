/// The archived initiatives nearest a text by their wording: cosine of TF-IDF vectors of syllable pairs
/// (`FieldCentroids.vector`), found through an inverted index of each one's most telling terms, so a
/// query walks a few short posting lists instead of the whole archive.
struct TextNeighbours: Sendable {
    private var ids: [String] = []
    private var postings: [FieldCentroids.Term: [(document: Int32, weight: Float)]] = [:]

    /// Terms indexed per initiative, and used per query: the highest-weighted, which are also the rarest
    /// (short posting lists).
    static let termsPerDocument = 40

    init() {}

    init(_ vectors: [(id: String, vector: [(FieldCentroids.Term, Double)])]) {
        for (index, entry) in vectors.enumerated() {
            ids.append(entry.id)
            for (term, weight) in entry.vector.prefix(Self.termsPerDocument) {
                postings[term, default: []].append((Int32(index), Float(weight)))
            }
        }
    }

    /// The `count` nearest initiatives to a vector, most similar first, leaving out those `excluded`.
    func nearest(_ vector: [(FieldCentroids.Term, Double)], count: Int, excluded: (String) -> Bool) -> [(id: String, similarity: Double)] {
        guard count > 0 else { return [] }
        var scores: [Int32: Float] = [:]
        for (term, weight) in vector.prefix(Self.termsPerDocument) {
            for p in postings[term] ?? [] { scores[p.document, default: 0] += Float(weight) * p.weight }
        }
        var best: [(id: String, similarity: Double)] = []
        for (document, score) in scores.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let id = ids[Int(document)]
            if excluded(id) { continue }
            best.append((id, Double(score)))
            if best.count == count { break }
        }
        return best
    }
}
