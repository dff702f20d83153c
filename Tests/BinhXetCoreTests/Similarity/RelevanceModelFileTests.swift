@testable import BinhXetCore
import BinhXetSimilarity
import Foundation
import GRDB
import Testing

/// The relevance model kept beside the desk in the form read in place (`DeskRelevanceModelFile`, issue
/// 13): a check maps it; a file that is not the copy the desk's row names is never read, and the model
/// is read from the row instead; a writer puts the file back.
@Suite struct RelevanceModelFileTests {
    let profile = DutyProfile(position: "Giáo viên", duties: "Dạy lớp 4", unit: "Trường TH Hòa Bình")

    func assess(_ store: DeskStore) throws -> RelevanceAssessment {
        try DeskChecker.forChecking(store: store).relevance(ofText: DeskFingerprintIndexTests.probe, title: "Sơ đồ", profile: profile)
    }

    func generation(_ store: DeskStore) throws -> String {
        try DatabaseQueue(path: store.url.path).read { db in
            try String.fetchOne(db, sql: "SELECT generation FROM relevance_model WHERE id = 1") ?? ""
        }
    }

    @Test func aCheckReadsTheFileAndNeverTrustsOneThatIsNotTheDesksCopy() throws {
        let s = try Scratch()
        let store = try DeskFingerprintIndexTests.desk(s)
        let learned = try assess(store)
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        let file = DeskRelevanceModelFile(desk: store.url).url
        #expect(FileManager.default.fileExists(atPath: file.path))
        let label = try generation(store)
        #expect(label.contains(" copy="))
        let original = try Data(contentsOf: file)
        #expect(try assess(store) == learned)
        #expect(try assess(store).score.bitPattern == learned.score.bitPattern)

        // Another model (learned from other texts, so it would assess otherwise) under another label: not read.
        var other = DutyRelevance(lexicon: try DeskChecker.forChecking(store: store).data.lexicon)
        for i in 0..<5 {
            other.learn(id: "X\(i)", person: "P", DutyProfile(position: "Kế toán", duties: "Ngân sách", unit: ""),
                        title: "Sơ đồ", text: DeskCheckerTests.bodyB.joined(separator: "\n"))
        }
        other.prepare()
        let foreign = try #require(other.mappedSnapshot(label: label + "x"))
        let otherSays = other.assess(profile, title: "Sơ đồ", text: DeskFingerprintIndexTests.probe)
        #expect(otherSays.score != learned.score)
        try Data(foreign).write(to: file)
        #expect(try assess(store) == learned)
        // The same under the desk's own label, cut short: refused, read from the row.
        try Data((try #require(other.mappedSnapshot(label: label))).prefix(200)).write(to: file)
        #expect(try assess(store) == learned)
        // A missing file: a check reads the row and writes nothing; a writer puts the file back as it was.
        try FileManager.default.removeItem(at: file)
        #expect(try assess(store) == learned)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try !DeskChecker(store: store).prepareRelevanceModel())
        #expect(try Data(contentsOf: file) == original)
        // A symbolic link in its place is not followed.
        try FileManager.default.removeItem(at: file)
        let elsewhere = s.folder.appendingPathComponent("elsewhere.model")
        try original.write(to: elsewhere)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: elsewhere)
        #expect((try? ModelBytes(mapping: file.path)) == nil)
        #expect(try assess(store) == learned)
    }

    @Test func aModelKeptInTheFormBeforeTheFileIsReadAndWrittenAgainByAWriter() throws {
        let s = try Scratch()
        let store = try DeskFingerprintIndexTests.desk(s)
        #expect(try DeskChecker(store: store).prepareRelevanceModel())
        let learned = try assess(store)
        let file = DeskRelevanceModelFile(desk: store.url).url
        let mapped = try Data(contentsOf: file)
        // As a desk of the version before: the row holds `snapshot()` under the bare generation, no file.
        let label = try generation(store)
        let key = String(label[..<(try #require(label.range(of: " copy="))).lowerBound])
        let checker = try DeskChecker(store: store)
        let (model, _) = try checker.learnRelevanceModel(keepingOwnTextOf: [])
        try DatabaseQueue(path: store.url.path).write { db in
            try db.execute(sql: "UPDATE relevance_model SET generation = ?, model = ?", arguments: [key, Data(model.snapshot())])
        }
        try FileManager.default.removeItem(at: file)
        #expect(try assess(store) == learned)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try !DeskChecker(store: store).prepareRelevanceModel())   // read, not learned: converted
        let converted = try Data(contentsOf: file)
        #expect(try generation(store).hasPrefix(key + " copy="))
        // The same model, under a new copy's label: the bytes after the label are the same.
        #expect(converted.count == mapped.count && converted.count > 2000)
        #expect(converted.suffix(converted.count - 1000) == mapped.suffix(mapped.count - 1000))
        #expect(try assess(store) == learned)
        #expect(try assess(store).score.bitPattern == learned.score.bitPattern)
    }
}
