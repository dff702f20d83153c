import BinhXetCore
import BinhXetTestSupport
import BinhXetText
import Foundation
import GRDB
import Testing

/// Imports running at once, as separate `binhxet` processes: nothing committed loses its original.
@Suite struct ParallelImportTests {
    /// A generated nomination file of `count` rows, each with its own text report, from `seed`.
    static func corpus(in s: Scratch, count: Int, seed: UInt64) throws -> URL {
        var rng = SeededGenerator(seed: seed)
        let words = ["sáng", "kiến", "giải", "pháp", "nâng", "cao", "chất", "lượng", "dạy", "học", "quản", "lý", "tổ",
                     "chuyên", "môn", "học", "sinh", "nông", "dân", "lúa", "gieo", "mạ", "khay", "tiết", "kiệm"]
        var rows = [SampleCSV.header]
        for i in 0..<count {
            let text = (0..<Int.random(in: 200...1500, using: &rng)).map { _ in words.randomElement(using: &rng)! }
                .joined(separator: " ")
            try s.write("corpus/docs/r\(i).txt", "Báo cáo sáng kiến số \(i)\n\(text)\n")
            rows.append("N2019-\(String(format: "%04d", i)),2019,CB\(String(format: "%05d", i)),Người \(i),Đơn vị \(i % 5),"
                        + "Giáo viên,Dạy học,can_bo_cong_chuc,CSTDCS,Sáng kiến \(i),docs/r\(i).txt,2019-05-02")
        }
        return try s.write("corpus/nominations.csv", rows.joined(separator: "\n") + "\n")
    }

    @Test func importsOfTheSameFileAtOnceKeepEveryOriginal() throws {
        let seed = SeededGenerator(printingSeedFor: "ParallelImportTests").seed
        let s = try Scratch()
        let csv = try Self.corpus(in: s, count: 40, seed: seed)
        let processes = 4, rounds = 10
        for round in 1...rounds {
            let desk = s.folder.appendingPathComponent("round\(round)/r.desk")
            #expect(try CLI.run(["init", "--desk", desk.path]).status == 0)
            // Given four imports of the same file started together
            let runs = try (0..<processes).map { _ in try CLI.start(["import", csv.path, "--desk", desk.path, "--json"]) }
            let results = runs.map { $0.finish() }
            // Then each ends well: one adds the 40 nominations, the others find them there
            for r in results { #expect(r.status == 0, "round \(round): \(r.err)") }
            let added = results.compactMap { r in
                (try? JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["added"] as? Int
            }
            #expect(added.reduce(0, +) == 40, "round \(round), seed \(seed): added \(added)")
            // And every original a document row names is on disk with its SHA-256
            let store = try DeskStore.open(at: desk, forWriting: false)
            let documents = try DatabaseQueue(path: desk.path).read { db in
                try Row.fetchAll(db, sql: "SELECT sha256, format FROM document").map { ($0[0] as String, $0[1] as String) }
            }
            #expect(documents.count == 40)
            var missing = 0
            for (sha, format) in documents {
                let data = FileManager.default.contents(atPath: store.documentURL(sha256: sha, format: format).path)
                if data.map({ SHA256.hex(of: $0) }) != sha { missing += 1 }
            }
            #expect(missing == 0, "round \(round), seed \(seed): \(missing) of 40 originals missing or wrong")
            // And no temp file or journal is left
            let left = FileManager.default.enumerator(atPath: store.documentsURL.path)?.allObjects
                .compactMap { $0 as? String }.filter { $0.contains(".part") || $0.contains(".pending") } ?? []
            #expect(left.isEmpty, "round \(round): left \(left)")
            if missing > 0 { break }
        }
    }
}

extension CLI {
    /// A `binhxet` process started and not yet waited for; its output goes to files, so it never blocks.
    struct Running {
        let process: Process
        let out: URL, err: URL
        func finish() -> Result {
            process.waitUntilExit()
            let o = (try? Data(contentsOf: out)) ?? Data(), e = (try? Data(contentsOf: err)) ?? Data()
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
            return Result(status: process.terminationStatus, out: String(decoding: o, as: UTF8.self),
                          err: String(decoding: e, as: UTF8.self))
        }
    }

    static func start(_ args: [String]) throws -> Running {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "BINHXET_DESK")
        p.environment = environment
        let tmp = FileManager.default.temporaryDirectory
        let out = tmp.appendingPathComponent("binhxet-out-\(UUID().uuidString)")
        let err = tmp.appendingPathComponent("binhxet-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return Running(process: p, out: out, err: err)
    }
}
