/// The archived initiatives nearest a text by their wording: cosine of TF-IDF vectors of syllable pairs
/// (`FieldCentroids.vector`), found through an inverted index of each one's most telling terms, so a
/// query walks a few short posting lists instead of the whole archive.
struct TextNeighbours: Sendable {
    private var ids: [String] = []
    private var postings: [FieldCentroids.Term: [(document: Int32, weight: Float)]] = [:]
    /// The postings of an index read back from a snapshot: per term (sorted), the range of its postings
    /// in the two flat arrays, in the order they were added.
    private var frozenTerms: [FieldCentroids.Term] = []
    private var frozenStarts: [Int32] = []
    private var frozenDocuments: [Int32] = []
    private var frozenWeights: [Float] = []
    private var frozen = false

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
            if frozen {
                guard let range = frozenRange(term) else { continue }
                for i in range { scores[frozenDocuments[i], default: 0] += Float(weight) * frozenWeights[i] }
                continue
            }
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

    private func frozenRange(_ term: FieldCentroids.Term) -> Range<Int>? {
        var low = 0, high = frozenTerms.count
        while low < high {
            let mid = (low + high) >> 1
            if frozenTerms[mid] < term { low = mid + 1 } else { high = mid }
        }
        guard low < frozenTerms.count, frozenTerms[low] == term else { return nil }
        return Int(frozenStarts[low])..<Int(frozenStarts[low + 1])
    }

    func write(to w: inout ModelWriter) {
        w.strings(ids)
        if frozen {
            w.array(frozenTerms); w.array(frozenStarts); w.array(frozenDocuments); w.array(frozenWeights)
            return
        }
        var terms: [FieldCentroids.Term] = [], starts: [Int32] = [0], documents: [Int32] = [], weights: [Float] = []
        for (term, list) in postings.sorted(by: { $0.key < $1.key }) {
            terms.append(term)
            for p in list { documents.append(p.document); weights.append(p.weight) }
            starts.append(Int32(documents.count))
        }
        w.array(terms); w.array(starts); w.array(documents); w.array(weights)
    }

    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> TextNeighbours {
        var n = TextNeighbours()
        n.ids = try r.strings()
        n.frozenTerms = try r.array(FieldCentroids.Term.self)
        n.frozenStarts = try r.array(Int32.self)
        n.frozenDocuments = try r.array(Int32.self)
        n.frozenWeights = try r.array(Float.self)
        guard n.frozenStarts.count == n.frozenTerms.count + 1, n.frozenDocuments.count == n.frozenWeights.count,
              n.frozenStarts.allSatisfy({ $0 >= 0 && Int($0) <= n.frozenDocuments.count }),
              n.frozenDocuments.allSatisfy({ $0 >= 0 && Int($0) < n.ids.count }) else { throw ModelReader.Malformed() }
        n.frozen = true
        return n
    }
}
