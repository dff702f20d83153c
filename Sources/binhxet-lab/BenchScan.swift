import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet-lab bench-scan`: what `binhxet import` and `binhxet scan --year` cost on a real desk of
/// synthetic reports (`SyntheticArchive`): the importer decodes, stores and fingerprints every file, then
/// the last year is scanned as the command does — re-use against everything received before, the
/// relevance-to-duties pass over the whole desk, findings written in one transaction.
struct BenchScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-scan",
        abstract: "Import and a year's scan, end to end, on a desk of synthetic reports.")

    @OptionGroup var prose: RawProseOption
    @Option(help: "Nominations in the desk (each with a report).") var documents = 10_000

    func run() throws {
        let generator = try SyntheticArchive(rawFolder: URL(fileURLWithPath: prose.raw))
        let total = documents
        let label = BenchMeasure.sizeLabel(total)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("binhxet-bench-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)

        // The files and the CSV (not timed). Positions come in a few dozen kinds, each with duties naming
        // one subject, so the relevance pass has colleagues to learn from.
        var lines = ["nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on"]
        let subjects = generator.subjects.map { $0.replacingOccurrences(of: "_", with: " ") }
        var bytes = 0
        var years: [Int] = []
        for i in 0..<total {
            let m = generator.meta(i, total: total)
            let text = generator.text(i, total: total)
            bytes += text.utf8.count
            let file = "docs/\(m.id).txt"
            try Data(text.utf8).write(to: folder.appendingPathComponent(file))
            let person = Int(m.nomineeID.dropFirst(2)) ?? 0
            let position = person % 40
            let received = String(format: "%04d-%02d-%02d", m.year, 3 + i % 3, 1 + i % 28)
            lines.append([m.id, String(m.year), m.nomineeID, "Cán bộ \(person)", m.unit, "Cán bộ chuyên trách số \(position)",
                          "\"Phụ trách công tác \(subjects[position % subjects.count])\"", "can_bo_cong_chuc", "CSTDCS",
                          "\"\(m.title)\"", file, received].joined(separator: ","))
            years.append(m.year)
        }
        let csv = folder.appendingPathComponent("nominations.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)

        let store = try DeskStore.create(at: folder.appendingPathComponent("desk/bench.desk"))
        let i0 = Date()
        try NominationImporter(store: store, actor: "bench").importCSV(at: csv)
        let imported = Date().timeIntervalSince(i0)
        print(String(format: "scan %@: import %d reports (%.0f MB) in %.1f s (%.0f reports/s); peak RSS %.0f MB", label, total,
                     Double(bytes) / 1e6, imported, Double(total) / imported, PeakMemory.megabytes()))

        let o0 = Date()
        let checker = try DeskChecker(store: store)
        let opened = Date().timeIntervalSince(o0)
        let year = years.max() ?? 0
        let ids = checker.nominationIDs(year: year)
        let s0 = Date()
        let (report, _) = try checker.scan(ids)
        let scanned = Date().timeIntervalSince(s0)
        print(String(format: "scan %@: open the checker (index from stored fingerprints) %.2f s; scan %d (%d reports) in %.1f s: %d flagged, %d re-use and %d off-duty findings stored; peak RSS %.0f MB",
                     label, opened, year, ids.count, scanned, report.flagged, report.reuseFindings, report.offDutyFindings,
                     PeakMemory.megabytes()))
    }
}
