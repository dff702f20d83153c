import ArgumentParser
import Foundation

/// `binhxet-lab make-desk`: writes the files of a synthetic desk for whole-process benchmarks
/// (`scripts/bench.d/desk.sh`): `nominations.csv` naming `documents` reports under `docs/`, and `extra`
/// reports more under `probe/`, made by the same generator but not in the CSV, for `binhxet check` to
/// check against the imported archive. Nothing is imported here: the script times `binhxet import` itself.
struct MakeDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-desk",
        abstract: "Write a synthetic desk's nominations CSV, its reports and probe files (for make bench).")

    @OptionGroup var prose: RawProseOption
    @Option(help: "Nominations in the CSV (each with a report).") var documents = 10_000
    @Option(help: "Reports written to probe/ for checks, not in the CSV.") var extra = 20
    @Option(help: "The folder to write (created; must not exist).") var out: String

    func run() throws {
        let generator = try SyntheticArchive(rawFolder: URL(fileURLWithPath: prose.raw))
        let folder = URL(fileURLWithPath: out)
        guard !FileManager.default.fileExists(atPath: folder.path) else { throw LabError("\(out): already exists") }
        for sub in ["docs", "probe"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // As bench-scan: positions come in a few dozen kinds, each with duties naming one subject, so the
        // relevance pass has colleagues to learn from. Probes are the reports after the last imported one.
        let total = documents + extra
        let subjects = generator.subjects.map { $0.replacingOccurrences(of: "_", with: " ") }
        var lines = ["nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on"]
        var probes = ["file\tposition\tduties\tunit\ttitle"]
        var years: [Int: Int] = [:]
        for i in 0..<total {
            let m = generator.meta(i, total: total)
            let text = generator.text(i, total: total)
            let person = Int(m.nomineeID.dropFirst(2)) ?? 0
            let position = "Cán bộ chuyên trách số \(person % 40)"
            let duties = "Phụ trách công tác \(subjects[(person % 40) % subjects.count])"
            if i >= documents {
                let file = "probe/\(m.id).txt"
                try Data(text.utf8).write(to: folder.appendingPathComponent(file))
                probes.append([file, position, duties, m.unit, m.title].joined(separator: "\t"))
                continue
            }
            let file = "docs/\(m.id).txt"
            try Data(text.utf8).write(to: folder.appendingPathComponent(file))
            let received = String(format: "%04d-%02d-%02d", m.year, 3 + i % 3, 1 + i % 28)
            lines.append([m.id, String(m.year), m.nomineeID, "Cán bộ \(person)", m.unit, position, "\"\(duties)\"",
                          "can_bo_cong_chuc", "CSTDCS", "\"\(m.title)\"", file, received].joined(separator: ","))
            years[m.year, default: 0] += 1
        }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("nominations.csv"), atomically: true, encoding: .utf8)
        try (probes.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("probes.tsv"), atomically: true, encoding: .utf8)
        let sorted = years.sorted { $0.key < $1.key }
        print("\(documents) reports in \(out)/docs, \(extra) probes in \(out)/probe; by year: "
              + sorted.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
}
