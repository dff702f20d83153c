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

    /// `FieldCentroids.termCounts` of the own text, in term order, from the words the re-use check
    /// tokenised.
    static func termCounts(_ words: OwnWords) -> [(FieldCentroids.Term, Int)] {
        let hashes = words.classHashes, lines = words.lines
        let (terms, counts) = FieldCentroids.termCounts(hashes.count, hash: { hashes[$0] }, line: { Int(lines[$0]) })
        return Array(zip(terms, counts))
    }
}
