import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

/// Learning the relevance model without holding every reading's term counts (issue 13): the counts are
/// made by sorting instead of a dictionary, the document frequencies kept in an open-addressed table,
/// and an archive learned in two passes (`count` every reading, then `learn` each `vectorised`). Each
/// gives what the dictionaries and the one pass gave, bit for bit.
struct TwoPassLearningTests {
    let lexicon = DutyRelevanceTests.fixtureLexicon
    let teacher = DutyProfile(position: "Giáo viên", duties: "Giảng dạy môn Ngữ văn", unit: "Trường THCS")
    let farmer = DutyProfile(position: "Xã viên", duties: "Sản xuất lúa, khuyến nông", unit: "HTX")

    /// The counting `termCounts` did with a dictionary before.
    static func referenceCounts(_ text: String) -> [UInt32: Int] {
        let tokens = TokenStream(text: text, numbersAsClass: true).tokens
        var counts: [UInt32: Int] = [:]
        guard tokens.count > 1 else { return counts }
        for i in 1..<tokens.count where tokens[i].line == tokens[i - 1].line
            && tokens[i].hash != TokenHash.number && tokens[i - 1].hash != TokenHash.number {
            let pair = TokenHash.mix(tokens[i - 1].hash &* 31 ^ tokens[i].hash)
            counts[UInt32(truncatingIfNeeded: pair ^ (pair >> 32)), default: 0] += 1
        }
        return counts
    }

    /// Texts of a few syllables repeated, with numbers and line breaks: many repeated pairs.
    static func randomText(_ g: inout SeededGenerator) -> String {
        let syllables = ["lúa", "giống", "học", "sinh", "thư", "viện", "rầy", "nâu", "2019", "đọc", "sách", "\n", "15"]
        return (0..<Int.random(in: 0...400, using: &g)).map { _ in syllables.randomElement(using: &g)! }.joined(separator: " ")
    }

    @Test func termCountsAreTheDictionarysCountsInTermOrder() {
        var g = SeededGenerator(printingSeedFor: "termCountsAreTheDictionarysCountsInTermOrder")
        var texts = ReportFixture.paragraphs + ["", "một", "một hai", "3 4\n5 6"]
        for _ in 0..<60 { texts.append(Self.randomText(&g)) }
        var repeats = 0
        for text in texts {
            let (terms, counts) = FieldCentroids.termCounts(text)
            let reference = Self.referenceCounts(text).sorted { $0.key < $1.key }
            #expect(terms == reference.map(\.key), "seed \(g.seed)")
            #expect(counts == reference.map(\.value), "seed \(g.seed)")
            repeats += counts.filter { $0 > 1 }.count
        }
        #expect(repeats > 0)   // repeated pairs were counted, not only distinct ones
    }

