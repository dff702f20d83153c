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
/// The initiative is read as a distribution over the lexicon's fields. What fields to expect from a
/// nominee comes from two sources: the archive — the initiatives of people whose position and duties
/// read like this nominee's (most nominees write within their work, so their fields are what the job
/// covers) — and, where the archive knows no such people, the lexicon's reading of the duties with its
/// `related` lists. The score weighs the initiative's fields by how expected each is, relative to the
/// most expected: a teacher writing about teaching scores 1, about pests in rice near 0.
public struct DutyRelevance: Sendable {
    public let lexicon: DomainLexicon
    public let parameters: SimilarityParameters

    /// Initiatives learned from people with one wording of position and duties.
    private struct Group: Sendable {
        var words: [UInt64: Double]
        var members: [String: [Double]] = [:]
        var sum: [Double]
    }
    /// What was learned of each archived initiative, until `prepare` turns it into groups.
    private struct Learned: Sendable {
        var key: String
        var words: [UInt64: Double]
        var lexiconFields: [Double]
        var text: String
    }
    private var learned: [String: Learned] = [:]
    private var groups: [String: Group] = [:]
    private var centroids = FieldCentroids()
    /// Documents learned from.
    public private(set) var learnedCount = 0

    public init(lexicon: DomainLexicon, parameters: SimilarityParameters = .standard) {
        self.lexicon = lexicon
        self.parameters = parameters
    }

    /// Adds one archived nomination (by id, so it is not its own evidence when assessed) to what is known
    /// about which fields go with which duties. Pass the report's own text (`SimilarityArchive.ownText`),
    /// without the header that names the unit.
    public mutating func learn(id: String, _ profile: DutyProfile, title: String, text: String) {
        let lexiconFields = textVector(title: title, text: text, unit: profile.unit).weights
        centroids.add(id: id, text: text, fields: lexiconFields)
        if learned[id] == nil { learnedCount += 1 }
        learned[id] = Learned(key: Self.groupKey(profile), words: Self.words(profile), lexiconFields: lexiconFields, text: text)
    }

    /// Builds what `assess` needs from everything learned (field centroids, then each duty wording's
    /// fields); call after the last `learn`.
    public mutating func prepare() {
        centroids.prepare(fieldCount: lexicon.fields.count)
        groups = [:]
        // In id order, so sums (and so scores) are the same on every run whatever the hash seed.
        for (id, entry) in learned.sorted(by: { $0.key < $1.key }) {
            let fields = refined(entry.lexiconFields, text: entry.text)
            guard fields.contains(where: { $0 > 0 }) else { continue }
            var group = groups[entry.key] ?? Group(words: entry.words, sum: [Double](repeating: 0, count: fields.count))
            group.members[id] = fields
            for g in fields.indices { group.sum[g] += fields[g] }
            groups[entry.key] = group
        }
    }

    /// The archive centroids' reading of the whole text alone.
    private func centroidFields(_ text: String) -> [Double]? {
        guard let similarities = centroids.similarities(text), let top = similarities.max(), top > 0 else { return nil }
        return normalised(similarities.map { pow(max(0, $0) / top, parameters.relevanceCentroidSharpening) })
    }

    /// The lexicon's field distribution joined with the archive centroids' reading of the whole text.
    private func refined(_ lexiconFields: [Double], text: String) -> [Double] {
        guard let similarities = centroids.similarities(text) else { return lexiconFields }
        let top = similarities.max() ?? 0
        guard top > 0 else { return lexiconFields }
        let fromCentroids = normalised(similarities.map { pow(max(0, $0) / top, parameters.relevanceCentroidSharpening) })
        return normalised(zip(lexiconFields, fromCentroids).map { pow($0 + $1, parameters.relevanceSharpening) })
    }

