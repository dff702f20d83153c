import Foundation

/// The archive's vocabulary of each field: TF-IDF centroids of syllable pairs (mostly Vietnamese words)
/// over the archived initiatives the lexicon reads confidently, so an initiative can be placed in a field
/// by all its words, not only the lexicon's few hundred terms (self-training on the archive).
struct FieldCentroids: Sendable {
    /// A syllable pair, hashed to 32 bits: an archive of 100,000 texts holds some 150 million term
    /// counts until `prepare`, and the rare collision only blurs a TF-IDF weight.
    typealias Term = UInt32

    private struct Entry: Sendable {
        /// The text's term counts, in term order (compact: an archive holds tens of thousands of these).
        var terms: [Term]
        var counts: [UInt16]
        var fields: [Double]
    }
    private var entries: [String: Entry] = [:]
    private var documentFrequency: [Term: Int32] = [:]
    /// In a model read back from a snapshot (`read`): the document frequencies and the number of texts,
    /// which `vector` then reads instead (the entries are not needed to place a new text).
    private var frozenFrequency = SortedMap<Int32>()
    private var frozenCount = 0
    private var frozen = false
    private var centroids: [[Term: Double]] = []
    /// The centroids of a model read back from a snapshot.
    private var frozenCentroids: [SortedMap<Double>] = []
    /// Each added text's vector, made once by `prepare` (it needs the final document frequencies).
    private var vectorByID: [String: [(Term, Double)]] = [:]

    /// Terms kept per document (highest TF-IDF first).
    static let termsPerDocument = 150
    /// A document trains the centroid of its lexicon field when that field has at least this share.
    static let confidentShare = 0.6
    /// Terms in more than this fraction of documents say nothing about a field.
    static let maxDocumentFraction = 0.25

    /// Adds (or replaces) one text by its term counts (`termCounts`).
    mutating func add(id: String, counts: [Term: Int], fields: [Double]) {
        if let previous = entries[id] { for t in previous.terms { documentFrequency[t, default: 1] -= 1 } }
        let sorted = counts.sorted { $0.key < $1.key }
        entries[id] = Entry(terms: sorted.map(\.key), counts: sorted.map { UInt16(clamping: $0.value) }, fields: fields)
        vectorByID[id] = nil
        for t in counts.keys { documentFrequency[t, default: 0] += 1 }
    }

    /// Makes every text's vector and the centroids; call after the last `add`.
    mutating func prepare(fieldCount: Int) {
        // Each text's vector on all cores: sorting every text's terms is most of the work.
        let all = Array(entries)
        let made = LockedArray<[(Term, Double)]>(count: all.count)
        let this = self
        DispatchQueue.concurrentPerform(iterations: all.count) { i in made.set(i, this.vector(all[i].value)) }
        var vectors: [String: [(Term, Double)]] = [:]
        vectors.reserveCapacity(all.count)
        for i in all.indices { vectors[all[i].key] = made.get(i) ?? [] }
        vectorByID = vectors
        var sums = [[Term: Double]](repeating: [:], count: fieldCount)
        for (id, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard let top = entry.fields.indices.max(by: { entry.fields[$0] < entry.fields[$1] }),
                  entry.fields[top] >= Self.confidentShare else { continue }
            for (term, weight) in vectors[id] ?? [] { sums[top][term, default: 0] += weight }
        }
        centroids = sums.map { sum in
            let norm = sum.values.sorted().reduce(0) { $0 + $1 * $1 }.squareRoot()  // in a fixed order: see `cosine`
            return norm > 0 ? sum.mapValues { $0 / norm } : [:]
        }
    }

    /// Cosine of the text to each field's centroid; nil before `prepare` or without centroids.
    func similarities(_ text: String) -> [Double]? {
        similarities(of: vector(of: text))
    }

    /// The same for a text's vector (`vector(of:)`) already made.
    func similarities(ofVector v: [(Term, Double)]) -> [Double]? {
        similarities(of: v)
    }

    /// Cosine of an added text to each field's centroid, without reading the text again.
    func similarities(ofEntry id: String) -> [Double]? {
        if let v = vectorByID[id] { return similarities(of: v) }
        return entries[id].flatMap { similarities(of: vector($0)) }
    }

    private func similarities(of v: [(Term, Double)]) -> [Double]? {
        if frozen {
            guard frozenCentroids.contains(where: { !$0.isEmpty }) else { return nil }
            return frozenCentroids.map { c in v.reduce(0) { $0 + $1.1 * (c[$1.0] ?? 0) } }
        }
        guard centroids.contains(where: { !$0.isEmpty }) else { return nil }
        return centroids.map { c in v.reduce(0) { $0 + $1.1 * (c[$1.0] ?? 0) } }
    }

    /// Every added text's vector, by id, in id order.
    var vectors: [(id: String, vector: [(Term, Double)])] {
        entries.sorted { $0.key < $1.key }.map { ($0.key, vectorByID[$0.key] ?? vector($0.value)) }
    }

