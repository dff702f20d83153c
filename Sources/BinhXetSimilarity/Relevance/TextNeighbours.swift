/// The archived initiatives nearest a text by their wording: cosine of TF-IDF vectors of syllable pairs
/// (`FieldCentroids.vector`), found through an inverted index of each one's most telling terms, so a
/// query walks a few short posting lists instead of the whole archive.
struct TextNeighbours: Sendable {
    private var ids: [String] = []
    private var postings: [FieldCentroids.Term: [(document: Int32, weight: Float)]] = [:]
    /// The postings of an index read back from a snapshot: per term (sorted), the range of its postings
    /// in the two flat arrays, in the order they were added.
    private var frozenTerms = FrozenArray<FieldCentroids.Term>()
    private var frozenStarts = FrozenArray<Int32>()
    private var frozenDocuments = FrozenArray<Int32>()
    private var frozenWeights = FrozenArray<Float>()
    private var frozen = false
    /// The ids of an index read in place from a mapped model (`readView`), by document number.
    private var mappedIDs: FrozenStrings?

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
                for i in range {
                    // A mapped index is checked where it is read: a document number out of bounds is skipped.
                    let document = frozenDocuments[i]
                    guard document >= 0, Int(document) < documentCount else { continue }
                    scores[document, default: 0] += Float(weight) * frozenWeights[i]
                }
                continue
            }
            for p in postings[term] ?? [] { scores[p.document, default: 0] += Float(weight) * p.weight }
        }
        var best: [(id: String, similarity: Double)] = []
        for (document, score) in scores.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            guard let id = id(of: Int(document)) else { continue }
            if excluded(id) { continue }
            best.append((id, Double(score)))
            if best.count == count { break }
        }
        return best
    }

    private var documentCount: Int { mappedIDs?.count ?? ids.count }

    private func id(of document: Int) -> String? {
        if let mappedIDs { return mappedIDs[document] }
        return document >= 0 && document < ids.count ? ids[document] : nil
    }

    private func frozenRange(_ term: FieldCentroids.Term) -> Range<Int>? {
        guard let low = frozenTerms.firstIndex(ofSorted: term), low + 1 < frozenStarts.count else { return nil }
        let from = Int(frozenStarts[low]), to = Int(frozenStarts[low + 1])
        guard from >= 0, from <= to, to <= frozenDocuments.count, to <= frozenWeights.count else { return nil }
        return from..<to
    }

    func write(to w: inout ModelWriter) {
        w.strings(ids)
        let (terms, starts, documents, weights) = flat()
        w.array(terms); w.array(starts); w.array(documents); w.array(weights)
    }

    /// The postings as four flat arrays: terms (sorted), where each term's postings start, documents, weights.
    private func flat() -> ([FieldCentroids.Term], [Int32], [Int32], [Float]) {
        if frozen { return (frozenTerms.array, frozenStarts.array, frozenDocuments.array, frozenWeights.array) }
        var terms: [FieldCentroids.Term] = [], starts: [Int32] = [0], documents: [Int32] = [], weights: [Float] = []
        for (term, list) in postings.sorted(by: { $0.key < $1.key }) {
            terms.append(term)
            for p in list { documents.append(p.document); weights.append(p.weight) }
            starts.append(Int32(documents.count))
        }
        return (terms, starts, documents, weights)
    }

    /// The form a mapped model holds (`DutyRelevance.mappedSnapshot`): ids as a string table by document number.
    func writeView(to w: inout ModelWriter) {
        let all = mappedIDs.map { m in (0..<m.count).map { m[$0] ?? "" } } ?? ids
        FrozenStrings.write(all, to: &w)
        let (terms, starts, documents, weights) = flat()
        w.viewArray(terms); w.viewArray(starts); w.viewArray(documents); w.viewArray(weights)
    }

    /// Read in place: the postings are searched where they lie; a posting out of bounds is skipped when read.
    static func readView(from r: inout ModelViewReader) throws(ModelReader.Malformed) -> TextNeighbours {
        var n = TextNeighbours()
        n.mappedIDs = try FrozenStrings.read(from: &r)
        n.frozenTerms = try r.array(FieldCentroids.Term.self)
        n.frozenStarts = try r.array(Int32.self)
        n.frozenDocuments = try r.array(Int32.self)
        n.frozenWeights = try r.array(Float.self)
        guard n.frozenStarts.count == n.frozenTerms.count + 1, n.frozenDocuments.count == n.frozenWeights.count else {
            throw ModelReader.Malformed()
        }
        n.frozen = true
        return n
    }

    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> TextNeighbours {
        var n = TextNeighbours()
        n.ids = try r.strings()
        let terms = try r.array(FieldCentroids.Term.self), starts = try r.array(Int32.self)
        let documents = try r.array(Int32.self), weights = try r.array(Float.self)
        guard starts.count == terms.count + 1, documents.count == weights.count,
              starts.allSatisfy({ $0 >= 0 && Int($0) <= documents.count }),
              documents.allSatisfy({ $0 >= 0 && Int($0) < n.ids.count }) else { throw ModelReader.Malformed() }
        (n.frozenTerms, n.frozenStarts) = (FrozenArray(terms), FrozenArray(starts))
        (n.frozenDocuments, n.frozenWeights) = (FrozenArray(documents), FrozenArray(weights))
        n.frozen = true
        return n
    }
}
