import Foundation

/// What the relevance model reads of an initiative's own text to assess it — its lexicon fields and its
/// TF-IDF vector —, made once and assessed later, when the re-use links are known.
public struct TextReading: Sendable {
    let lexiconFields: [Double]
    let vector: [(FieldCentroids.Term, Double)]
}

extension DutyRelevance {
    /// The reading `assess(text:)` makes of the own text, made from the own words the re-use check
    /// tokenised (`OwnWords`) instead: the same numbers to the last bit (a year's scan tokenised each
    /// own text twice more for this, a quarter of its relevance pass).
    public func reading(title: String, unit: String, ownWords words: OwnWords) -> TextReading {
        TextReading(lexiconFields: lexiconFields(title: title, unit: unit, bodyHashes: words.plainHashes),
                    vector: centroids.vector(Self.termCounts(words)))
    }

    /// `assess(text:)` from a reading (`reading(title:unit:ownWords:)`): the same score, flag, fields and
    /// witnesses, without the text evidence (`textEvidence` is empty: it quotes the text as written).
    /// A caller that shows an off-duty assessment asks `assess(text:)` for it.
    public func assess(id: String = "", person: String = "", _ profile: DutyProfile, title: String,
                       reading: TextReading, linked: Set<String> = []) -> RelevanceAssessment {
        assess(id: id, person: person, profile, title: title, lexiconFields: reading.lexiconFields,
               vector: reading.vector, linked: linked, termCounts: nil)
    }

    /// `textVector(title:text:unit:).weights` from the own text's token hashes (numbers as written).
    func lexiconFields(title: String, unit: String, bodyHashes: [UInt64]) -> [Double] {
        var counts: [String: (fields: [Int], count: Double)] = [:]
        let titleHashes = Self.removing(TokenStream(text: unit, numbersAsClass: false).hashes,
                                        from: TokenStream(text: title, numbersAsClass: false).hashes)
        for (hashes, weight) in [(titleHashes, parameters.relevanceTitleWeight), (bodyHashes, 1.0)] {
            for (term, _) in lexicon.matches(in: hashes) {
                counts[term.text, default: (term.fields, 0)].count += weight
            }
        }
        var weights = [Double](repeating: 0, count: lexicon.fields.count)
        for (_, value) in counts.sorted(by: { $0.key < $1.key }) {
            let w = log1p(value.count) / Double(value.fields.count)
            for f in value.fields { weights[f] += w }
        }
        return normalised(weights.map { pow($0, parameters.relevanceSharpening) })
    }

    /// `FieldCentroids.termCounts` of the own text, in term order: adjacent tokens on one line, numbers
    /// left out, counted by sorting instead of a dictionary.
    static func termCounts(_ words: OwnWords) -> [(FieldCentroids.Term, Int)] {
        let hashes = words.classHashes, lines = words.lines
        guard hashes.count > 1 else { return [] }
        var terms: [FieldCentroids.Term] = []
        terms.reserveCapacity(hashes.count)
        for i in 1..<hashes.count where lines[i] == lines[i - 1]
            && hashes[i] != TokenHash.number && hashes[i - 1] != TokenHash.number {
            let pair = TokenHash.mix(hashes[i - 1] &* 31 ^ hashes[i])
            terms.append(FieldCentroids.Term(truncatingIfNeeded: pair ^ (pair >> 32)))
        }
        terms.sort()
        var out: [(FieldCentroids.Term, Int)] = []
        var i = 0
        while i < terms.count {
            var j = i + 1
            while j < terms.count, terms[j] == terms[i] { j += 1 }
            out.append((terms[i], j - i))
            i = j
        }
        return out
    }
}
