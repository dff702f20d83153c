import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

/// The aligner's seeds come from a sorted table of each text's seedable shingles (not a dictionary of
/// arrays per alignment), and a candidate whose seeds cannot hold an anchor is not aligned: both must
/// leave every finding as it was.
struct SeedTableTests {
    let p = ReportFixture.paragraphs

    /// The seeds as the aligner found them before the table: a dictionary from the source's seedable
    /// shingles to their positions, walked in the checked text's order.
    func referenceSeeds(_ susp: AnalysedText, _ source: AnalysedText, _ parameters: SimilarityParameters) -> [Seed] {
        let k = parameters.seedSize
        var positions: [UInt64: [Int32]] = [:]
        for (j, h) in source.seedShingles.hashes.enumerated() where h != 0 && source.canSeed(at: j, size: k) {
            positions[h, default: []].append(Int32(j))
        }
        var seeds: [Seed] = []
        for (i, h) in susp.seedShingles.hashes.enumerated() where h != 0 {
            guard let list = positions[h], list.count <= parameters.maxSeedOccurrences, susp.canSeed(at: i, size: k) else { continue }
            for j in list { seeds.append(Seed(s: Int32(i), r: j)) }
        }
        return seeds
    }

    /// A text of the fixture's paragraphs, some repeated (shingles held several times), with words
    /// dropped, doubled or replaced at random.
    func randomText(_ rng: inout SeededGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 2...6, using: &rng) {
            var words = p[Int.random(in: 0..<p.count, using: &rng)].split(separator: " ").map(String.init)
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let at = Int.random(in: 0..<words.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: if words.count > 5 { words.remove(at: at) }
                case 1: words.insert(words[at], at: at)
                default: words[at] = ["xã", "huyện", "năm", "2024", "mới", "cũ"].randomElement(using: &rng)!
                }
            }
            lines.append(words.joined(separator: " "))
        }
        if Bool.random(using: &rng) { lines.append(lines[0]) }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("Seeds from the table are the dictionary's, in the same order, on random texts")
    func tableGivesTheSameSeeds() {
        var rng = SeededGenerator(printingSeedFor: "tableGivesTheSameSeeds")
        let parameters = SimilarityParameters.standard
        let archive = SimilarityArchive(parameters: parameters, capacity: 1)
        let aligner = PassageAligner(parameters: parameters)
        var nonEmpty = 0
        for _ in 0..<200 {
            let a = archive.analyse(randomText(&rng), nil), b = archive.analyse(randomText(&rng), nil)
            let found = aligner.findSeeds(a, b), expected = referenceSeeds(a, b, parameters)
            #expect(found.map(\.s) == expected.map(\.s))
            #expect(found.map(\.r) == expected.map(\.r))
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 100)
    }

    @Test("A pair whose seeds cannot anchor has no anchored cluster; every anchored pair passes")
    func mayAnchorIsExact() {
        var rng = SeededGenerator(printingSeedFor: "mayAnchorIsExact")
        let parameters = SimilarityParameters.standard
        let archive = SimilarityArchive(parameters: parameters, capacity: 1)
        let aligner = PassageAligner(parameters: parameters)
        var anchored = 0, skipped = 0
        for _ in 0..<200 {
            let a = archive.analyse(randomText(&rng), nil), b = archive.analyse(randomText(&rng), nil)
            let seeds = aligner.findSeeds(a, b)
            let hasAnchor = aligner.align(a, b, seeds: seeds).contains(where: \.anchored)
            if aligner.mayAnchor(seeds, a) {
                if hasAnchor { anchored += 1 }
            } else {
                #expect(!hasAnchor)
                skipped += 1
            }
        }
        // Both cases occur, so the test can fail either way.
        #expect(anchored > 10)
        #expect(skipped > 10)
    }

    @Test("The table finds nothing for a hash the text does not hold, and every position of one it does")
    func lookup() {
        let archive = SimilarityArchive(capacity: 1)
        let text = archive.analyse(p[0] + "\n" + p[0] + "\n", nil)
        let k = SimilarityParameters.standard.seedSize
        let first = text.seedShingles.hashes.firstIndex { $0 != 0 }!
        let found = text.seedPositions(of: text.seedShingles.hashes[first]).map { text.seedTablePositions[$0] }
        let expected = text.seedShingles.hashes.indices.filter {
            text.seedShingles.hashes[$0] == text.seedShingles.hashes[first] && text.canSeed(at: $0, size: k)
        }.map(Int32.init)
        #expect(found == expected)
        #expect(expected.count == 2)
        #expect(text.seedPositions(of: 12345).isEmpty)
    }
}
