import BinhXetSimilarity
import Foundation
import GRDB
import Testing
@testable import BinhXetCore

/// Learning the relevance model after an import without loading the fingerprint index (issue 13): the
/// boilerplate hashes come from the desk's stored index, the readings are read a part at a time in two
/// passes, and the model is the one a single pass over every own text, read with the index in memory,
/// makes — byte for byte.
@Suite struct StoredBoilerplateTests {
    static let shared = "Đơn vị đã tổ chức hội nghị cán bộ công chức đầu năm, phổ biến kế hoạch công tác và giao chỉ tiêu thi đua cho từng bộ phận theo quy chế của cơ quan."
    static let fewer = "Cuối mỗi quý, tổ công tác họp rút kinh nghiệm, báo cáo kết quả với thủ trưởng đơn vị và đề xuất khen thưởng những cá nhân có nhiều đóng góp."

    /// Fourteen initiatives: the first 10 hold `shared` (10 documents: at the threshold, boilerplate), the
    /// first 9 `fewer` (one below: not boilerplate); each has two paragraphs of its own.
    static let rows: [(id: String, person: String, unit: String, position: String, duties: String, title: String)] =
        (0..<14).map { i in
            i % 2 == 0
                ? (String(format: "N2018-%04d", i), "CB\(i % 5)", "Trường TH Hòa Bình", "Giáo viên", "Dạy lớp \(i % 3 + 3)", "Giải toán \(i)")
                : (String(format: "N2018-%04d", i), "CB\(i % 5 + 10)", "UBND xã Hòa Bình", "Kế toán", "Kế toán ngân sách", "Đối chiếu ngân sách \(i)")
        }

    static func desk(_ s: Scratch) throws -> DeskStore {
        let store = try s.makeDesk()
        let own = DeskCheckerTests.bodyA + DeskCheckerTests.bodyB + DeskCheckerTests.bodyC + DeskCheckerTests.bodyD
        var lines = [SampleCSV.header]
        for (i, r) in rows.enumerated() {
            var body = [own[i % own.count], own[(i + 4) % own.count]]
            if i < 10 { body.insert(shared, at: 1) }
            if i < 9 { body.append(fewer) }
            try s.write("d/\(r.id).txt", DeskCheckerTests.report(r.title, paragraphs: body))
            lines.append("\(r.id),2018,\(r.person),Người \(r.person),\(r.unit),\(r.position),\(r.duties),can_bo_cong_chuc,CSTDCS,\(r.title),d/\(r.id).txt,2018-05-\(String(format: "%02d", i + 1))")
        }
        let csv = try s.write("n.csv", lines.joined(separator: "\n") + "\n")
        try NominationImporter(store: store).importCSV(at: csv)
        return store
    }

    static func storedModel(_ store: DeskStore) throws -> [UInt8]? {
        try DatabaseQueue(path: store.url.path).read { db in
            try Data.fetchOne(db, sql: "SELECT model FROM relevance_model WHERE id = 1").map { [UInt8]($0) }
        }
    }

    /// The stored model is kept in the form read in place, under its copy's label: a model learned now
    /// is the same bytes when written under that label.
    static func storedLabel(_ store: DeskStore) throws -> String {
        try DatabaseQueue(path: store.url.path).read { db in
            try String.fetchOne(db, sql: "SELECT generation FROM relevance_model WHERE id = 1") ?? ""
        }
    }

    @Test func ownTextsReadWithTheStoredBoilerplateAreThoseOfTheIndexInMemory() throws {
        let s = try Scratch()
        let store = try Self.desk(s)
        let full = try DeskChecker(store: store)
        let learning = try DeskChecker.forLearning(store: store, parameters: .standard, data: nil, writing: false)
        #expect(learning.archive.count == 0)   // no index loaded
        let none = SimilarityArchive(parameters: .standard, templates: full.data.templates, boilerplate: [])
        var withoutShared = 0, withFewer = 0
        for id in full.nominationIDs() {
            let text = try #require(try store.initiativeText(of: id))
            let info = try #require(full.archive.document(id: id))
            let own = full.archive.ownText(of: text, as: info)
            #expect(learning.archive.ownText(of: text, as: info) == own, "\(id)")
            // The test can fail: the shared paragraph (10 documents) is boilerplate and left out, the
            // one held by 9 is not; an archive without boilerplate keeps both.
            if text.contains(Self.shared), !own.contains("hội nghị cán bộ công chức") { withoutShared += 1 }
            if text.contains(Self.fewer), own.contains("tổ công tác họp") { withFewer += 1 }
            if text.contains(Self.shared) {
                #expect(none.ownText(of: text, as: info).contains("hội nghị cán bộ công chức"))
            }
        }
        #expect(withoutShared == 10)
        #expect(withFewer == 9)
    }

    @Test func theModelLearnedAfterAnImportIsTheOneLearnedInOnePassFromEveryOwnText() throws {
        let s = try Scratch()
        let store = try Self.desk(s)
        // What `binhxet import` runs: readings made and stored, the model stored.
        #expect(try DeskChecker.prepareRelevanceModel(store: store))
        let stored = try #require(try Self.storedModel(store))
        let label = try Self.storedLabel(store)
        #expect(try RelevanceReadingTests.archiveCounts(store).count == Self.rows.count)

        // The reference: one pass over every own text, read with the index in memory, in id order.
        let full = try DeskChecker(store: store)
        var reference = DutyRelevance(lexicon: full.data.lexicon, parameters: .standard)
        for r in Self.rows.sorted(by: { $0.id < $1.id }) {
            let info = try #require(full.archive.document(id: r.id))
            let text = try #require(try store.initiativeText(of: r.id))
            reference.learn(id: r.id, person: r.person, DutyProfile(position: r.position, duties: r.duties, unit: r.unit),
                            title: info.title, text: full.archive.ownText(of: text, as: info))
        }
        reference.prepare()
        #expect(stored == reference.mappedSnapshot(label: label))

        // Learned again from the stored readings, a few at a time, by a checker with or without the
        // index, and by one that stores nothing and reads every text: the same bytes.
        for partSize in [1, 4, 100] {
            #expect(try DeskChecker.forLearning(store: store, parameters: .standard, data: nil, writing: false)
                .learnRelevanceModel(keepingOwnTextOf: [], partSize: partSize).0.mappedSnapshot(label: label) == stored)
        }
        #expect(try full.learnRelevanceModel(keepingOwnTextOf: [], partSize: 3).0.mappedSnapshot(label: label) == stored)
        try RelevanceReadingTests.execute(store, "DELETE FROM relevance_reading")
        let (fromTexts, own) = try DeskChecker.forLearning(store: store, parameters: .standard, data: nil, writing: false)
            .learnRelevanceModel(keepingOwnTextOf: ["N2018-0003"], partSize: 5)
        #expect(fromTexts.mappedSnapshot(label: label) == stored)
        #expect(try RelevanceReadingTests.archiveCounts(store).isEmpty)   // held, not stored
        let info = try #require(full.archive.document(id: "N2018-0003"))
        #expect(own == ["N2018-0003": full.archive.ownText(of: try #require(try store.initiativeText(of: "N2018-0003")), as: info)])
    }
}
