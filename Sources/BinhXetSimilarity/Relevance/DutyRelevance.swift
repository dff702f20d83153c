import Foundation

/// Scores an initiative against the nominee's position, duties and unit.
///
/// The initiative is read as a distribution over the lexicon's fields. Each field then gets the
/// probability that it is part of the nominee's job, from two kinds of evidence:
/// - the duties' wording: a field the position or duties name (lexicon terms) is part of the job with
///   probability `relevanceNamedFieldPrior`, a field `related` to one of them with
///   `relevanceRelatedFieldPrior`, any other with `relevanceOtherFieldPrior`;
/// - the archive: the initiatives of colleagues, people whose position and duties read alike (other
///   people, and the nominee's own other initiatives at `relevanceOwnWitnessWeight`: they show how wide
///   the job is but are one person's choice; the initiatives this one re-uses or that re-use it are no
///   witnesses at all). Of n colleagues' initiatives, a field that is part of their job
///   holds at least `relevanceMinFieldShare`·n, one that is not only the strays (`relevanceStrayShare`·n:
///   off-duty initiatives, misread texts); the count observed updates the prior by that likelihood ratio.
/// The score is the probability that the initiative's subject is part of the job: the field
/// distribution weighted by those probabilities, taking the most favourable of the readings of the text
/// (lexicon, archive centroids, both, both joined with what the archived initiatives worded most like it
/// are about, each read from its text and its author's job, and the field common to the jobs of the
/// people who wrote initiatives with the same title subject), so one reading that places a text wrongly
/// does not flag it.
public struct DutyRelevance: Sendable {
    public let lexicon: DomainLexicon
    public let parameters: SimilarityParameters

    /// One learned initiative: whose it is and its fields.
    private struct Member: Sendable {
        var person: String
        var fields: [Double]
    }
    /// Initiatives learned from people with one wording of position and duties.
    private struct Group: Sendable {
        var words: SparseVector
        var members: [String: Member] = [:]
        var sum: [Double]
        /// Per person: the sum of their initiatives' fields and how many there are.
        var byPerson: [String: (sum: [Double], count: Double)] = [:]
    }
    /// What was learned of each archived initiative, until `prepare` turns it into groups.
    fileprivate struct Learned: Sendable {
        var key: String
        var person: String
        var profile: DutyProfile
        var words: [UInt64: Double]
        var lexiconFields: [Double]
        /// The title's words without the unit's name.
        var titleTokens: [UInt64]
    }
    private var learned: [String: Learned] = [:]
    private var groups: [(key: String, group: Group)] = []
    /// Number of learned nominations whose duty wording holds each word, for weighting words by how
    /// much they tell one job from another ("giáo viên" little, "địa lý" much).
    private var wordFrequency: [UInt64: Int] = [:]
    private(set) var centroids = FieldCentroids()
    private var neighbours = TextNeighbours()
    /// Each learned initiative's fields as `prepare` read them.
    private var learnedFields: [String: [Double]] = [:]
    /// What each learned initiative is about, read from its text and its author's job (`prepare`): the
    /// neighbours' testimony when an initiative worded like it is assessed.
    private var learnedSubjects: [String: [Double]] = [:]
    /// Each learned initiative's author's job (`jobFields`, the initiative itself left out), as `prepare`
    /// found it: what the initiatives sharing a title subject testify with.
    private var learnedJobs: [String: [Double]] = [:]
    /// The learned initiatives by the subject of their title.
    private var titleSubjects: TitleSubjects
    /// Documents learned from.
    public private(set) var learnedCount = 0
    /// A model read in place (`init(mapped:)`): what `assess` reads, instead of the dictionaries above.
    private var mapped: MappedRelevance?

    public init(lexicon: DomainLexicon, parameters: SimilarityParameters = .standard) {
        self.lexicon = lexicon
        self.parameters = parameters
        titleSubjects = TitleSubjects(boilerplateShare: parameters.relevanceTitleBoilerplateShare)
    }

    /// What `learn` takes from one archived initiative; made by `read`, which touches nothing shared, so
    /// an archive's initiatives can be read on all cores and then learned one after another.
    public struct Reading: Sendable {
        fileprivate var id: String
        fileprivate var learned: Learned
        /// The text's term counts (`FieldCentroids.termCounts`), terms in order, counts clamped to 65,535
        /// as `learn` keeps them: the form they are stored in (`textPart`), so none is sorted again.
        fileprivate(set) var terms: [FieldCentroids.Term]
        fileprivate(set) var counts: [UInt16]
        /// Its TF-IDF vector, once every reading was counted (`vectorised`, two-pass learning).
        fileprivate var vector: [(FieldCentroids.Term, Double)]?

