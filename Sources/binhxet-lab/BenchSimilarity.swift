import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet-lab bench-similarity`: the similarity checker on a synthetic archive (`SyntheticArchive`, Markov
/// prose from `shared/corpus/raw` with planted copies): index build time and peak memory, one-vs-archive
/// check latency, a whole-year scan, and the same scan by Dick Grune's `sim_text` for comparison.
///
/// What is timed: the index build times fingerprinting and indexing every text (`SimilarityArchive.add`, as
/// import does), not making the texts; a check times `SimilarityArchive.check` of one report against
/// every other with all texts in memory (the desk reads a candidate's text from SQLite in addition); the
/// year scan checks every report of the last year against all received before it on all cores, as
/// `DeskChecker.scan` does, without the relevance-to-duties pass.
struct BenchSimilarityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-similarity",
        abstract: "Index build, check latency and year scan on a synthetic archive; optional sim_text comparison.")

    @OptionGroup var prose: RawProseOption
    @Option(help: "Number of reports in the archive.") var documents = 10_000
    @Option(help: "Reports checked one by one against the archive for latency (0: none).") var checks = 300
    @Flag(help: "Scan the last year's reports against everything received before them.") var scanYear = false
    @Option(help: "Run sim_text (path) on the same corpus, written to a temporary folder, and compare times.")
    var simText: String?
    @Option(help: "Keep texts in memory up to this many reports (checks, scans and sim_text need them).")
    var keepTexts = 20_000

    func run() throws {
        let generator = try SyntheticArchive(rawFolder: URL(fileURLWithPath: prose.raw))
        let total = documents
        let metas = (0..<total).map { generator.meta($0, total: total) }
        let keep = total <= keepTexts
        let label = BenchMeasure.sizeLabel(total)

        // Index build: the texts are made one by one (not timed) and added (timed).
        var archive = SimilarityArchive(capacity: total)
        var texts: [String] = []
        var blobs: [[UInt8]] = []
        if keep { texts.reserveCapacity(total) }
        var indexing = 0.0, generating = 0.0, tokens = 0
        for (i, m) in metas.enumerated() {
            let g0 = DispatchTime.now()
            let text = generator.text(i, total: total)
            let t0 = DispatchTime.now()
            let blob = archive.add(m.info, text: text)
            let t1 = DispatchTime.now()
            generating += BenchMeasure.seconds(g0, t0)
            indexing += BenchMeasure.seconds(t0, t1)
            tokens += text.utf8.count
            if keep { texts.append(text); blobs.append(blob) }
        }
        print(String(format: "similarity %@: index %d reports (%.0f MB of text) in %.1f s (%.0f reports/s); peak RSS %.0f MB (texts made in %.1f s, %@)",
                     label, archive.count, Double(tokens) / 1e6, indexing, Double(total) / indexing, PeakMemory.megabytes(),
                     generating, keep ? "kept in memory" : "not kept"))
        let size = archive.indexSize
        print(String(format: "similarity %@: index holds %.1f M distinct hashes, %.1f M postings, %.1f M table slots",
                     label, Double(size.hashes) / 1e6, Double(size.postings) / 1e6, Double(size.slots) / 1e6))
        guard keep else { return }
        // What opening a desk does: the index rebuilt from the fingerprint blobs import stored.
        let r0 = DispatchTime.now()
        var restored = SimilarityArchive(capacity: total)
        for (m, blob) in zip(metas, blobs) { try restored.restore(m.info, fingerprints: blob) }
        print(String(format: "similarity %@: index rebuilt from stored fingerprints (desk start-up) in %.2f s, %.1f MB of blobs",
                     label, BenchMeasure.seconds(r0, DispatchTime.now()), Double(blobs.reduce(0) { $0 + $1.count }) / 1e6))
        blobs = []
        let byID = Dictionary(uniqueKeysWithValues: metas.enumerated().map { ($1.id, $0) })
        let (index, corpus) = (archive, texts)
        let source: @Sendable (DocumentInfo) -> String? = { info in byID[info.id].map { corpus[$0] } }
        let lastYear = metas.map(\.year).max() ?? 0
        let yearIndices = metas.indices.filter { metas[$0].year == lastYear }

        if checks > 0 {
            // Reports of the last year, copies among them, each checked against every other report.
            var rng = SplitMix64(seed: 7)
            let copies = yearIndices.filter { metas[$0].copiedFrom != nil }
            var sample = Array(copies.prefix(checks / 5))
            while sample.count < min(checks, yearIndices.count) {
                let i = yearIndices[Int(rng.next() % UInt64(yearIndices.count))]
                if !sample.contains(i) { sample.append(i) }
            }
            var latencies: [Double] = []
            var found = 0
            for i in sample {
                let me = metas[i].id
                let t0 = DispatchTime.now()
                let findings = archive.check(text: texts[i], as: metas[i].info, isSource: { $0.id != me }, sourceText: source)
                latencies.append(BenchMeasure.seconds(t0, DispatchTime.now()) * 1000)
                if !findings.isEmpty { found += 1 }
            }
            latencies.sort()
            print(String(format: "similarity %@: check one report against the archive: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d checks, %d with findings)",
                         label, BenchMeasure.quantile(latencies, 0.5), BenchMeasure.quantile(latencies, 0.99), latencies.last ?? 0, latencies.count, found))
        }

        var ourScan: Double?
        if scanYear {
            let flagged = LockedCounter()
            let t0 = DispatchTime.now()
            DispatchQueue.concurrentPerform(iterations: yearIndices.count) { k in
                let i = yearIndices[k]
                if !index.check(text: corpus[i], as: metas[i].info, sourceText: source).isEmpty { flagged.increment() }
            }
            let elapsed = BenchMeasure.seconds(t0, DispatchTime.now())
            ourScan = elapsed
            print(String(format: "similarity %@: scan year %d (%d reports against %d earlier and same-year ones) in %.2f s on %d cores, %d flagged (%d planted copies)",
                         label, lastYear, yearIndices.count, total, elapsed, ProcessInfo.processInfo.activeProcessorCount,
                         flagged.value, yearIndices.filter { metas[$0].copiedFrom != nil }.count))
        }

        if let simText {
            let theirs = try SimTextRun(executable: simText).compare(newTexts: yearIndices.map { texts[$0] },
                                                                     oldTexts: metas.indices.filter { metas[$0].year < lastYear }.map { texts[$0] })
            print(String(format: "similarity %@: sim_text -p -i, same %d reports against the earlier years: %.2f s, %d similar pairs reported",
                         label, yearIndices.count, theirs.seconds, theirs.pairs))
            if let ours = ourScan {
                print(String(format: "similarity %@: year scan time, ours / sim_text: %.2f", label, ours / theirs.seconds))
            }
        }
    }


}

extension SyntheticArchive.Meta {
    /// What the checker knows of the report.
    var info: DocumentInfo { DocumentInfo(id: id, nomineeID: nomineeID, unit: unit, year: year, title: title) }
}
