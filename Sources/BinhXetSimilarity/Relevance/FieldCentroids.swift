import Foundation

/// The archive's vocabulary of each field: TF-IDF centroids of syllable pairs (mostly Vietnamese words)
/// over the archived initiatives the lexicon reads confidently, so an initiative can be placed in a field
/// by all its words, not only the lexicon's few hundred terms (self-training on the archive).
struct FieldCentroids: Sendable {
    /// A syllable pair, hashed to 32 bits: an archive of 100,000 texts holds some 150 million term
    /// counts until `prepare`, and the rare collision only blurs a TF-IDF weight.
    typealias Term = UInt32

    private struct Entry: Sendable {
        /// The text's term counts, in term order (compact: an archive holds tens of thousands of these);
        /// empty when the text was learned in two passes (`count`, then `add(id:fields:vector:)`): its
        /// vector is made when it is added, and the counts are not needed after.
        var terms: [Term]
        var counts: [UInt16]
        var fields: [Double]
    }
    private var entries: [String: Entry] = [:]
    private var documentFrequency = TermFrequencies()
    /// Learning in two passes: the number of texts `count` saw (the document frequencies are then final
    /// before any text is added); nil when texts are added in one pass.
    private var countedTexts: Int?
    /// In a model read back from a snapshot (`read`): the document frequencies and the number of texts,
    /// which `vector` then reads instead (the entries are not needed to place a new text).
    private var frozenFrequency = SortedMap<Int32>()
    private var frozenCount = 0
    private var frozen = false
    private var centroids: [[Term: Double]] = []
    /// The same by term, for placing texts against all of them at once (`CentroidTerms`).
    private var centroidTerms = CentroidTerms([])
    /// The centroids of a model read back from a snapshot.
    private var frozenCentroids: [SortedMap<Double>] = []
    /// Each added text's vector, made once by `prepare` (it needs the final document frequencies), or
    /// when it is added after every text was counted.
    private var vectorByID: [String: [(Term, Double)]] = [:]

    /// Terms kept per document (highest TF-IDF first).
    static let termsPerDocument = 150
    /// A document trains the centroid of its lexicon field when that field has at least this share.
    static let confidentShare = 0.6
    /// Terms in more than this fraction of documents say nothing about a field.
    static let maxDocumentFraction = 0.25

    /// The number of texts the document frequencies count.
    private var textCount: Int { frozen ? frozenCount : countedTexts ?? entries.count }

    /// Adds (or replaces) one text by its term counts (`termCounts`, clamped to 65,535), `terms` in order.
    mutating func add(id: String, terms: [Term], counts: [UInt16], fields: [Double]) {
        precondition(countedTexts == nil, "a text is added with its counts only in one-pass learning")
        if let previous = entries[id] { for t in previous.terms { documentFrequency.add(t, -1, startingAt: 1) } }
        entries[id] = Entry(terms: terms, counts: counts, fields: fields)
        vectorByID[id] = nil
        for t in terms { documentFrequency.add(t, 1) }
    }

    /// First pass of two-pass learning: counts one text's terms (each once, in order) into the document
    /// frequencies. Every text is counted before the first `add(id:fields:vector:)`; the model is the
    /// one `add(id:terms:counts:fields:)` of the same texts makes, without holding their counts.
    mutating func count(terms: [Term]) {
        precondition(entries.isEmpty, "every text is counted before the first is added")
        countedTexts = (countedTexts ?? 0) + 1
        for t in terms { documentFrequency.add(t, 1) }
    }

    /// Second pass: adds a counted text with its vector (`vector(terms:counts:)`, made now that the
    /// document frequencies are final).
    mutating func add(id: String, fields: [Double], vector: [(Term, Double)]) {
        precondition(countedTexts != nil, "texts are counted first")
        entries[id] = Entry(terms: [], counts: [], fields: fields)
        vectorByID[id] = vector
    }

    /// Makes every text's vector and the centroids; call after the last `add`.
    mutating func prepare(fieldCount: Int) {
        if countedTexts == nil {
            // Each text's vector on all cores: sorting every text's terms is most of the work.
            let all = Array(entries)
            let made = LockedArray<[(Term, Double)]>(count: all.count)
            let this = self
            DispatchQueue.concurrentPerform(iterations: all.count) { i in made.set(i, this.vector(all[i].value)) }
            var vectors: [String: [(Term, Double)]] = [:]
            vectors.reserveCapacity(all.count)
            for i in all.indices { vectors[all[i].key] = made.get(i) ?? [] }
            vectorByID = vectors
        }
        let vectors = vectorByID
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
        centroidTerms = CentroidTerms(centroids)
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
        guard !centroidTerms.isEmpty else { return nil }
        return centroidTerms.similarities(v)
    }

    /// Every added text's vector, by id, in id order.
    var vectors: [(id: String, vector: [(Term, Double)])] {
        entries.sorted { $0.key < $1.key }.map { ($0.key, vectorByID[$0.key] ?? vector($0.value)) }
    }

    /// A text's vector.
    func vector(of text: String) -> [(Term, Double)] {
        let (terms, counts) = Self.termCounts(text)
        return vector(terms: terms) { counts[$0] }
    }