        /// A digest of its term counts, to tell that the reading learned in a second pass is the one
        /// counted in the first.
        public var termDigest: UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(terms.count)
            for i in terms.indices {
                h = (h ^ (UInt64(terms[i]) << 16 | UInt64(counts[i]))) &* 0x0000_0100_0000_01B3
            }
            return h
        }
    }

    /// Reads one archived nomination for `learn`: its lexicon fields, term counts and duty wording.
    public func read(id: String, person: String = "", _ profile: DutyProfile, title: String, text: String) -> Reading {
        let lexiconFields = textVector(title: title, text: text, unit: profile.unit).weights
        let (terms, counts) = FieldCentroids.termCounts(text)
        return reading(id: id, person: person, profile, title: title, lexiconFields: lexiconFields, terms: terms, counts: counts)
    }

    /// `read(…text:)` of the own text, made from the own words the archive tokenised when it read the
    /// text's roles (`SimilarityArchive.ownWords`) instead of tokenising the own text twice more (once
    /// for the lexicon, once for the term pairs): the same reading, byte for byte (issue 13: making the
    /// readings was most of the first learning after an import).
    public func read(id: String, person: String = "", _ profile: DutyProfile, title: String, ownWords words: OwnWords) -> Reading {
        let hashes = words.classHashes, lines = words.lines
        let (terms, counts) = FieldCentroids.termCounts(hashes.count, hash: { hashes[$0] }, line: { Int(lines[$0]) })
        return reading(id: id, person: person, profile, title: title,
                       lexiconFields: lexiconFields(title: title, unit: profile.unit, bodyHashes: words.plainHashes),
                       terms: terms, counts: counts)
    }

    private func reading(id: String, person: String, _ profile: DutyProfile, title: String, lexiconFields: [Double],
                         terms: [FieldCentroids.Term], counts: [Int]) -> Reading {
        Reading(id: id,
                learned: Learned(key: Self.groupKey(profile), person: person, profile: profile,
                                 words: Self.words(profile), lexiconFields: lexiconFields,
                                 titleTokens: TitleSubjects.tokens(title: title, unit: profile.unit)),
                terms: terms, counts: counts.map { UInt16(clamping: $0) })
    }

    /// Marks a reading's text part (`textPart(of:)`) of this version.
    private static let readingMagic = 0x4258_5244_0001   // "BXRD" 1

    /// What of a reading comes from the initiative's own text — its lexicon fields and term counts (as
    /// `learn` keeps them: at most 65,535 each) —, in `ModelWriter`'s form, for the desk to keep: learning
    /// again then takes these instead of reading every text. The rest of a reading comes from the
    /// nomination's position, duties and title (`read(id:person:_:title:textPart:)`).
    public static func textPart(of reading: Reading) -> [UInt8] {
        var w = ModelWriter()
        w.int(readingMagic)
        w.array(reading.learned.lexiconFields)
        w.array(reading.terms)
        w.array(reading.counts)
        return w.bytes
    }

    /// A reading from its stored text part (`textPart(of:)`) and the nomination's profile and title: what
    /// `read` made from the own text the part was taken from. Nil when the bytes are not a text part of
    /// this version for a lexicon of this many fields.
    public func read(id: String, person: String = "", _ profile: DutyProfile, title: String,
                     textPart bytes: UnsafeRawBufferPointer) -> Reading? {
        var r = ModelReader(bytes)
        guard (try? r.int()) == Self.readingMagic, let fields = try? r.array(Double.self),
              fields.count == lexicon.fields.count, let terms = try? r.array(FieldCentroids.Term.self),
              let counts = try? r.array(UInt16.self), terms.count == counts.count, r.atEnd,
              Self.strictlyIncreasing(terms) else { return nil }
        return Reading(id: id,
                       learned: Learned(key: Self.groupKey(profile), person: person, profile: profile,
                                        words: Self.words(profile), lexiconFields: fields,
                                        titleTokens: TitleSubjects.tokens(title: title, unit: profile.unit)),
                       terms: terms, counts: counts)
    }

    /// Whether stored terms are in order and distinct, as `textPart` writes them (anything else is not
    /// a text part: one-pass learning would have merged repeats).
    private static func strictlyIncreasing(_ terms: [FieldCentroids.Term]) -> Bool {
        var i = 1
        while i < terms.count { if terms[i - 1] >= terms[i] { return false }; i += 1 }
        return true
    }

    /// Adds one archived nomination (by id, so it is not its own evidence when assessed; by person, so
    /// the nominee's other initiatives are not either) to what is known about which fields go with which
    /// duties. Pass the report's own text (`SimilarityArchive.ownText`), without the header that names
    /// the unit.
    public mutating func learn(id: String, person: String = "", _ profile: DutyProfile, title: String, text: String) {
        learn(read(id: id, person: person, profile, title: title, text: text))
    }

    /// Adds a nomination read by `read`. In two-pass learning (`count` every reading first), the
    /// reading comes `vectorised`, and only its vector is kept of its term counts.
    public mutating func learn(_ reading: Reading) {
        if let vector = reading.vector {
            centroids.add(id: reading.id, fields: reading.learned.lexiconFields, vector: vector)
        } else {
            centroids.add(id: reading.id, terms: reading.terms, counts: reading.counts, fields: reading.learned.lexiconFields)
        }
        if learned[reading.id] == nil { learnedCount += 1 }
        learned[reading.id] = reading.learned
    }

    /// Two-pass learning, first pass: counts a reading's terms into the archive's document frequencies.
    /// Every reading is counted (each once) before the first `learn`; each is then learned `vectorised`.
    /// The model is bit for bit the one learning the same readings in one pass makes, but the readings'
    /// term counts (about 9 kB an initiative: 900 MB at 100,000 reports) need not be held until
    /// `prepare`: they can be read again, a few at a time.
    public mutating func count(_ reading: Reading) {
        centroids.count(terms: reading.terms)
    }

    /// A counted reading (`count`) with its TF-IDF vector made, for `learn`: touches nothing shared, so
    /// readings can be vectorised on all cores. Its term counts are dropped.
    public func vectorised(_ reading: Reading) -> Reading {
        var out = reading
        out.vector = centroids.vector(terms: reading.terms, counts: reading.counts)
        out.terms = []
        out.counts = []
        return out
    }

    /// Builds what `assess` needs from everything learned; call after the last `learn`.
    ///
    /// 1. Each initiative's fields from its text: the lexicon joined with the archive centroids.
    /// 2. Each duty wording's group of initiatives, and from it each author's job (`jobFields`).
    /// 3. Each initiative's subject read again with the initiatives sharing its title's subject: the
    ///    field common to their authors' jobs (an article the lexicon misreads is still written about by
    ///    farmers, or by teachers); the groups and jobs are then made again from these readings.
    /// 4. Each initiative's subject as its text and its author's job read together, for `neighbourFields`.
    public mutating func prepare() {
        centroids.prepare(fieldCount: lexicon.fields.count)
        wordFrequency = [:]
        for entry in learned.values { for w in entry.words.keys { wordFrequency[w, default: 0] += 1 } }
        titleSubjects.count(learned.values.map(\.titleTokens))
        // In id order, so sums (and so scores) are the same on every run whatever the hash seed.
        let ids = learned.keys.sorted()
        learnedFields = [:]
        for id in ids {
            guard let entry = learned[id] else { continue }
            let fields = refined(entry.lexiconFields, centroidReading: centroidFields(centroids.similarities(ofEntry: id)))
            guard fields.contains(where: { $0 > 0 }) else { continue }
            learnedFields[id] = fields
            titleSubjects.add(id: id, tokens: entry.titleTokens)
        }
        groups = makeGroups(ids: ids, fields: learnedFields)
        learnedJobs = authorsJobs(ids: ids)
        var subjects: [String: [Double]] = [:]
        for id in ids {
            guard let fields = learnedFields[id], let entry = learned[id] else { continue }
            if let fromTitle = titleReading(titleWitnesses(entry.titleTokens, id: id, person: entry.person, linked: [])) {
                subjects[id] = normalised(zip(fields, fromTitle).map { pow($0 + $1, parameters.relevanceSharpening) })
            } else {
                subjects[id] = fields
            }
        }
        groups = makeGroups(ids: ids, fields: subjects)
        learnedJobs = authorsJobs(ids: ids)
        neighbours = TextNeighbours(centroids.vectors)
        // Each initiative's subject as its text and its author's job read together: where the lexicon
        // misreads an article, the jobs of the people who wrote from it still say what it is about.
        learnedSubjects = [:]
        let floor = parameters.relevanceNeighbourReadingFloor
        for id in ids {
            guard let fields = learnedFields[id], let job = learnedJobs[id] else { continue }
            learnedSubjects[id] = normalised(zip(fields, job).map { ($0 + floor) * $1 })
        }
    }

    /// The learned initiatives grouped by duty wording, with `fields` as each one's fields.
    private func makeGroups(ids: [String], fields: [String: [Double]]) -> [(key: String, group: Group)] {
        var byKey: [String: Group] = [:]
        for id in ids {
            guard let entry = learned[id], let fields = fields[id] else { continue }
            // Taken out of the dictionary while it grows, so adding a member does not copy the others.
            var group = byKey.removeValue(forKey: entry.key)
                ?? Group(words: SparseVector(weighted(entry.words)), sum: [Double](repeating: 0, count: fields.count))
            group.members[id] = Member(person: entry.person, fields: fields)
            for g in fields.indices { group.sum[g] += fields[g] }
            var own = group.byPerson[entry.person] ?? (sum: [Double](repeating: 0, count: fields.count), count: 0)
            for g in fields.indices { own.sum[g] += fields[g] }
            own.count += 1
            group.byPerson[entry.person] = own
            byKey[entry.key] = group
        }
        return byKey.sorted { $0.key < $1.key }.map { (key: $0.key, group: $0.value) }
    }

    /// Each learned initiative's author's job, the initiative itself left out of the evidence.
    private func authorsJobs(ids: [String]) -> [String: [Double]] {
        var colleaguesByWording: [String: [(group: Int, similarity: Double)]] = [:]
        var jobs: [String: [Double]] = [:]
        for id in ids {
            guard learnedFields[id] != nil, let entry = learned[id] else { continue }
            let wordingKey = entry.key + " | " + entry.profile.unit
            let colleagues = colleaguesByWording[wordingKey] ?? similarGroups(entry.profile)
            colleaguesByWording[wordingKey] = colleagues
            jobs[id] = jobFields(dutyVector(entry.profile).weights, colleagues: colleagues, excluding: id,
                                 person: entry.person, linked: [])
        }
        return jobs
    }

    /// The other initiatives with the same title subject that can testify: other people's, not linked.
    private func titleWitnesses(_ tokens: [UInt64], id: String, person: String, linked: Set<String>) -> [String] {
        titleSubjects.members(sharingSubjectOf: tokens).filter { other in
            other != id && !linked.contains(other) && (person.isEmpty || learnedPerson(other) != person)
        }
    }

    /// Their authors' positions, most frequent first, with the count.
    private func subjectWitnesses(_ witnesses: [String]) -> [String] {
        var count: [String: Int] = [:]
        for other in witnesses {
            guard let position = learnedPosition(other), !position.isEmpty else { continue }
            count[position, default: 0] += 1
        }
        return count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map { "\($0.key) (\($0.value))" }
    }

    /// What the other initiatives with the same title subject (`titleWitnesses`) are about: the fields their authors' jobs have in common (a product over them, each floored by
    /// `relevanceTitleFloor` so one off-duty author does not veto a field), leaning a little on how their
    /// texts read (`relevanceTitleTextWeight`). Nil when no such initiative was learned.
    private func titleReading(_ witnesses: [String]) -> [Double]? {
        let floor = parameters.relevanceTitleFloor, textWeight = parameters.relevanceTitleTextWeight
        var logs = [Double](repeating: 0, count: lexicon.fields.count)
        var read = 0
        for other in witnesses {
            guard let job = learnedRow(.jobs, other), let fields = learnedRow(.fields, other) else { continue }
            for f in logs.indices { logs[f] += log(job[f] + floor) + textWeight * log(fields[f] + floor) }
            read += 1
        }
        guard read > 0, let top = logs.max() else { return nil }
        return normalised(logs.map { exp($0 - top) })
    }

    /// The subjects of the initiatives worded most like the text (other people's, not linked by re-use),
    /// weighted by similarity: what the archive says such a text is about.
    /// `vector` is the text's (`FieldCentroids.vector(of:)`).
    private func neighbourFields(_ vector: [(FieldCentroids.Term, Double)], id: String, person: String,
                                 linked: Set<String>) -> [Double]? {
        let near = neighbours.nearest(vector, count: parameters.relevanceNeighbours) { other in
            other == id || linked.contains(other) || (!person.isEmpty && learnedPerson(other) == person)
        }
        var sum = [Double](repeating: 0, count: lexicon.fields.count)
        var total = 0.0
        for (other, similarity) in near {
            guard let fields = learnedRow(.subjects, other) else { continue }
            for g in sum.indices { sum[g] += similarity * fields[g] }
            total += similarity
        }
        // Similarities are small (texts on one subject share few word pairs); what counts is which
        // initiatives are nearest, so their votes are normalised.
        return total > 0 ? sum.map { $0 / total } : nil
    }


    /// Centroid similarities turned into a field distribution: only near-best fields count.
    private func centroidFields(_ similarities: [Double]?) -> [Double]? {
        guard let similarities, let top = similarities.max(), top > 0 else { return nil }
        return normalised(similarities.map { pow(max(0, $0) / top, parameters.relevanceCentroidSharpening) })
    }

    /// The lexicon's field distribution joined with the archive centroids' reading of the whole text.
    private func refined(_ lexiconFields: [Double], centroidReading: [Double]?) -> [Double] {
        guard let fromCentroids = centroidReading else { return lexiconFields }
        return normalised(zip(lexiconFields, fromCentroids).map { pow($0 + $1, parameters.relevanceSharpening) })
    }

    /// The relevance of an initiative (title and its own text, as for `learn`) to a duty profile. `id`
    /// and `person` name the nomination and nominee, and `linked` the initiatives it re-uses or that
    /// re-use it: none of them witnesses for it.
    public func assess(id: String = "", person: String = "", _ profile: DutyProfile, title: String, text: String,
                       linked: Set<String> = []) -> RelevanceAssessment {
        let body = textVector(title: title, text: text, unit: profile.unit)
        // The text's TF-IDF vector, made once: the centroids and the neighbours both read it.
        return assess(id: id, person: person, profile, title: title, lexiconFields: body.weights,
                      vector: centroids.vector(of: text), linked: linked, termCounts: body.termCounts)
    }

    /// `assess` from what it reads of the text: its lexicon fields (`textVector`) and TF-IDF vector
    /// (`FieldCentroids.vector`), made from the text or elsewhere (`DutyRelevance+OwnWords`). Without
    /// `termCounts` the assessment has no text evidence; everything else is the same.
    func assess(id: String, person: String, _ profile: DutyProfile, title: String, lexiconFields: [Double],
                vector: [(FieldCentroids.Term, Double)], linked: Set<String>,
                termCounts: [(text: String, fields: [Int], count: Int)]?) -> RelevanceAssessment {
        let duty = dutyVector(profile)
        var body = TextVector(weights: lexiconFields, termCounts: termCounts ?? [])
        let lexiconOnly = body.weights
        // The archive centroids' reading of the whole text alone.
        let centroidOnly = centroidFields(centroids.similarities(ofVector: vector))
        body.weights = refined(body.weights, centroidReading: centroidOnly)
        let dutyFields = ranked(duty.weights)
        let textFields = ranked(body.weights)
        guard !textFields.isEmpty else {
            // Nothing to judge by: no flag.
            return RelevanceAssessment(score: 1, offDuty: false, dutyFields: dutyFields.map { lexicon.fields[$0].code },
                                       textFields: [], dutyEvidence: duty.terms, textEvidence: [])
        }
        let partOfJob = jobFields(duty.weights, colleagues: similarGroups(profile), excluding: id, person: person,
                                  linked: linked)
        func fit(_ fields: [Double]) -> Double { zip(fields, partOfJob).reduce(0) { $0 + $1.0 * $1.1 } }
        var score = max(fit(body.weights), fit(lexiconOnly))
        if let centroidOnly { score = max(score, fit(centroidOnly)) }
        if let near = neighbourFields(vector, id: id, person: person, linked: linked) {
            score = max(score, fit(normalised(zip(body.weights, near).map { $0 + parameters.relevanceNeighbourWeight * $1 })))
        }
        let titleTokens = TitleSubjects.tokens(title: title, unit: profile.unit)
        let witnesses = titleWitnesses(titleTokens, id: id, person: person, linked: linked)
        if let fromTitle = titleReading(witnesses) {
            score = max(score, fit(fromTitle))
        }
        let mainFields = Set(textFields.prefix(2))
        let evidence = body.termCounts.filter { !mainFields.isDisjoint(with: $0.fields) }
            .sorted { ($0.count, $1.text) > ($1.count, $0.text) }.prefix(8).map(\.text)
        return RelevanceAssessment(score: score, offDuty: score < parameters.offDutyThreshold,
                                   dutyFields: dutyFields.map { lexicon.fields[$0].code },
                                   textFields: textFields.map { lexicon.fields[$0].code },
                                   dutyEvidence: duty.terms, textEvidence: evidence,
                                   subjectWitnesses: subjectWitnesses(witnesses))
    }

    /// The learned groups whose duty wording is like the profile's, with the similarity.
    private func similarGroups(_ profile: DutyProfile) -> [(group: Int, similarity: Double)] {
        let words = SparseVector(weighted(Self.words(profile)))
        if let mapped {
            return (0..<mapped.groupCount).compactMap { g in
                let similarity = mapped.cosine(words, group: g)
                return similarity >= parameters.relevanceMinNeighbourSimilarity ? (g, similarity) : nil
            }
        }
        return groups.indices.compactMap { g in
            let similarity = words.cosine(groups[g].group.words)
            return similarity >= parameters.relevanceMinNeighbourSimilarity ? (g, similarity) : nil
        }
    }

    /// For each field, the probability that it is part of the job: the duties' prior updated by what
    /// colleagues (`similarGroups`) wrote about.
    private func jobFields(_ duty: [Double], colleagues: [(group: Int, similarity: Double)], excluding id: String,
                           person: String, linked: Set<String>) -> [Double] {
        let n = lexicon.fields.count
        var prior = [Double](repeating: parameters.relevanceOtherFieldPrior, count: n)
        if duty.allSatisfy({ $0 == 0 }) {
            // Duties the lexicon cannot read say nothing against any field.
            prior = [Double](repeating: parameters.relevanceNamedFieldPrior, count: n)
        }
        for f in 0..<n where duty[f] > 0 {
            for g in lexicon.related[f] { prior[g] = max(prior[g], parameters.relevanceRelatedFieldPrior) }
        }
        for f in 0..<n where duty[f] > 0 { prior[f] = max(prior[f], parameters.relevanceNamedFieldPrior) }

        var mass = [Double](repeating: 0, count: n)
        var count = 0.0
        let ownWeight = parameters.relevanceOwnWitnessWeight
        // This initiative and those linked to it by re-use, taken out of every group's sums in a fixed
        // order: a set's order changes with its history and the process's hashing seed, and so would the
        // sums' last digits (ScanStampTests saw a desk scanned in steps differ from one scanned whole in
        // the 17th digit). Made once, not once per colleague group.
        let excluded = linked.union([id]).sorted()
        if let mapped {
            let personIndex = person.isEmpty ? nil : mapped.personIndex(of: person)
            for (index, similarity) in colleagues {
                guard let group = mapped.group(index) else { continue }
                var sum = group.sum
                var members = Double(group.members.count)
                // As below, read in place.
                if let p = personIndex, let own = group.byPerson(p) {
                    for g in 0..<n { sum[g] -= (1 - ownWeight) * own.sum[g] }
                    members -= (1 - ownWeight) * own.count
                }
                for other in excluded {
                    guard let i = mapped.index(ofID: other), let fields = group.memberFields(of: i) else { continue }
                    let memberPerson = mapped.personIndex(at: i)
                    let weight = personIndex != nil && memberPerson == personIndex ? ownWeight : 1
                    for g in 0..<n { sum[g] -= weight * fields[g] }
                    members -= weight
                }
                for g in 0..<n { mass[g] += similarity * max(0, sum[g]) }
                count += similarity * max(0, members)
            }
        }
        for (index, similarity) in colleagues where mapped == nil {
            let group = groups[index].group
            var sum = group.sum
            var members = Double(group.members.count)
            // The nominee's own initiatives count less than colleagues'…
            if !person.isEmpty, let own = group.byPerson[person] {
                for g in 0..<n { sum[g] -= (1 - ownWeight) * own.sum[g] }
                members -= (1 - ownWeight) * own.count
            }
            // …and this one and those linked to it by re-use not at all.
            for other in excluded {
                guard let member = group.members[other] else { continue }
                let weight = !person.isEmpty && member.person == person ? ownWeight : 1
                for g in 0..<n { sum[g] -= weight * member.fields[g] }
                members -= weight
            }
            for g in 0..<n { mass[g] += similarity * max(0, sum[g]) }
            count += similarity * max(0, members)
        }
        // Colleagues' initiatives in a field: about `relevanceMinFieldShare` of them or more if the field
        // is part of the job, about `relevanceStrayShare` if not (Poisson counts; the log-likelihood
        // ratio of m initiatives among n).
        let share = parameters.relevanceMinFieldShare, stray = parameters.relevanceStrayShare
        return (0..<n).map { f in
            let logRatio = mass[f] * log(share / stray) - count * (share - stray)
            let odds = prior[f] / (1 - prior[f]) * exp(min(50, max(-50, logRatio)))
            return odds / (1 + odds)
        }
    }

    // MARK: - Field vectors

    private struct DutyVector { var weights: [Double]; var terms: [String] }
    private struct TextVector { var weights: [Double]; var termCounts: [(text: String, fields: [Int], count: Int)] }

    private func dutyVector(_ profile: DutyProfile) -> DutyVector {
        var weights = [Double](repeating: 0, count: lexicon.fields.count)
        var terms: [String] = []
        for (part, weight) in [(profile.position, 1.0), (SubjectList.expanded(profile.duties), 1.0), (profile.unit, 0.5)] {
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
        // The evidence is shown as the text writes it: terms are matched folded, so the lexicon's "Mặt
        // Trăng" matches the text's "mất trắng"; the council must read the words of the text.
        var written: [String: String] = [:]
        // Titles end "… tại <unit>": the unit's name says where, not what about.
        let titleHashes = Self.removing(TokenStream(text: unit, numbersAsClass: false).hashes,
                                        from: TokenStream(text: title, numbersAsClass: false).hashes)
        let body = TokenStream(text: text, numbersAsClass: false)
        let scalars = Array(text.unicodeScalars)
        for (hashes, weight, stream) in [(titleHashes, parameters.relevanceTitleWeight, nil), (body.hashes, 1.0, body)] {
            for (term, at) in lexicon.matches(in: hashes) {
                counts[term.text, default: (term.fields, 0, 0)].count += weight
                counts[term.text]!.shown += 1
                if let stream, written[term.text] == nil, at + term.hashes.count <= stream.tokens.count {
                    let from = stream.tokens[at].start, to = stream.tokens[at + term.hashes.count - 1].end
                    if from < to, to <= scalars.count {
                        var s = String.UnicodeScalarView(); s.append(contentsOf: scalars[from..<to])
                        written[term.text] = String(s).split(whereSeparator: \.isNewline).joined(separator: " ")
                    }
                }
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
                          termCounts: counts.map { (written[$0.key] ?? $0.key, $0.value.fields, $0.value.shown) })
    }

    /// Duty words weighted by inverse document frequency over the learned nominations.
    private func weighted(_ words: [UInt64: Double]) -> [UInt64: Double] {
        let n = Double(max(1, learnedCount))
        return words.reduce(into: [:]) { out, w in
            out[w.key] = w.value * log(n / Double(max(1, (mapped.map { $0.wordFrequency(w.key) } ?? wordFrequency[w.key]) ?? 0)) + 1)
        }
    }

    /// The author of a learned initiative.
    private func learnedPerson(_ id: String) -> String? {
        guard let mapped else { return learned[id]?.person }
        return mapped.person(of: id)
    }

    /// The position of a learned initiative's author.
    private func learnedPosition(_ id: String) -> String? {
        guard let mapped else { return learned[id]?.profile.position }
        return mapped.position(of: id)
    }

    /// A learned initiative's fields, subject or author's job as `prepare` made them.
    private func learnedRow(_ table: MappedRelevance.Table, _ id: String) -> [Double]? {
        if let mapped { return mapped.row(table, of: id) }
        switch table {
        case .fields: return learnedFields[id]
        case .subjects: return learnedSubjects[id]
        case .jobs: return learnedJobs[id]
        }
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

    /// `tokens` without the occurrences of `sequence`.
    static func removing(_ sequence: [UInt64], from tokens: [UInt64]) -> [UInt64] {
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

    func normalised(_ v: [Double]) -> [Double] {
        let total = v.reduce(0, +)
        return total > 0 ? v.map { $0 / total } : v
    }

    /// Fields with weight, strongest first.
    private func ranked(_ v: [Double]) -> [Int] {
        v.indices.filter { v[$0] > 0 }.sorted { (v[$0], $1) > (v[$1], $0) }
    }

    // MARK: - Snapshot

    /// Marks a snapshot of this version (and of a little-endian host: see `ModelWriter`).
    private static let snapshotMagic = 0x4258_5245_4C01   // "BXREL" 1

    /// What `assess` needs of a prepared model, in `ModelWriter`'s form, for the desk to keep (issue 13):
    /// a check with duties then reads it instead of learning the whole archive again. The per-text
    /// readings that only `prepare` uses are left out, so a model read back assesses but cannot learn.
    public func snapshot() -> [UInt8] {
        precondition(mapped == nil, "a model read in place is written as it was read")
        var w = ModelWriter()
        w.int(Self.snapshotMagic)
        w.int(lexicon.fields.count)
        w.int(learnedCount)
        let ids = learned.keys.sorted()
        w.strings(ids)
        w.strings(ids.map { learned[$0]?.person ?? "" })
        w.strings(ids.map { learned[$0]?.profile.position ?? "" })
        w.int(groups.count)
        for (key, group) in groups {
            w.string(key)
            w.array(group.words.keys); w.array(group.words.values)
            let members = group.members.sorted { $0.key < $1.key }
            w.strings(members.map(\.key))
            w.strings(members.map(\.value.person))
            w.array(members.flatMap(\.value.fields))
            w.array(group.sum)
            let persons = group.byPerson.sorted { $0.key < $1.key }
            w.strings(persons.map(\.key))
            w.array(persons.flatMap(\.value.sum))
            w.array(persons.map(\.value.count))
        }
        let words = wordFrequency.sorted { $0.key < $1.key }
        w.array(words.map(\.key)); w.array(words.map(\.value))
        centroids.write(to: &w)
        neighbours.write(to: &w)
        for table in [learnedFields, learnedSubjects, learnedJobs] {
            let rows = table.sorted { $0.key < $1.key }
            w.strings(rows.map(\.key))
            w.array(rows.flatMap(\.value))
        }
        titleSubjects.write(to: &w)
        return w.bytes
    }

    /// Why a snapshot cannot be read.
    public struct SnapshotError: Error, Sendable {}

    /// A prepared model read back from `snapshot()`, for assessing only. Fails when the bytes are not a
    /// snapshot of this version or were made with a lexicon of another number of fields.
    public init(snapshot bytes: [UInt8], lexicon: DomainLexicon, parameters: SimilarityParameters = .standard) throws(SnapshotError) {
        let restored = bytes.withUnsafeBytes { buffer -> DutyRelevance? in
            try? DutyRelevance(snapshot: buffer, lexicon: lexicon, parameters: parameters)
        }
        guard let restored else { throw SnapshotError() }
        self = restored
    }

    /// The same from bytes read in place (SQLite's buffer of the stored blob), not kept.
    public init(snapshot bytes: UnsafeRawBufferPointer, lexicon: DomainLexicon,
                parameters: SimilarityParameters = .standard) throws(SnapshotError) {
        self.init(lexicon: lexicon, parameters: parameters)
        do {
            try restore(bytes)
        } catch {
            throw SnapshotError()
        }
    }

    private mutating func restore(_ bytes: UnsafeRawBufferPointer) throws(ModelReader.Malformed) {
        var r = ModelReader(bytes)
        let n = lexicon.fields.count
        guard try r.int() == Self.snapshotMagic, try r.int() == n else { throw ModelReader.Malformed() }
        func rows(_ flat: [Double], _ count: Int) throws(ModelReader.Malformed) -> [[Double]] {
            guard flat.count == count * n else { throw ModelReader.Malformed() }
            return (0..<count).map { Array(flat[($0 * n)..<(($0 + 1) * n)]) }
        }
        learnedCount = try r.int()
        let ids = try r.strings(), persons = try r.strings(), positions = try r.strings()
        guard ids.count == persons.count, ids.count == positions.count else { throw ModelReader.Malformed() }
        learned.reserveCapacity(ids.count)
        for i in ids.indices {
            learned[ids[i]] = Learned(key: "", person: persons[i], profile: DutyProfile(position: positions[i], duties: "", unit: ""),
                                      words: [:], lexiconFields: [], titleTokens: [])
        }
        let groupCount = try r.int()
        guard groupCount >= 0, groupCount <= bytes.count else { throw ModelReader.Malformed() }
        for _ in 0..<groupCount {
            let key = try r.string()
            let wordKeys = try r.array(UInt64.self), wordValues = try r.array(Double.self)
            guard wordKeys.count == wordValues.count else { throw ModelReader.Malformed() }
            let memberIDs = try r.strings(), memberPersons = try r.strings()
            let memberFields = try rows(try r.array(Double.self), memberIDs.count)
            guard memberPersons.count == memberIDs.count else { throw ModelReader.Malformed() }
            let sum = try r.array(Double.self)
            guard sum.count == n else { throw ModelReader.Malformed() }
            var group = Group(words: SparseVector(keys: wordKeys, values: wordValues), sum: sum)
            for i in memberIDs.indices { group.members[memberIDs[i]] = Member(person: memberPersons[i], fields: memberFields[i]) }
            let byPerson = try r.strings()
            let sums = try rows(try r.array(Double.self), byPerson.count)
            let counts = try r.array(Double.self)
            guard counts.count == byPerson.count else { throw ModelReader.Malformed() }
            for i in byPerson.indices { group.byPerson[byPerson[i]] = (sum: sums[i], count: counts[i]) }
            groups.append((key: key, group: group))
        }
        let wordKeys = try r.array(UInt64.self), wordCounts = try r.array(Int.self)
        guard wordKeys.count == wordCounts.count else { throw ModelReader.Malformed() }
        wordFrequency = Dictionary(zip(wordKeys, wordCounts), uniquingKeysWith: { a, _ in a })
        centroids = try FieldCentroids.read(from: &r)
        neighbours = try TextNeighbours.read(from: &r)
        var tables: [[String: [Double]]] = []
        for _ in 0..<3 {
            let keys = try r.strings()
            let values = try rows(try r.array(Double.self), keys.count)
            tables.append(Dictionary(zip(keys, values), uniquingKeysWith: { a, _ in a }))
        }
        (learnedFields, learnedSubjects, learnedJobs) = (tables[0], tables[1], tables[2])
        titleSubjects = try TitleSubjects.read(from: &r, boilerplateShare: parameters.relevanceTitleBoilerplateShare)
        guard r.atEnd else { throw ModelReader.Malformed() }
    }

    // MARK: - Read in place

    /// Marks the mapped form (`mappedSnapshot`) of this version (little-endian, as `ModelWriter`).
    private static let mappedMagic = 0x4258_524D_4150_01   // "BXRMAP" 1

    /// What `assess` needs of a prepared model in a form read in place (`init(mapped:)`): sorted ids, a
    /// row per learned initiative, the duty wordings' words together and each group where it lies. The
    /// `label` (what it was learned from, whose copy it is) is kept at its head for `label(of:)`. Nil
    /// when the model cannot be written so (a row of another length, a member it did not learn): then
    /// it is kept only as `snapshot()`.
    public func mappedSnapshot(label: String) -> [UInt8]? {
        guard mapped == nil else { return nil }
        let n = lexicon.fields.count
        var w = ModelWriter()
        w.int(Self.mappedMagic)
        w.viewArray(Array(label.utf8))
        w.int(n)
        w.int(learnedCount)
        let ids = learned.keys.sorted(by: FrozenStrings.byteOrder)
        var indexOf: [String: Int32] = [:]
        indexOf.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { indexOf[id] = Int32(i) }
        FrozenStrings.write(ids, to: &w)
        let persons = Set(learned.values.map(\.person)).sorted(by: FrozenStrings.byteOrder)
        let personIndex = Dictionary(uniqueKeysWithValues: persons.enumerated().map { ($0.element, Int32($0.offset)) })
        w.viewArray(ids.map { personIndex[learned[$0]?.person ?? ""] ?? -1 })
        FrozenStrings.write(persons, to: &w)
        let positions = Set(learned.values.map(\.profile.position)).sorted(by: FrozenStrings.byteOrder)
        let positionIndex = Dictionary(uniqueKeysWithValues: positions.enumerated().map { ($0.element, Int32($0.offset)) })
        w.viewArray(ids.map { positionIndex[learned[$0]?.profile.position ?? ""] ?? -1 })
        FrozenStrings.write(positions, to: &w)
        for table in [learnedFields, learnedSubjects, learnedJobs] {
            var rowOf = [Int32](repeating: -1, count: ids.count)
            var values: [Double] = []
            var rows: Int32 = 0
            guard table.allSatisfy({ indexOf[$0.key] != nil && $0.value.count == n }) else { return nil }
            for (i, id) in ids.enumerated() {
                guard let row = table[id] else { continue }
                rowOf[i] = rows
                rows += 1
                values.append(contentsOf: row)
            }
            w.viewArray(rowOf)
            w.viewArray(values)
        }
        w.int(groups.count)
        var wordStarts: [Int64] = [0], wordKeys: [UInt64] = [], wordValues: [Double] = [], norms: [Double] = []
        var recordOffsets: [Int64] = []
        var records = ModelWriter()
        for (_, group) in groups {
            wordKeys.append(contentsOf: group.words.keys)
            wordValues.append(contentsOf: group.words.values)
            wordStarts.append(Int64(wordKeys.count))
            norms.append(group.words.norm)
            recordOffsets.append(Int64(records.bytes.count))
            var members: [(index: Int32, fields: [Double])] = []
            for (id, member) in group.members {
                guard let i = indexOf[id], learned[id]?.person == member.person, member.fields.count == n,
                      group.sum.count == n else { return nil }
                members.append((i, member.fields))
            }
            members.sort { $0.index < $1.index }
            records.viewArray(members.map(\.index))
            records.viewArray(members.flatMap(\.fields))
            records.viewArray(group.sum)
            var owners: [(index: Int32, sum: [Double], count: Double)] = []
            for (person, own) in group.byPerson {
                guard let p = personIndex[person], own.sum.count == n else { return nil }
                owners.append((p, own.sum, own.count))
            }
            owners.sort { $0.index < $1.index }
            records.viewArray(owners.map(\.index))
            records.viewArray(owners.flatMap(\.sum))
            records.viewArray(owners.map(\.count))
        }
        w.viewArray(wordStarts); w.viewArray(wordKeys); w.viewArray(wordValues); w.viewArray(norms)
        w.viewArray(recordOffsets)
        w.int(records.bytes.count)
        w.append(records)
        let words = wordFrequency.sorted { $0.key < $1.key }
        w.viewArray(words.map(\.key)); w.viewArray(words.map { Int64($0.value) })
        centroids.writeView(to: &w)
        neighbours.writeView(to: &w)
        titleSubjects.writeView(to: &w)
        return w.bytes
    }

    /// The label a mapped form was written with, read from its head only; nil when the bytes are not one.
    public static func label(ofMapped bytes: ModelBytes) -> String? {
        var r = ModelViewReader(bytes)
        guard (try? r.int()) == mappedMagic, let label = try? r.string() else { return nil }
        return label
    }

    /// A prepared model read in place from its mapped form, for assessing only: it keeps `bytes` and
    /// reads from them what each assessment needs. Fails when the bytes are not a mapped form of this
    /// version, were made with a lexicon of another number of fields, or a length in them is out of bounds.
    public init(mapped bytes: ModelBytes, lexicon: DomainLexicon, parameters: SimilarityParameters = .standard) throws(SnapshotError) {
        self.init(lexicon: lexicon, parameters: parameters)
        do {
            var r = ModelViewReader(bytes)
            guard try r.int() == Self.mappedMagic else { throw ModelReader.Malformed() }
            _ = try r.string()
            let n = try r.int()
            guard n == lexicon.fields.count else { throw ModelReader.Malformed() }
            learnedCount = try r.int()
            mapped = try MappedRelevance.read(from: &r, fieldCount: n)
            centroids = try FieldCentroids.readView(from: &r)
            neighbours = try TextNeighbours.readView(from: &r)
            titleSubjects = try TitleSubjects.readView(from: &r, boilerplateShare: parameters.relevanceTitleBoilerplateShare)
            guard r.atEnd else { throw ModelReader.Malformed() }
        } catch {
            throw SnapshotError()
        }
    }
}
