import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

struct FingerprintIndexTests {
    @Test("Document frequency counts documents, not occurrences, and follows removal")
    func frequencyAndRemoval() {
        var index = FingerprintIndex(capacity: 2)
        let shared = Fingerprint(hash: 0xABC, position: 1)
        index.add([shared, Fingerprint(hash: 0xABC, position: 9), Fingerprint(hash: 1, position: 2)], document: 0)
        index.add([Fingerprint(hash: 0xABC, position: 4)], document: 1)
        // Many more hashes force the table to grow.
        for d in 2..<50 { index.add((0..<40).map { Fingerprint(hash: UInt64(1000 + d * 100 + $0), position: $0) }, document: Int32(d)) }
        #expect(index.documentFrequency(0xABC) == 2)
        var postings: [Int32] = []
        index.forEachPosting(0xABC) { postings.append($0.document) }
        #expect(postings.sorted() == [0, 0, 1])
        index.remove(document: 0)
        #expect(index.documentFrequency(0xABC) == 1)
        #expect(index.documentFrequency(1) == 0)
        #expect(index.documentFrequency(1000 + 7 * 100 + 3) == 1)
    }

    @Test("Counts and postings match a plain reference on random documents with repeats, removals and a cap")
    func matchesAReference() {
        var rng = SeededGenerator(printingSeedFor: "FingerprintIndexTests.matchesAReference")
        var index = FingerprintIndex(capacity: 4)
        index.maxPostingsPerHash = 3
        // Reference: per hash, the documents holding it (a count), and the postings kept, newest first.
        var holders: [UInt64: Set<Int32>] = [:]
        var kept: [UInt64: [(Int32, Int32)]] = [:]
        var count: [UInt64: Int] = [:]
        for d in Int32(0)..<Int32(60) {
            // Few distinct hashes (0 among them, kept as 1), so documents repeat and share them, some
            // in more documents than the cap and some in fewer.
            let fingerprints = (0..<Int.random(in: 1...20, using: &rng)).map { p in
                Fingerprint(hash: UInt64.random(in: 0...200, using: &rng), position: p)
            }
            index.add(fingerprints, document: d)
            var seen = Set<UInt64>()
            for f in fingerprints {
                let h = f.hash == 0 ? 1 : f.hash
                if seen.insert(h).inserted { count[h, default: 0] += 1; holders[h, default: []].insert(d) }
                if count[h]! <= index.maxPostingsPerHash { kept[h, default: []].insert((d, Int32(f.position)), at: 0) }
            }
        }
        for h in UInt64(1)...200 {
            #expect(index.documentFrequency(h) == (count[h] ?? 0), "hash \(h)")
            var postings: [(Int32, Int32)] = []
            index.forEachPosting(h) { postings.append(($0.document, $0.position)) }
            #expect(postings.map(\.0) == (kept[h] ?? []).map(\.0), "hash \(h)")
            #expect(postings.map(\.1) == (kept[h] ?? []).map(\.1), "hash \(h)")
        }
        // Some hashes went past the cap, so both kinds of count were compared.
        #expect(count.values.contains { $0 > index.maxPostingsPerHash })
        #expect(holders.values.contains { $0.count <= index.maxPostingsPerHash })
    }
}
