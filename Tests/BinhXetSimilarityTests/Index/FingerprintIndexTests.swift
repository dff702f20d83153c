import Testing
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
}
