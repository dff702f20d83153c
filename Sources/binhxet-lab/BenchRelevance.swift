import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet-lab bench-relevance`: the relevance-to-duties pass of a desk scan on a synthetic archive —
/// learning every report, preparing the model (centroids, colleagues, each report's subject) and assessing
/// the last year's reports — with time and peak memory. The profiles are synthetic (a few dozen positions
/// whose duties name one subject each); the figures are about cost, not accuracy (that is `make eval`).
struct BenchRelevanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-relevance",
        abstract: "Time and memory of the relevance-to-duties pass on a synthetic archive.")

    @OptionGroup var prose: RawProseOption
    @Option(help: "Number of reports in the archive.") var documents = 10_000
    @Option(help: "Assess at most this many of the last year's reports (timed one by one).") var assessments = 2_000

    func run() throws {
        let generator = try SyntheticArchive(rawFolder: URL(fileURLWithPath: prose.raw))
        let total = documents
        let label = BenchMeasure.sizeLabel(total)
        let metas = (0..<total).map { generator.meta($0, total: total) }
        let subjects = generator.subjects.map { $0.replacingOccurrences(of: "_", with: " ") }
        @Sendable func profile(_ m: SyntheticArchive.Meta) -> DutyProfile {
            // A person keeps one of 40 positions; each position's duties name one subject.
            let position = (Int(m.nomineeID.dropFirst(2)) ?? 0) % 40
            return DutyProfile(position: "Cán bộ chuyên trách số \(position)",
                               duties: "Phụ trách công tác \(subjects[position % subjects.count])", unit: m.unit)
        }
        var model = DutyRelevance(lexicon: SimilarityData.builtIn.lexicon)
        // As a desk scan does: reports read on all cores, then learned one by one; in batches here, so the
        // texts (made untimed) are not all in memory at once.
        var learning = 0.0
        let batch = 2_000
        for start in stride(from: 0, to: total, by: batch) {
            let range = start..<min(total, start + batch)
            let texts = range.map { generator.text($0, total: total) }
            let t0 = DispatchTime.now()
            let reader = model
            let readings = LockedArray<DutyRelevance.Reading>(count: range.count)
            DispatchQueue.concurrentPerform(iterations: range.count) { k in
                let m = metas[range.lowerBound + k]
                readings.set(k, reader.read(id: m.id, person: m.nomineeID, profile(m), title: m.title, text: texts[k]))
            }
            for k in 0..<range.count { if let r = readings.get(k) { model.learn(r) } }
            learning += BenchMeasure.seconds(t0, DispatchTime.now())
        }
        print(String(format: "relevance %@: read and learn %d reports in %.1f s on %d cores; peak RSS %.0f MB", label, total,
                     learning, ProcessInfo.processInfo.activeProcessorCount, PeakMemory.megabytes()))
        let p0 = DispatchTime.now()
        model.prepare()
        print(String(format: "relevance %@: prepare (centroids, colleagues, subjects) in %.1f s; peak RSS %.0f MB", label,
                     BenchMeasure.seconds(p0, DispatchTime.now()), PeakMemory.megabytes()))
        let lastYear = metas.map(\.year).max() ?? 0
        let targets = metas.indices.filter { metas[$0].year == lastYear }.prefix(assessments)
        var latencies: [Double] = []
        var flagged = 0
        for i in targets {
            let m = metas[i]
            let text = generator.text(i, total: total)
            let t0 = DispatchTime.now()
            let a = model.assess(id: m.id, person: m.nomineeID, profile(m), title: m.title, text: text)
            latencies.append(BenchMeasure.seconds(t0, DispatchTime.now()) * 1000)
            if a.offDuty { flagged += 1 }
        }
        latencies.sort()
        let q = { (p: Double) in BenchMeasure.quantile(latencies, p) }
        print(String(format: "relevance %@: assess %d reports of %d: p50 %.1f ms, p99 %.1f ms, total %.1f s (%d off duty); peak RSS %.0f MB",
                     label, latencies.count, lastYear, q(0.5), q(0.99), latencies.reduce(0, +) / 1000, flagged,
                     PeakMemory.megabytes()))
    }

}
