import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet-lab eval <corpus>`: imports an evaluation corpus into a temporary desk with the product's
/// importer, scans every nomination as `binhxet scan` does (each against the initiatives received before
/// it), reads the stored findings back and scores them against truth.json.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the similarity checker on an evaluation corpus (nominations.csv + truth.json)."
    )

    @Argument(help: "Corpus folder (with nominations.csv, truth.json, documents/).")
    var corpus: String

    @Option(help: "Folder with template-phrases.txt and/or domain-lexicon.txt to use instead of the built-in ones.")
    var resources: String?

    @Option(help: "Write every stored finding as JSON lines to this file.")
    var findings: String?

    @Flag(help: "List missed and unexpected pairs and off-duty errors.")
    var verbose = false

    @Option(name: .customLong("set"), help: "Override a parameter for this run, e.g. --set maxGap=10 (repeatable).")
    var overrides: [String] = []

    @Option(help: "Print how the checker reads each line of these nomination ids (comma-separated), then stop.")
    var explain: String?

    @Flag(help: "After the figures, explain every stored matched passage as the desk shows it (word alignment, template, sections, strength) and print what that costs.")
    var explainPassages = false

    func run() throws {
        let started = Date()
        let directory = URL(fileURLWithPath: corpus)
        let truth = try EvalTruth.load(corpus: directory)
        let desk = try EvalDesk(corpus: directory)
        try desk.verify(against: truth)
        let imported = Date()
        var parameters = SimilarityParameters.standard
        for o in overrides { try EvalParameterOverride.apply(o, to: &parameters) }
        let data = resources.map { SimilarityData.forDesk(folder: URL(fileURLWithPath: $0)) } ?? .builtIn
        let checker = try DeskChecker(store: desk.store, parameters: parameters, data: data)
        let indexed = Date()
        if let explain {
            try Self.explain(explain.split(separator: ",").map(String.init), checker: checker)
            return
        }
        let ids = checker.nominationIDs()
        let (scan, _) = try checker.scan(ids)
        let scanned = Date()
        let stored = try desk.store.allFindings()
        let assessments = verbose ? try checker.relevance(of: ids) : [:]

        if let path = findings { try EvalReport.writeFindings(stored, to: path) }
        let report = EvalReport(truth: truth, desk: desk, scanned: ids, findings: stored, assessments: assessments)
        report.print(verbose: verbose)
        Swift.print(String(format: "time: import %.1fs, index %.2fs (%d docs), scan %.2fs (%d nominations, re-use and relevance)",
                           imported.timeIntervalSince(started), indexed.timeIntervalSince(imported), checker.archive.count,
                           scanned.timeIntervalSince(indexed), scan.checked))
        if explainPassages { try Self.explainPassages(stored, store: desk.store) }
    }

    /// Explains every passage of every stored finding, as the desk does when a nomination opens, and prints
    /// the time per finding (both texts read and analysed, every passage aligned) and per passage, how many
    /// passages are weak and how much of their text is template.
    static func explainPassages(_ findings: [StoredFinding], store: DeskStore) throws {
        let explainer = store.passageExplainer()
        var perFinding: [Double] = [], perPassage: [Double] = []
        var passages = 0, weak = 0, counted = 0, written = 0, longest = 0, changedWords = 0
        for (id, group) in Dictionary(grouping: findings.filter { $0.sourceID != nil && !$0.passages.isEmpty }, by: \.nominationID) {
            for f in group {
                let t0 = DispatchTime.now()
                let explained = try store.passageExplanations(of: id, findings: [f], explainer: explainer)
                let ms = BenchMeasure.seconds(t0, DispatchTime.now()) * 1000
                perFinding.append(ms)
                let es = explained.values.first ?? []
                for e in es {
                    perPassage.append(ms / Double(max(1, es.count)))
                    passages += 1
                    if e.isWeak { weak += 1 }
                    counted += e.countedCharacters
                    written += e.pair.length
                    longest = max(longest, e.pair.length)
                    changedWords += e.countedWords.left - e.sameWords.left
                }
            }
        }
        perFinding.sort(); perPassage.sort()
        Swift.print(String(format: "explain: %d findings, %d passages (%d weak); per finding p50 %.2f ms, p99 %.2f ms, max %.2f ms; per passage p50 %.2f ms, p99 %.2f ms",
                           perFinding.count, passages, weak, BenchMeasure.quantile(perFinding, 0.5), BenchMeasure.quantile(perFinding, 0.99),
                           perFinding.last ?? 0, BenchMeasure.quantile(perPassage, 0.5), BenchMeasure.quantile(perPassage, 0.99)))
        Swift.print(String(format: "explain: passages hold %d scalars, %d characters counted (%.1f%% left out as template); longest passage %d scalars; %d words differ on the checked side",
                           written, counted, written == 0 ? 0 : 100 * Double(written - counted) / Double(written), longest, changedWords))
    }

    /// The role the checker gives each line, and each token's document frequency in the archive.
    static func explain(_ ids: [String], checker: DeskChecker) throws {
        let archive = checker.archive
        for id in ids {
            guard let info = archive.document(id: id), let text = try checker.store.initiativeText(of: id) else { continue }
            Swift.print(id, archive.lineRoles(of: text, as: info))
            let stream = TokenStream(text: text)
            let shingles = Shingles(stream, size: archive.parameters.shingleSize)
            let scalars = Array(text.unicodeScalars)
            for line in 0..<min(stream.lineCount, 30) {
                let dfs = stream.tokenRange(ofLine: line).map {
                    shingles.hashes[$0] == 0 ? "-" : String(archive.documentFrequency(shingles.hashes[$0]))
                }
                let shown = String(String.UnicodeScalarView(scalars[stream.lineStarts[line]..<stream.lineEnds[line]])).prefix(40)
                Swift.print(line, shown, dfs.joined(separator: " "))
            }
        }
    }
}

/// `--set name=value`: any numeric parameter of `SimilarityParameters`, by its Swift name. The parameters
/// are Codable, so the override goes through their coded form and every parameter is settable without a
/// list kept here.
enum EvalParameterOverride {
    struct Unknown: Error, CustomStringConvertible { var description: String }

    static func apply(_ assignment: String, to p: inout SimilarityParameters) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let v = Double(parts[1]) else { throw Unknown(description: "expected name=number: \(assignment)") }
        guard var coded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(p)) as? [String: Any],
              let old = coded[parts[0]], old is NSNumber else {
            throw Unknown(description: "unknown parameter \(parts[0])")
        }
        coded[parts[0]] = v
        do {
            p = try JSONDecoder().decode(SimilarityParameters.self, from: JSONSerialization.data(withJSONObject: coded))
        } catch {
            throw Unknown(description: "\(parts[0]) takes a whole number: \(parts[1])")
        }
    }
}
