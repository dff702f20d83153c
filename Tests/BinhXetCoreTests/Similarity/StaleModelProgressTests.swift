@testable import BinhXetCore
import BinhXetSimilarity
import Foundation
import GRDB
import Testing

/// A check with duties on a desk whose stored model is stale learns the model in memory: the caller is
/// told how far it has gone (a terminal shows it), and told nothing when the stored model is read.
@Suite struct StaleModelProgressTests {
    @Test func learningAStaleModelReportsProgressAndReadingAStoredOneDoesNot() throws {
        let s = try Scratch()
        let store = try DeskFingerprintIndexTests.desk(s)
        let profile = RelevanceModelFileTests().profile
        let steps = LockedArray<(Int, Int)>(count: 100_000)
        let count = LockedCounter()
        let record: @Sendable (Int, Int) -> Void = { done, total in steps.set(count.increment() - 1, (done, total)) }

        // No model stored: a read-only check learns it and reports, ending at the whole archive.
        try DatabaseQueue(path: store.url.path).write { db in try db.execute(sql: "DELETE FROM relevance_model") }
        let learned = try DeskChecker.forChecking(store: store)
            .relevance(ofText: DeskFingerprintIndexTests.probe, title: "Sơ đồ", profile: profile, learning: record)
        let reported = (0..<count.value).compactMap { steps.get($0) }
        let initiatives = try DatabaseQueue(path: store.url.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM initiative") ?? 0 }
        #expect(initiatives > 0)
        #expect(!reported.isEmpty)
        #expect(reported.allSatisfy { $0.1 == initiatives && $0.0 <= initiatives })
        #expect(reported.map(\.0).max() == initiatives)

        // Stored: read, not learned, and nothing reported; the same assessment.
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        let before = count.value
        let read = try DeskChecker.forChecking(store: store)
            .relevance(ofText: DeskFingerprintIndexTests.probe, title: "Sơ đồ", profile: profile, learning: record)
        #expect(count.value == before)
        #expect(read == learned)
    }
}
