import BinhXetCore
import BinhXetSimilarity
import Foundation
import GRDB
import Testing

/// The fingerprint index and relevance model kept in the desk (issue 13): a check of a file reads them
/// and finds what the whole index in memory finds, and writes nothing.
@Suite struct DeskFingerprintIndexTests {
    /// A desk of a 2017 report, its re-submission in 2018 and an unrelated report.
    static func desk(_ s: Scratch) throws -> DeskStore {
        let store = try s.makeDesk()
        try s.write("d/a.txt", DeskCheckerTests.report("Giải toán bằng sơ đồ", paragraphs: DeskCheckerTests.bodyA))
        try s.write("d/b.txt", DeskCheckerTests.report("Giải toán bằng sơ đồ đoạn thẳng",
                                                       paragraphs: DeskCheckerTests.bodyA + [DeskCheckerTests.bodyB[0]]))
        try s.write("d/c.txt", DeskCheckerTests.report("Bảng đối chiếu ngân sách", paragraphs: DeskCheckerTests.bodyB))
        let csv = try s.write("n.csv", SampleCSV.header + """

            N2017-0001,2017,CB1,Lê Thị Mai,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,Giải toán bằng sơ đồ,d/a.txt,2017-05-01
            N2018-0001,2018,CB1,Lê Thị Mai,Trường TH Hòa Bình,Giáo viên,Dạy lớp 4,can_bo_cong_chuc,CSTDCS,Giải toán bằng sơ đồ đoạn thẳng,d/b.txt,2018-05-01
            N2018-0002,2018,CB2,Võ Văn Nam,UBND xã Hòa Bình,Kế toán,Kế toán ngân sách,can_bo_cong_chuc,CSTDCS,Bảng đối chiếu ngân sách,d/c.txt,2018-05-02

            """)
        try NominationImporter(store: store).importCSV(at: csv)
        return store
    }

    static let probe = DeskCheckerTests.report("Sơ đồ đoạn thẳng", paragraphs: [DeskCheckerTests.bodyA[1], DeskCheckerTests.bodyB[2]])

    static func counts(_ store: DeskStore) throws -> [Int] {
        let pool = try DatabaseQueue(path: store.url.path)
        return try pool.read { db in
            try ["fingerprint_slot", "fingerprint_posting", "relevance_model"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0
            }
        }
    }

    @Test func theStoredIndexFindsWhatTheIndexInMemoryFinds() throws {
        let s = try Scratch()
        let store = try Self.desk(s)
        let counted = try Self.counts(store)
        #expect(counted[0] == 3 && counted[1] > 20)
        let inMemory = try DeskChecker(store: store).check(text: Self.probe, title: "Sơ đồ đoạn thẳng")
        let stored = try DeskChecker.forChecking(store: store).check(text: Self.probe, title: "Sơ đồ đoạn thẳng")
        #expect(!inMemory.isEmpty)
        #expect(stored == inMemory)
        #expect(Set(stored.map(\.source)) == ["N2017-0001", "N2018-0001", "N2018-0002"])
        // Document frequencies are those of the archive: every report holds the form's heading.
        let archive = try DeskChecker.forChecking(store: store).archive
        let full = try DeskChecker(store: store).archive
        for f in SimilarityArchive.fingerprints(of: Self.probe) {
            #expect(archive.documentFrequency(f.hash) == full.documentFrequency(f.hash))
        }
        #expect(archive.count == 3)
    }

    @Test func aDeskWhoseIndexLacksInitiativesIsCheckedInMemoryWithoutWritingAndCompletedByAScan() throws {
        let s = try Scratch()
        let store = try Self.desk(s)
        let expected = try DeskChecker(store: store).check(text: Self.probe)
        // As a desk whose initiatives came before its index (migration v10 made it from their blobs).
        let queue = try DatabaseQueue(path: store.url.path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM fingerprint_slot")
            try db.execute(sql: "DELETE FROM fingerprint_posting")
        }
        try queue.close()
        let before = try Self.counts(store)
        #expect(try DeskChecker.forChecking(store: store).check(text: Self.probe) == expected)
        #expect(try Self.counts(store) == before)   // a check writes nothing
        // The index made again from the stored fingerprints, as migration v10 does, is the same index.
        _ = try DeskChecker(store: store)
        #expect(try Self.counts(store)[0] == 3)
    }

    @Test func aCheckWithDutiesReadsTheStoredModelAndAssessesAsLearningDoes() throws {
        let s = try Scratch()
        let store = try Self.desk(s)
        let profile = DutyProfile(position: "Giáo viên", duties: "Dạy lớp 4", unit: "Trường TH Hòa Bình")
        // Without a stored model, learning now (a check stores nothing)…
        let learned = try DeskChecker.forChecking(store: store).relevance(ofText: Self.probe, title: "Sơ đồ", profile: profile)
        #expect(try Self.counts(store)[2] == 0)
        // …then a writer stores it, and a check reads it: the same assessment to the last digit.
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Self.counts(store)[2] == 1)
        #expect(try !DeskChecker(store: store).prepareRelevanceModel())
        let read = try DeskChecker.forChecking(store: store).relevance(ofText: Self.probe, title: "Sơ đồ", profile: profile)
        #expect(read == learned)
        #expect(read.score.bitPattern == learned.score.bitPattern)
        // A new initiative makes the stored model stale: it is learned again, not read.
        try s.write("d/e.txt", DeskCheckerTests.report("Bảng tính", paragraphs: DeskCheckerTests.bodyB.reversed()))
        let csv = try s.write("e.csv", SampleCSV.header + """

            N2019-0001,2019,CB3,Trần Văn Ba,UBND xã Hòa Bình,Kế toán,Kế toán ngân sách,can_bo_cong_chuc,CSTDCS,Bảng tính,d/e.txt,2019-05-02

            """)
        try NominationImporter(store: store).importCSV(at: csv)
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        // The second import appended its postings to the first's (as blobs: `||` alone made text that
        // read back cut at the first zero byte), so the stored index still finds what memory finds.
        let probe = DeskCheckerTests.report("Bảng tính", paragraphs: [DeskCheckerTests.bodyB[1], DeskCheckerTests.bodyB[2]])
        let stored = try DeskChecker.forChecking(store: store).check(text: probe)
        #expect(Set(stored.map(\.source)) == ["N2018-0002", "N2019-0001"])
        #expect(stored == (try DeskChecker(store: store).check(text: probe)))
        let types = try DatabaseQueue(path: store.url.path).read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT typeof(postings) FROM fingerprint_posting")
        }
        #expect(types == ["blob"])
    }
}
