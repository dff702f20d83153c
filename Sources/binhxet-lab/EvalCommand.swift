import ArgumentParser
import BinhXetSimilarity
import Foundation

/// `binhxet-lab eval <corpus>`: scans every document of an evaluation corpus against the documents
/// received before it and scores the findings against truth.json.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the similarity checker on an evaluation corpus (nominations.csv + truth.json)."
    )

    @Argument(help: "Corpus folder (with nominations.csv, truth.json, documents/).")
    var corpus: String

    @Option(help: "Folder with template-phrases.txt and domain-lexicon.txt (default: the repository's Resources/similarity).")
    var resources: String?

    @Option(help: "Write every finding as JSON lines to this file.")
    var findings: String?

    @Flag(help: "List missed and unexpected pairs.")
    var verbose = false

    @Option(help: "Print how the checker reads each line of these nomination ids (comma-separated), then stop.")
    var explain: String?

    func run() throws {
        let started = Date()
        let directory = URL(fileURLWithPath: corpus)
        let corpus = try EvalCorpus(directory: directory)
        let loaded = Date()
        let data = try EvalResources(folder: resources)
        let parameters = SimilarityParameters.standard

        // Index the whole archive, then scan each document against those received before it.
        let documents = corpus.nominations.filter { corpus.texts[$0.id] != nil }
        var archive = SimilarityArchive(parameters: parameters, templates: data.templates, capacity: documents.count)
        for n in documents { archive.add(n.documentInfo, text: corpus.texts[n.id]!) }
        let indexed = Date()
        if let explain {
            for id in explain.split(separator: ",").map(String.init) {
                guard let n = documents.first(where: { $0.id == id }) else { continue }
                Swift.print(id, archive.lineRoles(of: corpus.texts[id]!, as: n.documentInfo))
                let text = corpus.texts[id]!
                let stream = TokenStream(text: text)
                let sh = Shingles(stream, size: parameters.shingleSize)
                let scalars = Array(text.unicodeScalars)
                for line in 0..<min(stream.lineCount, 30) {
                    let r = stream.tokenRange(ofLine: line)
                    let dfs = r.map { sh.hashes[$0] == 0 ? "-" : String(archive.documentFrequency(sh.hashes[$0])) }
                    Swift.print(line, String(String.UnicodeScalarView(scalars[stream.lineStarts[line]..<stream.lineEnds[line]])).prefix(40), dfs.joined(separator: " "))
                }
            }
            return
        }
        var all: [Finding] = []
        for n in documents {
            all += archive.check(text: corpus.texts[n.id]!, as: n.documentInfo) { corpus.texts[$0.id] }
        }
        let scanned = Date()
        let relevance = EvalRelevance.run(corpus: corpus, documents: documents, archive: archive, lexicon: data.lexicon,
                                          parameters: parameters)
        let finished = Date()

        if let path = findings { try EvalReport.writeFindings(all, relevance: relevance.findings, to: path) }
        let report = EvalReport(corpus: corpus, documents: documents, findings: all, relevance: relevance)
        report.print(verbose: verbose)
        Swift.print(String(format: "time: load %.1fs, index %.2fs (%d docs), scan %.2fs, relevance %.2fs",
                           loaded.timeIntervalSince(started), indexed.timeIntervalSince(loaded), archive.count,
                           scanned.timeIntervalSince(indexed), finished.timeIntervalSince(scanned)))
    }
}

/// The data files the checker reads, from `Resources/similarity`.
struct EvalResources {
    var templates: TemplatePhrases
    var lexicon: DomainLexicon

    init(folder: String?) throws {
        let base: URL
        if let folder { base = URL(fileURLWithPath: folder) } else {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Resources/similarity")
            let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Resources/similarity")
            base = FileManager.default.fileExists(atPath: cwd.path) ? cwd : repo
        }
        templates = TemplatePhrases(text: try String(contentsOf: base.appendingPathComponent("template-phrases.txt"), encoding: .utf8))
        lexicon = DomainLexicon(text: try String(contentsOf: base.appendingPathComponent("domain-lexicon.txt"), encoding: .utf8))
    }
}
