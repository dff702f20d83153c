import Foundation

/// The archive's vocabulary of each field: TF-IDF centroids of syllable pairs (mostly Vietnamese words)
/// over the archived initiatives the lexicon reads confidently, so an initiative can be placed in a field
/// by all its words, not only the lexicon's few hundred terms (self-training on the archive).
struct FieldCentroids: Sendable {
    private struct Entry: Sendable {
        /// The text's term counts, by term (compact: an archive holds tens of thousands of these).
        var terms: [UInt64]
        var counts: [Int32]
        var fields: [Double]
    }
    private var entries: [String: Entry] = [:]
    private var documentFrequency: [UInt64: Int] = [:]
    private var centroids: [[UInt64: Double]] = []

    /// Terms kept per document (highest TF-IDF first).
    static let termsPerDocument = 150
    /// A document trains the centroid of its lexicon field when that field has at least this share.
    static let confidentShare = 0.6
    /// Terms in more than this fraction of documents say nothing about a field.
    static let maxDocumentFraction = 0.25

    /// Adds (or replaces) one text by its term counts (`termCounts`).
    mutating func add(id: String, counts: [UInt64: Int], fields: [Double]) {
        if let previous = entries[id] { for t in previous.terms { documentFrequency[t, default: 1] -= 1 } }
        let sorted = counts.sorted { $0.key < $1.key }
        entries[id] = Entry(terms: sorted.map(\.key), counts: sorted.map { Int32(clamping: $0.value) }, fields: fields)
        for t in counts.keys { documentFrequency[t, default: 0] += 1 }
    }

    /// Builds the centroids; call after the last `add`.
    mutating func prepare(fieldCount: Int) {
        var sums = [[UInt64: Double]](repeating: [:], count: fieldCount)
        for (_, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard let top = entry.fields.indices.max(by: { entry.fields[$0] < entry.fields[$1] }),
                  entry.fields[top] >= Self.confidentShare else { continue }
            for (term, weight) in vector(entry) { sums[top][term, default: 0] += weight }
        }
        centroids = sums.map { sum in
            let norm = sum.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? sum.mapValues { $0 / norm } : [:]
        }
    }

    /// Cosine of the text to each field's centroid; nil before `prepare` or without centroids.
    func similarities(_ text: String) -> [Double]? {
        similarities(of: vector(Self.termCounts(text).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    }

    /// Cosine of an added text to each field's centroid, without reading the text again.
    func similarities(ofEntry id: String) -> [Double]? {
        entries[id].flatMap { similarities(of: vector($0)) }
    }

    private func similarities(of v: [(UInt64, Double)]) -> [Double]? {
        guard centroids.contains(where: { !$0.isEmpty }) else { return nil }
        return centroids.map { c in v.reduce(0) { $0 + $1.1 * (c[$1.0] ?? 0) } }
    }

    /// Every added text's vector, by id, in id order.
    var vectors: [(id: String, vector: [(UInt64, Double)])] {
        entries.sorted { $0.key < $1.key }.map { ($0.key, vector($0.value)) }
    }

    /// A text's vector.
    func vector(of text: String) -> [(UInt64, Double)] {
        vector(Self.termCounts(text).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    private func vector(_ entry: Entry) -> [(UInt64, Double)] {
        vector(zip(entry.terms, entry.counts.lazy.map { Int($0) }).map { ($0, $1) })
    }

    /// Normalised TF-IDF vector of the highest-weighted terms, highest first; `counts` in term order.
    private func vector(_ counts: [(UInt64, Int)]) -> [(UInt64, Double)] {
        let n = Double(max(1, entries.count))
        var weighted: [(UInt64, Double)] = []
        for (term, c) in counts {
            let df = Double(documentFrequency[term] ?? 0)
            guard df > 0, df <= Self.maxDocumentFraction * n || n < 20 else { continue }
            weighted.append((term, (1 + log(Double(c))) * log(n / df + 1)))
        }
        weighted.sort { $0.1 > $1.1 }
        let top = weighted.prefix(Self.termsPerDocument)
        let norm = top.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? top.map { ($0.0, $0.1 / norm) } : []
    }

    /// Counts of adjacent syllable pairs on one line, numbers left out.
    static func termCounts(_ text: String) -> [UInt64: Int] {
        let tokens = TokenStream(text: text, numbersAsClass: true).tokens
        var counts: [UInt64: Int] = [:]
        guard tokens.count > 1 else { return counts }
        for i in 1..<tokens.count where tokens[i].line == tokens[i - 1].line
            && tokens[i].hash != TokenHash.number && tokens[i - 1].hash != TokenHash.number {
            counts[TokenHash.mix(tokens[i - 1].hash &* 31 ^ tokens[i].hash), default: 0] += 1
        }
        return counts
    }
}

/// Cosine of two sparse vectors.
func cosine(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double {
    var dot = 0.0
    for (k, v) in a { if let w = b[k] { dot += v * w } }
    let na = a.values.reduce(0) { $0 + $1 * $1 }, nb = b.values.reduce(0) { $0 + $1 * $1 }
    return na > 0 && nb > 0 ? dot / (na * nb).squareRoot() : 0
}
