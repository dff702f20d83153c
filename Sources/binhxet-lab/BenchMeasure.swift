import ArgumentParser
import Foundation

/// What the benchmarks share: where the raw prose is, and how times and quantiles are taken and named.
enum BenchMeasure {
    /// Seconds between two instants.
    static func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double {
        Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9
    }

    /// The `q` quantile (0…1) of sorted values, nearest rank; 0 with none.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((q * Double(sorted.count - 1)).rounded()))]
    }

    /// "10k" for 10,000 reports, as the figures name archive sizes.
    static func sizeLabel(_ count: Int) -> String { count >= 1000 ? "\(count / 1000)k" : "\(count)" }
}

/// The raw prose a synthetic archive is made from (`SyntheticArchive`).
struct RawProseOption: ParsableArguments {
    @Option(help: "Folder with the raw prose (viwiki_*.txt).") var raw = "../shared/corpus/raw"
}