    /// A text's vector.
    func vector(of text: String) -> [(Term, Double)] {
        vector(Self.termCounts(text).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    private func vector(_ entry: Entry) -> [(Term, Double)] {
        vector(zip(entry.terms, entry.counts).map { ($0, Int($1)) })
    }

    /// Normalised TF-IDF vector of the highest-weighted terms, highest first; `counts` in term order.
    private func vector(_ counts: [(Term, Int)]) -> [(Term, Double)] {
        let n = Double(max(1, frozen ? frozenCount : entries.count))
        var weighted: [(Term, Double)] = []
        for (term, c) in counts {
            let df = Double((frozen ? frozenFrequency[term] : documentFrequency[term]) ?? 0)
            guard df > 0, df <= Self.maxDocumentFraction * n || n < 20 else { continue }
            weighted.append((term, (1 + log(Double(c))) * log(n / df + 1)))
        }
        weighted.sort { ($0.1, $1.0) > ($1.1, $0.0) }
        let top = weighted.prefix(Self.termsPerDocument)
        let norm = top.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? top.map { ($0.0, $0.1 / norm) } : []
    }

    /// What placing a new text needs (after `prepare`): the frozen document frequencies and the centroids.
    func write(to w: inout ModelWriter) {
        w.int(frozen ? frozenCount : entries.count)
        (frozen ? frozenFrequency : SortedMap(documentFrequency)).write(to: &w)
        let all = frozen ? frozenCentroids : centroids.map { SortedMap($0) }
        w.int(all.count)
        for c in all { c.write(to: &w) }
    }

    /// A prepared model read back: it places texts (`similarities`, `vector(of:)`) but holds no entries.
    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> FieldCentroids {
        var c = FieldCentroids()
        c.frozenCount = try r.int()
        c.frozenFrequency = try SortedMap.read(from: &r)
        c.frozen = true
        let n = try r.int()
        guard n >= 0, n < 10_000 else { throw ModelReader.Malformed() }
        for _ in 0..<n { c.frozenCentroids.append(try SortedMap.read(from: &r)) }
        return c
    }

    /// The same in the form a mapped model holds (`DutyRelevance.mappedSnapshot`).
    func writeView(to w: inout ModelWriter) {
        w.int(frozen ? frozenCount : entries.count)
        (frozen ? frozenFrequency : SortedMap(documentFrequency)).writeView(to: &w)
        let all = frozen ? frozenCentroids : centroids.map { SortedMap($0) }
        w.int(all.count)
        for c in all { c.writeView(to: &w) }
    }

    /// Read in place from a mapped model: the frequencies and centroids are views, searched where they lie.
    static func readView(from r: inout ModelViewReader) throws(ModelReader.Malformed) -> FieldCentroids {
        var c = FieldCentroids()
        c.frozenCount = try r.int()
        c.frozenFrequency = try SortedMap.readView(from: &r)
        c.frozen = true
        let n = try r.int()
        guard n >= 0, n < 10_000 else { throw ModelReader.Malformed() }
        for _ in 0..<n { c.frozenCentroids.append(try SortedMap.readView(from: &r)) }
        return c
    }

    /// Counts of adjacent syllable pairs on one line, numbers left out.
    static func termCounts(_ text: String) -> [Term: Int] {
        let tokens = TokenStream(text: text, numbersAsClass: true).tokens
        var counts: [Term: Int] = [:]
        guard tokens.count > 1 else { return counts }
        for i in 1..<tokens.count where tokens[i].line == tokens[i - 1].line
            && tokens[i].hash != TokenHash.number && tokens[i - 1].hash != TokenHash.number {
            let pair = TokenHash.mix(tokens[i - 1].hash &* 31 ^ tokens[i].hash)
            counts[Term(truncatingIfNeeded: pair ^ (pair >> 32)), default: 0] += 1
        }
        return counts
    }
}

/// A sparse vector in key order, with its norm: made once, compared many times. Sums run in key order,
/// so they are the same to the last digit on every run (a dictionary's order is not).
struct SparseVector: Sendable {
    let keys: [UInt64]
    let values: [Double]
    let norm: Double

    init(_ weights: [UInt64: Double]) {
        let sorted = weights.sorted { $0.key < $1.key }
        keys = sorted.map(\.key)
        values = sorted.map(\.value)
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// A vector read back from a snapshot: keys in order, as `init` made them.
    init(keys: [UInt64], values: [Double]) {
        self.keys = keys
        self.values = values
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Cosine with another vector (a merge of the two key lists).
    func cosine(_ other: SparseVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var dot = 0.0, i = 0, j = 0
        while i < keys.count, j < other.keys.count {
            if keys[i] == other.keys[j] { dot += values[i] * other.values[j]; i += 1; j += 1 }
            else if keys[i] < other.keys[j] { i += 1 } else { j += 1 }
        }
        return dot / (norm * other.norm)
    }
}
