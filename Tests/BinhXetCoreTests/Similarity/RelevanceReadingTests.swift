import BinhXetCore
import BinhXetSimilarity
import Foundation
import GRDB
import Testing

/// The relevance model is learned again from each initiative's reading kept in the desk, not from every
/// text (issue 13): the same model to the last digit when the readings were made in the archive as it is,
/// and a reading made again once the archive has doubled since.
@Suite struct RelevanceReadingTests {
    let profile = DutyProfile(position: "Giáo viên", duties: "Dạy lớp 4", unit: "Trường TH Hòa Bình")

    static func execute(_ store: DeskStore, _ sql: String) throws {
        try DatabaseQueue(path: store.url.path).write { db in try db.execute(sql: sql) }
    }

    static func archiveCounts(_ store: DeskStore) throws -> [Int] {
        try DatabaseQueue(path: store.url.path).read { db in
            try Int.fetchAll(db, sql: "SELECT archiveCount FROM relevance_reading ORDER BY initiativeID")
        }
    }

    @Test func aModelLearnedFromStoredReadingsAssessesAsOneLearnedFromEveryText() throws {
        let s = try Scratch()
        let store = try DeskFingerprintIndexTests.desk(s)
        let probe = DeskFingerprintIndexTests.probe
        // Learned from every text (a check stores nothing)…
        let fromTexts = try DeskChecker.forChecking(store: store).relevance(ofText: probe, title: "Sơ đồ", profile: profile)
        #expect(try Self.archiveCounts(store).isEmpty)
        // …then by a writer, which keeps each initiative's reading with the model.
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Self.archiveCounts(store) == [3, 3, 3])
        // Without the model, a check learns from the readings: the same assessment to the last digit.
        try Self.execute(store, "DELETE FROM relevance_model")
        let fromReadings = try DeskChecker.forChecking(store: store).relevance(ofText: probe, title: "Sơ đồ", profile: profile)
        #expect(fromReadings == fromTexts)
        #expect(fromReadings.score.bitPattern == fromTexts.score.bitPattern)
        // The readings are what it learned from: two of them swapped, it judges otherwise.
        try Self.execute(store, """
            UPDATE relevance_reading SET reading = (SELECT reading FROM relevance_reading r WHERE r.initiativeID =
                (SELECT max(initiativeID) FROM relevance_reading)) WHERE initiativeID = (SELECT min(initiativeID) FROM relevance_reading)
            """)
        let swapped = try DeskChecker.forChecking(store: store).relevance(ofText: probe, title: "Sơ đồ", profile: profile)
        #expect(swapped.score.bitPattern != fromTexts.score.bitPattern)
    }

    @Test func aReadingIsMadeAgainOnceTheArchiveHasDoubledSinceAndWhenItsDataDiffer() throws {
        let s = try Scratch()
        let store = try DeskFingerprintIndexTests.desk(s)
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        // Made in an archive of 2 (3 now, not doubled): kept as it is.
        try Self.execute(store, "UPDATE relevance_reading SET archiveCount = 2; DELETE FROM relevance_model")
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Self.archiveCounts(store) == [2, 2, 2])
        // Made in an archive of 1, or with other data: made again in the archive of 3.
        try Self.execute(store, """
            UPDATE relevance_reading SET archiveCount = 1 WHERE initiativeID = (SELECT min(initiativeID) FROM relevance_reading);
            UPDATE relevance_reading SET generation = 'other' WHERE initiativeID = (SELECT max(initiativeID) FROM relevance_reading);
            DELETE FROM relevance_model
            """)
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Self.archiveCounts(store) == [3, 2, 3])
        // A reading that cannot be read (another version) is made again too.
        try Self.execute(store, "UPDATE relevance_reading SET reading = x'00', archiveCount = 2; DELETE FROM relevance_model")
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Self.archiveCounts(store) == [3, 3, 3])
    }
}
