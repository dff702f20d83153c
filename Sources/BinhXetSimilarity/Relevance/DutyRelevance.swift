import Foundation

/// What the nominee is employed to do: the text the initiative is judged against.
public struct DutyProfile: Sendable, Hashable, Codable {
    public var position: String
    public var duties: String
    public var unit: String

    public init(position: String, duties: String, unit: String) {
        self.position = position
        self.duties = duties
        self.unit = unit
    }
}

/// How well an initiative fits the nominee's duties, with the terms that show it.
public struct RelevanceAssessment: Sendable, Hashable, Codable {
    /// 0–1: how expected the initiative's fields are for someone with these duties (1 = the most
    /// expected field).
    public var score: Double
    /// True when `score` is below `SimilarityParameters.offDutyThreshold`.
    public var offDuty: Bool
    /// Field codes the duties point to, strongest first.
    public var dutyFields: [String]
    /// Field codes the initiative is about, strongest first.
    public var textFields: [String]
    /// Lexicon terms found in the position, duties and unit.
    public var dutyEvidence: [String]
    /// Lexicon terms of the initiative's main fields found in its title and text, most frequent first.
    public var textEvidence: [String]

    enum CodingKeys: String, CodingKey {
        case score
        case offDuty = "off_duty"
        case dutyFields = "duty_fields"
        case textFields = "text_fields"
        case dutyEvidence = "duty_evidence"
        case textEvidence = "text_evidence"
    }
}

/// Scores an initiative against the nominee's position, duties and unit.
///
/// Both sides are read as distributions over the lexicon's fields. Which initiative fields go with which
/// duty fields is learned from the archive (`learn`: most nominees write within their work), starting
/// from the lexicon's `related` lists as a prior that gives way as the archive grows. The score is the
/// initiative's field distribution weighed by how expected each field is for these duties, relative to
/// the most expected field: a teacher writing about teaching scores 1, about pests in rice near 0.
public struct DutyRelevance: Sendable {
    public let lexicon: DomainLexicon
    public let parameters: SimilarityParameters
    /// `cooccurrence[f][g]`: duty weight on field f times text weight on field g, summed over the archive.
    private var cooccurrence: [[Double]]
    /// Documents learned from.
    public private(set) var learnedCount = 0

    /// Weight of the title's terms against the body's: the title states the subject.
    static let titleWeight = 3.0
    /// Weight of a `related` field in the prior, against 1 for the field itself.
    static let relatedPriorWeight = 0.5
    /// Learned evidence (in documents' worth of duty weight) at which learning and prior weigh equally.
    static let priorStrength = 10.0

    public init(lexicon: DomainLexicon, parameters: SimilarityParameters = .standard) {
        self.lexicon = lexicon
        self.parameters = parameters
        let n = lexicon.fields.count
        cooccurrence = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    }

    /// Adds one archived nomination to what is known about which fields go with which duties. Pass the
    /// report's own text (`SimilarityArchive.ownText`), without the header that names the unit.
    public mutating func learn(_ profile: DutyProfile, title: String, text: String) {
        let duty = dutyVector(profile).weights
        let body = textVector(title: title, text: text, unit: profile.unit).weights
        guard duty.contains(where: { $0 > 0 }), body.contains(where: { $0 > 0 }) else { return }
        for f in duty.indices where duty[f] > 0 {
            for g in body.indices where body[g] > 0 { cooccurrence[f][g] += duty[f] * body[g] }
        }
        learnedCount += 1
    }

    /// The relevance of an initiative (title and its own text, as for `learn`) to a duty profile.
    public func assess(_ profile: DutyProfile, title: String, text: String) -> RelevanceAssessment {
        let duty = dutyVector(profile)
        let body = textVector(title: title, text: text, unit: profile.unit)
        let dutyFields = ranked(duty.weights)
        let textFields = ranked(body.weights)
        guard !dutyFields.isEmpty, !textFields.isEmpty else {
            // Nothing to judge by: no flag.
            return RelevanceAssessment(score: 1, offDuty: false, dutyFields: dutyFields.map { lexicon.fields[$0].code },
                                       textFields: textFields.map { lexicon.fields[$0].code },
                                       dutyEvidence: duty.terms, textEvidence: [])
        }
        let expected = expectedTextFields(duty.weights)
        let top = expected.max() ?? 0
        var score = 0.0
        if top > 0 { for g in body.weights.indices { score += body.weights[g] * expected[g] / top } }
        let mainFields = Set(textFields.prefix(2))
        let evidence = body.termCounts.filter { !mainFields.isDisjoint(with: $0.fields) }
            .sorted { ($0.count, $1.text) > ($1.count, $0.text) }.prefix(8).map(\.text)
        return RelevanceAssessment(score: score, offDuty: score < parameters.offDutyThreshold,
                                   dutyFields: dutyFields.map { lexicon.fields[$0].code },
                                   textFields: textFields.map { lexicon.fields[$0].code },
                                   dutyEvidence: duty.terms, textEvidence: evidence)
    }

