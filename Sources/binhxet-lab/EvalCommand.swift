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

    @Option(name: .customLong("set"), help: "Override a parameter for this run, e.g. --set maxGap=10 (repeatable).")
    var overrides: [String] = []

    @Option(help: "Print how the checker reads each line of these nomination ids (comma-separated), then stop.")
    var explain: String?

    func run() throws {
        let started = Date()
        let directory = URL(fileURLWithPath: corpus)
        let corpus = try EvalCorpus(directory: directory)
        let loaded = Date()
        let data = try EvalResources(folder: resources)
        var parameters = SimilarityParameters.standard
        for o in overrides { try EvalParameterOverride.apply(o, to: &parameters) }

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

/// `--set name=value`: the parameters worth sweeping on a corpus.
enum EvalParameterOverride {
    struct Unknown: Error, CustomStringConvertible { var description: String }

    static func apply(_ assignment: String, to p: inout SimilarityParameters) throws {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let v = Double(parts[1]) else { throw Unknown(description: "expected name=number: \(assignment)") }
        switch parts[0] {
        case "maxGap": p.maxGap = Int(v)
        case "maxDeletedGap": p.maxDeletedGap = Int(v)
        case "seedSize": p.seedSize = Int(v)
        case "snapTokens": p.snapTokens = Int(v)
        case "minPassageTokens": p.minPassageTokens = Int(v)
        case "minPassageDensity": p.minPassageDensity = v
        case "minReusedTokens": p.minReusedTokens = Int(v)
        case "minAnchorTokens": p.minAnchorTokens = Int(v)
        case "minAnchorDensity": p.minAnchorDensity = v
        case "boilerplateMinDocuments": p.boilerplateMinDocuments = Int(v)
        case "shingleSize": p.shingleSize = Int(v)
        case "guaranteeThreshold": p.guaranteeThreshold = Int(v)
        case "minSharedFingerprints": p.minSharedFingerprints = Int(v)
        case "offDutyThreshold": p.offDutyThreshold = v
        case "partialCoverage": p.partialCoverage = v
        default: throw Unknown(description: "unknown parameter \(parts[0])")
        }
    }
}
