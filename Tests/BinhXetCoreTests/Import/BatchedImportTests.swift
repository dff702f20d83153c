@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import GRDB
import Testing

/// The importer's second pass reads, decodes and stores the reports a batch at a time, on all cores, and
/// gives the fingerprint index the postings of a chunk of reports at a time (issue 13: memory that does not
/// grow with the file). What it stores must not depend on the batch or chunk sizes, nor on the threads;
/// and a report that fails in a late batch must still leave the desk as it was.
@Suite struct BatchedImportTests {
    /// Syllables the synthetic reports are made of (made up here, not taken from the corpus).
    static let syllables = ["sáng", "kiến", "giải", "pháp", "nâng", "cao", "chất", "lượng", "công", "tác", "quản", "lý",
                            "học", "sinh", "giáo", "viên", "ruộng", "lúa", "nước", "tưới", "tiết", "kiệm", "hồ", "sơ",
                            "một", "cửa", "dân", "xã", "thôn", "bản", "điện", "đường", "trạm", "y", "tế", "phòng"]

    /// A folder `in/` with a nominations file of `count` rows, every third without a report (LDTT), the
    /// others with a report of random sentences, some sentences shared between reports (so hashes have
    /// several postings); `bad` rows get a report that is not UTF-8.
    static func writeFile(in s: Scratch, count: Int, bad: Set<Int> = [], seed: UInt64) throws -> URL {
        var random = SeededGenerator(seed: seed)
        func sentence() -> String {
            (0..<Int.random(in: 8...16, using: &random)).map { _ in syllables.randomElement(using: &random)! }
                .joined(separator: " ") + "."
        }
        let shared = (0..<12).map { _ in sentence() }
        var rows = [SampleCSV.header]
        for i in 0..<count {
            let id = String(format: "N2020-%04d", i)
            let person = String(format: "CB9%04d", i % 37)
            let unit = "Đơn vị \(i % 5)"
            if i % 3 == 2 {
                rows.append("\(id),2020,\(person),Người \(i % 37),\(unit),Cán bộ,Việc,can_bo_cong_chuc,LDTT,,,2020-05-01")
                continue
            }
            let file = "docs/\(id).txt"
            if bad.contains(i) {
                try s.write("in/" + file, Data("Báo cáo ".utf8) + Data([0xE1, 0xBA]) + Data(" hỏng".utf8))
            } else {
                var lines = (0..<Int.random(in: 6...14, using: &random)).map { _ in sentence() }
                for _ in 0..<3 { lines.insert(shared.randomElement(using: &random)!, at: Int.random(in: 0...lines.count, using: &random)) }
                try s.write("in/" + file, lines.joined(separator: "\n") + "\n")
            }
            rows.append("\(id),2020,\(person),Người \(i % 37),\(unit),Cán bộ,Việc,can_bo_cong_chuc,CSTDCS,Sáng kiến \(i),\(file),2020-05-01")
        }
        return try s.write("in/nominations.csv", rows.joined(separator: "\n") + "\n")
    }

    /// Everything an import stores that its batches could change, row by row in id order (event times left
    /// out: they are the clock's).
    static func dump(_ store: DeskStore) throws -> [String] {
        try store.read { db in
            var out: [String] = []
            for (table, sql) in [
                ("unit", "SELECT id, name FROM unit ORDER BY id"),
                ("person", "SELECT id, name FROM person ORDER BY id"),
                ("nomination", "SELECT * FROM nomination ORDER BY id"),
                ("document", "SELECT * FROM document ORDER BY sha256"),
                ("initiative", "SELECT * FROM initiative ORDER BY id"),
                ("fingerprint", "SELECT nominationID, hex(blob) FROM fingerprint ORDER BY nominationID"),
                ("slot", "SELECT slot, nominationID FROM fingerprint_slot ORDER BY slot"),
                ("posting", "SELECT hash, documents, hex(postings) FROM fingerprint_posting ORDER BY hash"),
                ("event", "SELECT id, nominationID, kind, actor, payload FROM event ORDER BY id"),
                ("import", "SELECT fileName, added, unchanged FROM import ORDER BY id"),
            ] {
                for row in try Row.fetchAll(db, sql: sql) {
                    out.append(table + " " + row.databaseValues.map(\.description).joined(separator: "|"))
                }
            }
            return out
        }
    }