    /// The relevance of an initiative (title and its own text, as for `learn`) to a duty profile;
    /// `id` names the nomination so its own learned initiative is left out.
    public func assess(id: String = "", _ profile: DutyProfile, title: String, text: String) -> RelevanceAssessment {
        let duty = dutyVector(profile)
        var body = textVector(title: title, text: text, unit: profile.unit)
        let lexiconOnly = normalised(body.weights.map { pow($0, parameters.relevanceSharpening) })
        let centroidOnly = centroidFields(text)
        body.weights = refined(body.weights, text: text)
        let dutyFields = ranked(duty.weights)
        let textFields = ranked(body.weights)
        guard !dutyFields.isEmpty, !textFields.isEmpty else {
            // Nothing to judge by: no flag.
            return RelevanceAssessment(score: 1, offDuty: false, dutyFields: dutyFields.map { lexicon.fields[$0].code },
                                       textFields: textFields.map { lexicon.fields[$0].code },
                                       dutyEvidence: duty.terms, textEvidence: [])
        }
        let expected = expectedTextFields(duty.weights, profile: profile, excluding: id)
        let top = expected.max() ?? 0
        // A field counts as fully expected once it has a fair share of the most expected field's weight:
        // a physics teacher writes about physics less often than about teaching, but legitimately.
        func fit(_ fields: [Double]) -> Double {
            guard top > 0 else { return 1 }
            return fields.indices.reduce(0) { $0 + fields[$1] * min(1, expected[$1] / (parameters.relevanceExpectedShare * top)) }
        }
        // Off duty only when every reading of the text agrees: the lexicon's, the archive centroids', and
        // the two joined. A text one reading places wrongly is not flagged on that reading alone.
        var score = fit(body.weights)
        score = max(score, fit(lexiconOnly))
        if let centroidOnly { score = max(score, fit(centroidOnly)) }
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
        for (hashes, weight) in [(titleHashes, parameters.relevanceTitleWeight), (TokenStream(text: text, numbersAsClass: false).hashes, 1.0)] {
            for (term, _) in lexicon.matches(in: hashes) {
                counts[term.text, default: (term.fields, 0, 0)].count += weight
                counts[term.text]!.shown += 1
            }
        }
        var weights = [Double](repeating: 0, count: lexicon.fields.count)
        for (_, value) in counts.sorted(by: { $0.key < $1.key }) {
            // Repetition of one term says less than many different terms: log damping.
            let w = log1p(value.count) / Double(value.fields.count)
            for f in value.fields { weights[f] += w }
        }
        // Sharpened: an initiative has one subject, and words of other fields in it are mostly noise.
        return TextVector(weights: normalised(weights.map { pow($0, parameters.relevanceSharpening) }),
                          termCounts: counts.map { ($0.key, $0.value.fields, $0.value.shown) })
    }

    /// Expected initiative fields: the learned fields of neighbours (people whose duties read alike),
    /// blended with the lexicon prior for the duty fields.
    private func expectedTextFields(_ duty: [Double], profile: DutyProfile, excluding id: String) -> [Double] {
        let n = lexicon.fields.count
        var prior = [Double](repeating: 0, count: n)
        for f in 0..<n where duty[f] > 0 {
            var row = [Double](repeating: 0, count: n)
            row[f] = 1
            for g in lexicon.related[f] where g != f { row[g] = max(row[g], parameters.relevanceRelatedPriorWeight) }
            let total = row.reduce(0, +)
            for g in 0..<n { prior[g] += duty[f] * row[g] / total }
        }
        var learned = [Double](repeating: 0, count: n)
        var weight = 0.0
        let words = Self.words(profile)
        for (_, group) in groups.sorted(by: { $0.key < $1.key }) {
            let similarity = Self.cosine(words, group.words)
            guard similarity >= parameters.relevanceMinNeighbourSimilarity else { continue }
            var sum = group.sum
            var count = group.members.count
            if let own = group.members[id] { for g in 0..<n { sum[g] -= own[g] }; count -= 1 }
            guard count > 0 else { continue }
            // One colleague's initiative in a field is an anecdote (it may itself be off duty); a field
            // is learned from the second on.
            for g in 0..<n { learned[g] += similarity * max(0, sum[g] - parameters.relevanceAnecdote) }
            weight += similarity * Double(count)
        }
        return (0..<n).map { g in (parameters.relevancePriorStrength * prior[g] + learned[g]) / (parameters.relevancePriorStrength + weight) }
    }

    /// Position and duties, folded: nominees with the same wording share what was learned.
    private static func groupKey(_ profile: DutyProfile) -> String {
        TokenStream(text: profile.position + " | " + profile.duties, numbersAsClass: true).hashes.map(String.init).joined(separator: " ")
    }

    /// The words (folded token hashes) of position, duties and unit; the position's count twice (it says
    /// most), the unit's once (a head of one department is not a head of another).
    private static func words(_ profile: DutyProfile) -> [UInt64: Double] {
        var out: [UInt64: Double] = [:]
        for h in TokenStream(text: profile.position, numbersAsClass: true).hashes { out[h, default: 0] += 2 }
        for h in TokenStream(text: profile.duties, numbersAsClass: true).hashes { out[h, default: 0] += 1 }
        for h in TokenStream(text: profile.unit, numbersAsClass: true).hashes { out[h, default: 0] += 1 }
        return out
    }

    private static func cosine(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double { BinhXetSimilarity.cosine(a, b) }

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
