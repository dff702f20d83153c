import ArgumentParser
import BinhXetCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `binhxet-lab bench-import CSV`: imports a nomination file into a fresh desk and prints throughput.
struct BenchImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-import", abstract: "Import throughput (documents/s, MB/s) and peak memory.")

    @Argument(help: "A nominations CSV, e.g. ../shared/corpus/dev/nominations.csv") var csv: String
    @Option(help: "Runs to make; the best is reported.") var runs = 3

    func run() throws {
        var best = Double.infinity
        var report: ImportReport?
        for _ in 0..<runs {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try DeskStore.create(at: folder.appendingPathComponent("bench.desk"))
            let start = Date()
            report = try NominationImporter(store: store, actor: "bench").importCSV(at: URL(fileURLWithPath: csv))
            best = min(best, Date().timeIntervalSince(start))
        }
        guard let r = report else { return }
        let mb = Double(r.documentBytes) / 1_000_000
        print(String(format: "import  %d nominations, %d documents, %.1f MB in %.2f s (best of %d): %.0f documents/s, %.2f MB/s; peak RSS %.0f MB",
                     r.added, r.documentsStored, mb, best, runs, Double(r.documentsStored) / best, mb / best,
                     PeakMemory.megabytes()))
    }
}

/// Peak resident set size of this process.
enum PeakMemory {
    static func megabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
    }
}