    /// The vector of a text by its term counts (in term order), as `add` keeps them.
    func vector(terms: [Term], counts: [UInt16]) -> [(Term, Double)] {
        vector(terms: terms) { Int(counts[$0]) }
    }

    private func vector(_ entry: Entry) -> [(Term, Double)] {
        vector(terms: entry.terms, counts: entry.counts)
    }

    /// The vector of a text by its term counts as (term, count) pairs in term order (the scan's reading
    /// of the words its re-use check tokenised).
    func vector(_ counts: [(Term, Int)]) -> [(Term, Double)] {
        vector(terms: counts.map(\.0)) { counts[$0].1 }
    }

    /// Normalised TF-IDF vector of the highest-weighted terms, highest first; `terms` in term order,
    /// `count(i)` the count of the i-th.
    private func vector(terms: [Term], count: (Int) -> Int) -> [(Term, Double)] {
        let n = Double(max(1, textCount))
        var weighted: [(Term, Double)] = []
        for i in terms.indices {
            let term = terms[i]
            let df = Double((frozen ? frozenFrequency[term] : documentFrequency[term]) ?? 0)
            guard df > 0, df <= Self.maxDocumentFraction * n || n < 20 else { continue }
            weighted.append((term, (1 + log(Double(count(i)))) * log(n / df + 1)))
        }
        let top = Self.strongest(&weighted, Self.termsPerDocument)
        let norm = top.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? top.map { ($0.0, $0.1 / norm) } : []
    }

    /// The `count` highest-weighted terms, highest first (equal weights: lower term first), as sorting
    /// all of them and taking the first `count` gives: a text has about ten times as many terms as its
    /// vector keeps, and sorting them all was a tenth of learning's CPU. The order is total (terms are
    /// distinct), so the terms selected and their order are the same.
    static func strongest(_ weighted: inout [(Term, Double)], _ count: Int) -> ArraySlice<(Term, Double)> {
        @inline(__always) func before(_ a: (Term, Double), _ b: (Term, Double)) -> Bool { (a.1, b.0) > (b.1, a.0) }
        if weighted.count > count, count > 0 {
            // Quickselect (Hoare's partition): afterwards the first `count` are the strongest, in any order.
            var low = 0, high = weighted.count - 1
            let k = count - 1
            while low < high {
                let pivot = weighted[low + (high - low) / 2]
                var i = low, j = high
                while i <= j {
                    while before(weighted[i], pivot) { i += 1 }
                    while before(pivot, weighted[j]) { j -= 1 }
                    if i <= j { weighted.swapAt(i, j); i += 1; j -= 1 }
                }
                if k <= j { high = j } else if k >= i { low = i } else { break }
            }
        }
        let n = min(count, weighted.count)
        weighted[0..<n].sort(by: before)
        return weighted[0..<n]
    }

    /// What placing a new text needs (after `prepare`): the frozen document frequencies and the centroids.
    func write(to w: inout ModelWriter) {
        w.int(textCount)
        if frozen {
            frozenFrequency.write(to: &w)
        } else {
            let (keys, values) = documentFrequency.sorted()
            w.array(keys); w.array(values)   // as `SortedMap.write`
        }
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
        w.int(textCount)
        if frozen {
            frozenFrequency.writeView(to: &w)
        } else {
            let (keys, values) = documentFrequency.sorted()
            SortedMap<Int32>.writeView(keys: keys, values: values, to: &w)
        }
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

    /// Counts of adjacent syllable pairs on one line, numbers left out: the distinct pairs in order and
    /// the count of each. Counted by sorting the pairs (a text of 2,600 syllables makes about as many):
    /// a dictionary of them was a third of the CPU of learning from texts (issue 13).
    static func termCounts(_ text: String) -> (terms: [Term], counts: [Int]) {
        let tokens = TokenStream(text: text, numbersAsClass: true).tokens
        return termCounts(tokens.count, hash: { tokens[$0].hash }, line: { tokens[$0].line })
    }

    /// The same of `count` tokens given by their hash (numbers as one class) and line: the text's
    /// tokens, or the own words a re-use check tokenised already (`DutyRelevance.termCounts`).
    static func termCounts(_ count: Int, hash: (Int) -> UInt64, line: (Int) -> Int) -> (terms: [Term], counts: [Int]) {
        guard count > 1 else { return ([], []) }
        var pairs: [Term] = []
        pairs.reserveCapacity(count)
        for i in 1..<count where line(i) == line(i - 1) && hash(i) != TokenHash.number && hash(i - 1) != TokenHash.number {
            let pair = TokenHash.mix(hash(i - 1) &* 31 ^ hash(i))
            pairs.append(Term(truncatingIfNeeded: pair ^ (pair >> 32)))
        }
        pairs.sort()
        var terms: [Term] = [], counts: [Int] = []
        var i = 0
        while i < pairs.count {
            var j = i + 1
            while j < pairs.count && pairs[j] == pairs[i] { j += 1 }
            terms.append(pairs[i]); counts.append(j - i)
            i = j
        }
        return (terms, counts)
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