    // MARK: - Field vectors

    private struct DutyVector { var weights: [Double]; var terms: [String] }
    private struct TextVector { var weights: [Double]; var termCounts: [(text: String, fields: [Int], count: Int)] }

    private func dutyVector(_ profile: DutyProfile) -> DutyVector {
        var weights = [Double](repeating: 0, count: lexicon.fields.count)
        var terms: [String] = []
        for (part, weight) in [(profile.position, 1.0), (profile.duties, 1.0), (profile.unit, 0.5)] {
            let hashes = TokenStream(text: part, numbersAsClass: false).hashes
            for (term, _) in lexicon.matches(in: hashes) {
                for f in term.fields { weights[f] += weight / Double(term.fields.count) }
                if !terms.contains(term.text) { terms.append(term.text) }
            }
        }
        return DutyVector(weights: normalised(weights), terms: terms)
    }

    private func textVector(title: String, text: String, unit: String) -> TextVector {
        var counts: [String: (fields: [Int], count: Double, shown: Int)] = [:]
        // Titles end "… tại <unit>": the unit's name says where, not what about.
        let titleHashes = Self.removing(TokenStream(text: unit, numbersAsClass: false).hashes,
                                        from: TokenStream(text: title, numbersAsClass: false).hashes)
        for (hashes, weight) in [(titleHashes, Self.titleWeight), (TokenStream(text: text, numbersAsClass: false).hashes, 1.0)] {
            for (term, _) in lexicon.matches(in: hashes) {
                counts[term.text, default: (term.fields, 0, 0)].count += weight
                counts[term.text]!.shown += 1
            }
        }
        var weights = [Double](repeating: 0, count: lexicon.fields.count)
        for (_, value) in counts {
            // Repetition of one term says less than many different terms: log damping.
            let w = log1p(value.count) / Double(value.fields.count)
            for f in value.fields { weights[f] += w }
        }
        return TextVector(weights: normalised(weights),
                          termCounts: counts.map { ($0.key, $0.value.fields, $0.value.shown) })
    }

    /// Expected initiative fields for a duty distribution: prior and archive blended per duty field.
    private func expectedTextFields(_ duty: [Double]) -> [Double] {
        let n = lexicon.fields.count
        var expected = [Double](repeating: 0, count: n)
        for f in 0..<n where duty[f] > 0 {
            var prior = [Double](repeating: 0, count: n)
            prior[f] = 1
            for g in lexicon.related[f] where g != f { prior[g] = max(prior[g], Self.relatedPriorWeight) }
            let priorTotal = prior.reduce(0, +)
            let learnedTotal = cooccurrence[f].reduce(0, +)
            let lambda = learnedTotal / (learnedTotal + Self.priorStrength)
            for g in 0..<n {
                let learned = learnedTotal > 0 ? cooccurrence[f][g] / learnedTotal : 0
                expected[g] += duty[f] * ((1 - lambda) * prior[g] / priorTotal + lambda * learned)
            }
        }
        return expected
    }

    /// `tokens` without the occurrences of `sequence`.
    private static func removing(_ sequence: [UInt64], from tokens: [UInt64]) -> [UInt64] {
        guard !sequence.isEmpty, tokens.count >= sequence.count else { return tokens }
        var out: [UInt64] = []
        var i = 0
        while i < tokens.count {
            if i + sequence.count <= tokens.count, Array(tokens[i..<(i + sequence.count)]) == sequence {
                i += sequence.count
            } else {
                out.append(tokens[i]); i += 1
            }
        }
        return out
    }

    private func normalised(_ v: [Double]) -> [Double] {
        let total = v.reduce(0, +)
        return total > 0 ? v.map { $0 / total } : v
    }

    /// Fields with weight, strongest first.
    private func ranked(_ v: [Double]) -> [Int] {
        v.indices.filter { v[$0] > 0 }.sorted { (v[$0], $1) > (v[$1], $0) }
    }
}