    /// Imports the file into a fresh desk with the given sizes; returns what was stored and the originals.
    static func importing(_ csv: URL, scratch s: Scratch, desk name: String, batchRows: Int, indexChunk: Int,
                          concurrent: Bool = true) throws -> (rows: [String], originals: [String]) {
        let store = try DeskStore.create(at: s.folder.appendingPathComponent("\(name)/test.desk"))
        var importer = NominationImporter(store: store, actor: "thuky")
        importer.batchRows = batchRows
        importer.indexChunk = indexChunk
        importer.concurrent = concurrent
        try importer.importCSV(at: csv)
        let files = (FileManager.default.enumerator(atPath: store.documentsURL.path)?.allObjects ?? [])
            .compactMap { $0 as? String }.filter { $0.contains(".") && !($0 as NSString).lastPathComponent.hasPrefix(".") }.sorted()
        return (try dump(store), files)
    }

    @Test func batchesAndIndexChunksStoreWhatOnePassStores() throws {
        let s = try Scratch()
        let csv = try Self.writeFile(in: s, count: 90, seed: 0x5EED_0013)
        // One batch and one index chunk: what the importer stored before it read in batches.
        let whole = try Self.importing(csv, scratch: s, desk: "whole", batchRows: 1_000, indexChunk: 1_000)
        // Batches of 7 rows and index chunks of 5 reports: boundaries fall everywhere, not together.
        let batched = try Self.importing(csv, scratch: s, desk: "batched", batchRows: 7, indexChunk: 5)
        #expect(whole.rows.count > 500)
        #expect(whole.rows.contains { $0.hasPrefix("posting ") && !$0.contains("|1|") })   // some hash in several reports
        #expect(batched.rows == whole.rows)
        #expect(batched.originals == whole.originals)
        #expect(whole.originals.count == 60)
    }

    @Test func reportsPreparedOnAllCoresAreStoredAsOnOneThread() throws {
        let s = try Scratch()
        let csv = try Self.writeFile(in: s, count: 120, seed: 0x5EED_0014)
        let serial = try Self.importing(csv, scratch: s, desk: "serial", batchRows: 16, indexChunk: 30, concurrent: false)
        for run in 0..<3 {
            let parallel = try Self.importing(csv, scratch: s, desk: "parallel\(run)", batchRows: 16, indexChunk: 30)
            #expect(parallel.rows == serial.rows)
            #expect(parallel.originals == serial.originals)
        }
    }

    @Test func aBadReportInALateBatchLeavesTheDeskAsItWas() throws {
        // Given a desk holding the sample, and a file whose reports at rows 57 and 83 (after many batch and
        // index chunk boundaries) are not UTF-8
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s, name: "first.csv"))
        let csv = try Self.writeFile(in: s, count: 90, bad: [55, 81], seed: 0x5EED_0015)
        let before = try Self.dump(store)
        let counts = try DeskCounts(store)
        var importer = NominationImporter(store: store)
        importer.batchRows = 6
        importer.indexChunk = 4
        // When it is imported, it is refused with one line per bad report, naming its row and column
        let failure = try #require(throws: ImportFailed.self) { try importer.importCSV(at: csv) }
        #expect(failure.problems.map(\.row) == [57, 83])
        #expect(failure.problems.allSatisfy { $0.column == "initiative_file" && $0.reason.contains("invalid UTF-8") })
        #expect(failure.problems.first?.reason.hasPrefix("docs/N2020-0055.txt: ") == true)
        // and nothing of it is stored: not a row, not an index posting, not an original file
        #expect(try Self.dump(store) == before)
        #expect(try DeskCounts(store) == counts)
        // The same file with the reports mended imports whole.
        try s.write("in/docs/N2020-0055.txt", "Báo cáo đã sửa.\n")
        try s.write("in/docs/N2020-0081.txt", "Báo cáo khác đã sửa.\n")
        let report = try importer.importCSV(at: csv)
        #expect(report.added == 90)
        #expect(try DeskCounts(store).nominations == counts.nominations + 90)
    }
}
