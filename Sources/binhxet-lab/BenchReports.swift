import ArgumentParser
import BinhXetCore
import Foundation

/// `binhxet-lab bench-reports`: how long each report takes on the dev corpus desk and on a synthetic
/// desk of 10,000 nominations, both with a council of nine, ballots, outcomes and findings.
struct BenchReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-reports", abstract: "Report generation time on the dev corpus desk and a 10,000-nomination desk.")

    @Option(help: "The dev corpus nominations CSV.") var corpus = "../shared/corpus/dev/nominations.csv"
    @Option(help: "Nominations in the synthetic desk.") var synthetic = 10_000
    @Option(help: "Runs per report; the best is reported.") var runs = 3

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-bench-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpusURL = URL(fileURLWithPath: corpus)
        if FileManager.default.fileExists(atPath: corpusURL.path) {
            let store = try DeskStore.create(at: folder.appendingPathComponent("dev/dev.desk"))
            let skipped = try BenchDesk.importSkippingRefusedRows(corpusURL, into: store, scratch: folder.appendingPathComponent("dev-csv"))
            try BenchDesk.addCouncilWork(store)
            try measure(store, label: "dev corpus" + (skipped > 0 ? " (\(skipped) rows this build cannot read skipped)" : ""))
        } else {
            print("dev corpus: \(corpus) not found, skipped")
        }
        let store = try DeskStore.create(at: folder.appendingPathComponent("synthetic/s.desk"))
        let start = Date()
        try BenchDesk.makeSynthetic(store, nominations: synthetic, folder: folder.appendingPathComponent("synthetic-csv"))
        try BenchDesk.addCouncilWork(store)
        print(String(format: "synthetic desk built in %.1f s", Date().timeIntervalSince(start)))
        try measure(store, label: "synthetic")
    }

    func measure(_ store: DeskStore, label: String) throws {
        let n = try store.nominations().count
        let events = try store.events().count
        print("-- reports, \(label): \(n) nominations, \(events) events")
        let scope = ReportScope(year: nil, on: CalendarDay("2023-06-30")!, within: 5)
        var total = 0.0
        for kind in ReportKind.allCases {
            var best = Double.infinity
            var rows = 0
            var bytes = 0
            for _ in 0..<runs {
                let t = Date()
                let doc = try store.report(kind, scope: scope)
                let text = ReportFormat.html.render(doc)
                best = min(best, Date().timeIntervalSince(t))
                rows = doc.rowCount
                bytes = text.utf8.count
            }
            total += best
            print("report " + kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                  + String(format: "%8.1f ms  %6d rows  %8d bytes (html)", best * 1000, rows, bytes))
        }
        var best = Double.infinity
        for _ in 0..<runs {
            let t = Date()
            _ = try store.ruleFlags()
            best = min(best, Date().timeIntervalSince(t))
        }
        print(String(format: "rule flags, whole desk  %8.1f ms", best * 1000))
        print(String(format: "all seven reports       %8.1f ms", total * 1000))
    }
}

/// Desks for the report benchmark.
enum BenchDesk {
    /// Imports a CSV; rows this build cannot read (a document format it lacks) are left out, so the
    /// benchmark runs on every branch. Returns how many rows were skipped.
    static func importSkippingRefusedRows(_ csv: URL, into store: DeskStore, scratch: URL) throws -> Int {
        let importer = NominationImporter(store: store, actor: "bench")
        do {
            try importer.importCSV(at: csv)
            return 0
        } catch let failed as ImportFailed {
            let bad = Set(failed.problems.compactMap(\.row))
            let lines = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\n")
            let kept = lines.enumerated().filter { !bad.contains($0.offset + 1) }.map(\.element)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            // The filtered copy sits beside links to the corpus's folders, so its relative paths resolve.
            for item in try FileManager.default.contentsOfDirectory(atPath: csv.deletingLastPathComponent().path) {
                let target = csv.deletingLastPathComponent().appendingPathComponent(item)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDir), isDir.boolValue {
                    try FileManager.default.createSymbolicLink(at: scratch.appendingPathComponent(item), withDestinationURL: target)
                }
            }
            let copy = scratch.appendingPathComponent(csv.lastPathComponent)
            try kept.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)
            try importer.importCSV(at: copy)
            return bad.count
        }
    }

    /// A district of 40 units over ten years; 85 % CSTĐCS with a short initiative each.
    static func makeSynthetic(_ store: DeskStore, nominations: Int, folder: URL) throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        let categories = WorkerCategory.allCases
        var lines = ["nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on"]
        let names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em", "Kăn Thị Giang"]
        for i in 0..<nominations {
            let year = 2013 + i % 10
            let unit = "Đơn vị số \(i % 40 + 1)"
            let cstdcs = i % 20 < 17
            let id = "S\(year)-\(String(format: "%05d", i))"
            var file = ""
            if cstdcs {
                file = "docs/\(id).txt"
                try Data("Báo cáo sáng kiến \(id): giải pháp nâng cao hiệu quả công tác tại \(unit).\n".utf8)
                    .write(to: folder.appendingPathComponent(file))
            }
            let received = String(format: "%04d-%02d-%02d", year, 4 + i % 3, 1 + i % 28)
            lines.append([id, String(year), "P\(i % 6000)", names[i % 6000 % names.count], unit, "Chuyên viên", "Nhiệm vụ chuyên môn",
                          categories[i % categories.count].rawValue, cstdcs ? "CSTDCS" : "LDTT",
                          cstdcs ? "Sáng kiến \(id)" : "", file, received].joined(separator: ","))
        }
        let csv = folder.appendingPathComponent("nominations.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        // Names repeat across IDs on purpose; the importer wants one name per ID, which P<i % 6000> keeps.
        try NominationImporter(store: store, actor: "bench").importCSV(at: csv)
    }

    /// A council of nine; everyone votes on every nomination; a third decided; findings on a tenth.
    static func addCouncilWork(_ store: DeskStore) throws {
        let logins = (1...9).map { "tv\($0)" }
        for (i, login) in logins.enumerated() {
            try store.addMember(login: login, name: "Thành viên \(i + 1)", role: i == 0 ? .chair : .member, actor: "tv1")
        }
        let summaries = try store.nominations()
        let ids = summaries.map(\.id)
        let at = "2023-06-01T02:00:00.000Z"
        var ballots: [DeskEvent] = []
        for (i, id) in ids.enumerated() {
            for (j, login) in logins.enumerated() {
                ballots.append(DeskEvent(nominationID: id, kind: .vote, actor: login, at: at,
                                         payload: ["vote": (i + j) % 7 == 0 ? "disagree" : "agree"]))
            }
        }
        try store.recordAll(ballots)
        for (i, id) in ids.enumerated() where i % 3 == 0 {
            // Synthetic outcomes, whatever the ballots say and whichever year: recorded as overrides.
            try store.decide(id, i % 2 == 0 ? .approve : .reject, reason: i % 2 == 0 ? nil : "Không đạt tỷ lệ phiếu",
                             override: "dữ liệu thử", confirmYear: summaries[i].year, actor: "tv1", at: at)
        }
        var findings: [StoredFinding] = []
        for i in stride(from: 10, to: ids.count, by: 10) {
            findings.append(StoredFinding(nominationID: ids[i], sourceID: ids[i - 10], kind: .copyOther, coverage: 0.8, score: 0.8))
        }
        try store.replaceFindings(findings, forNominations: findings.map(\.nominationID))
    }
}