    @Test func termFrequenciesAnswerAsADictionary() {
        var g = SeededGenerator(printingSeedFor: "termFrequenciesAnswerAsADictionary")
        var table = TermFrequencies(capacity: 4)   // grows many times
        var reference: [UInt32: Int32] = [:]
        // Small keys collide in the table; 0 and the top values are keys like any other.
        let keys: [UInt32] = [0, 1, UInt32.max, UInt32.max - 1] + (0..<3_000).map { _ in
            Bool.random(using: &g) ? UInt32.random(in: 0...5_000, using: &g) : UInt32.random(in: 0...UInt32.max, using: &g)
        }
        for _ in 0..<40_000 {
            let k = keys.randomElement(using: &g)!
            if Int.random(in: 0..<10, using: &g) == 0 {
                // As a text learned again takes back its terms: a missing one starts at 1.
                table.add(k, -1, startingAt: 1)
                reference[k, default: 1] -= 1
            } else {
                table.add(k, 1)
                reference[k, default: 0] += 1
            }
        }
        // Terms taken back that were never counted stay, at 0.
        for k: UInt32 in [4_000_000_001, 4_000_000_003] {
            table.add(k, -1, startingAt: 1)
            reference[k, default: 1] -= 1
        }
        for k in keys + [2, 7, 123_456, 4_000_000_001] { #expect(table[k] == reference[k], "key \(k), seed \(g.seed)") }
        #expect(table.count == reference.count)
        let sorted = table.sorted()
        #expect(sorted.keys == reference.keys.sorted(), "seed \(g.seed)")
        #expect(sorted.values == reference.keys.sorted().map { reference[$0]! }, "seed \(g.seed)")
        #expect(table[4_000_000_003] == 0)   // terms back at 0 are kept, as the dictionary kept them
    }

    @Test func theStrongestTermsAreThoseAFullSortPutsFirst() {
        var g = SeededGenerator(printingSeedFor: "theStrongestTermsAreThoseAFullSortPutsFirst")
        for round in 0..<300 {
            let n = Int.random(in: 0...600, using: &g)
            // Few distinct weights: many ties, ordered by term.
            let weights = (0..<Int.random(in: 1...8, using: &g)).map { _ in Double.random(in: 0...3, using: &g) }
            var terms = Set<UInt32>()
            while terms.count < n { terms.insert(UInt32.random(in: 0...UInt32.max, using: &g)) }
            var items = terms.map { ($0, weights.randomElement(using: &g)!) }
            items.shuffle(using: &g)
            let reference = items.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            for count in [0, 1, 150, n / 2, n, n + 3] where count >= 0 {
                var work = items
                let top = FieldCentroids.strongest(&work, count)
                #expect(top.map(\.0) == reference.prefix(count).map(\.0), "round \(round), n \(n), count \(count), seed \(g.seed)")
                #expect(top.map(\.1) == reference.prefix(count).map(\.1))
            }
        }
    }

    @Test func centroidsByTermPlaceAVectorAsTheDictionariesDid() {
        var g = SeededGenerator(printingSeedFor: "centroidsByTermPlaceAVectorAsTheDictionariesDid")
        let pool = (0..<400).map { _ in UInt32.random(in: 0...UInt32.max, using: &g) } + [0, UInt32.max]
        var centroids = (0..<5).map { _ in
            Dictionary(pool.filter { _ in Int.random(in: 0..<3, using: &g) == 0 }.map { ($0, Double.random(in: 0.001...1, using: &g)) },
                       uniquingKeysWith: { a, _ in a })
        }
        centroids[3] = [:]   // a field without a centroid
        let table = CentroidTerms(centroids)
        for _ in 0..<200 {
            let v = pool.shuffled(using: &g).prefix(Int.random(in: 0...150, using: &g)).map { ($0, Double.random(in: 0...1, using: &g)) }
                + [(UInt32(7), 0.5)]   // a term no centroid holds
            let reference = centroids.map { c in v.reduce(0) { $0 + $1.1 * (c[$1.0] ?? 0) } }
            #expect(table.similarities(v).map(\.bitPattern) == reference.map(\.bitPattern), "seed \(g.seed)")
        }
        #expect(CentroidTerms([[:], [:]]).isEmpty)
    }

    /// An archive of 40 initiatives (above the 20 texts from which frequent terms are left out of the
    /// vectors), in id order: id, person, profile, title and text.
    var archive: [(id: String, person: String, profile: DutyProfile, title: String, text: String)] {
        (0..<40).map { i in
            let p = ReportFixture.paragraphs
            let text = p[i % p.count] + "\n" + p[(i * 7 + 3) % p.count] + (i % 5 == 0 ? "\n" + p[1] : "")
            return (String(format: "N%03d", i), "CB\(i % 13)", i % 3 == 0 ? farmer : teacher,
                    "Sáng kiến \(i % 6) về \(i % 2 == 0 ? "đọc sách" : "giống lúa")", text)
        }
    }

    func readings(_ model: DutyRelevance) -> [DutyRelevance.Reading] {
        archive.map { model.read(id: $0.id, person: $0.person, $0.profile, title: $0.title, text: $0.text) }
    }

    @Test func aModelLearnedInTwoPassesIsTheOneLearnedInOne() throws {
        var onePass = DutyRelevance(lexicon: lexicon)
        for r in readings(onePass) { onePass.learn(r) }
        onePass.prepare()

        var twoPass = DutyRelevance(lexicon: lexicon)
        let all = readings(twoPass)
        for r in all { twoPass.count(r) }
        let counted = twoPass
        for r in all { twoPass.learn(counted.vectorised(r)) }
        twoPass.prepare()
        #expect(twoPass.snapshot() == onePass.snapshot())
        #expect(twoPass.learnedCount == 40)
        let text = ReportFixture.paragraphs[0] + "\n" + ReportFixture.paragraphs[5]
        let a = onePass.assess(id: "N003", person: "CB3", teacher, title: "Giống lúa", text: text)
        let b = twoPass.assess(id: "N003", person: "CB3", teacher, title: "Giống lúa", text: text)
        #expect(a.score.bitPattern == b.score.bitPattern)

        // Vectors made before every reading is counted are other vectors: the test tells.
        var early = DutyRelevance(lexicon: lexicon)
        for r in all.prefix(20) { early.count(r) }
        let half = early
        for r in all.suffix(20) { early.count(r) }
        for r in all { early.learn(half.vectorised(r)) }
        early.prepare()
        #expect(early.snapshot() != onePass.snapshot())
    }

    @Test func aReadingFromItsStoredTextPartLearnsAsTheReadingItself() throws {
        let model = DutyRelevance(lexicon: lexicon)
        var direct = model, stored = model
        for a in archive {
            let r = model.read(id: a.id, person: a.person, a.profile, title: a.title, text: a.text)
            direct.learn(r)
            let bytes = DutyRelevance.textPart(of: r)
            let back = try #require(bytes.withUnsafeBytes {
                model.read(id: a.id, person: a.person, a.profile, title: a.title, textPart: $0)
            })
            #expect(back.terms == r.terms && back.counts == r.counts && back.termDigest == r.termDigest)
            stored.learn(back)
        }
        direct.prepare()
        stored.prepare()
        #expect(stored.snapshot() == direct.snapshot())
        // Terms out of order are not a text part.
        var w = ModelWriter()
        w.int(0x4258_5244_0001); w.array([0.0, 1.0, 0.0]); w.array([UInt32(5), 3]); w.array([UInt16(1), 1])
        #expect(w.bytes.withUnsafeBytes { model.read(id: "x", teacher, title: "", textPart: $0) } == nil)
    }
}
