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
        case "snapLineShare": p.snapLineShare = v
        case "maxUnitTokens": p.maxUnitTokens = Int(v)
        case "keptLineSimilarity": p.keptLineSimilarity = v
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
        case "relevanceNamedFieldPrior": p.relevanceNamedFieldPrior = v
        case "relevanceRelatedFieldPrior": p.relevanceRelatedFieldPrior = v
        case "relevanceOtherFieldPrior": p.relevanceOtherFieldPrior = v
        case "relevanceMinFieldShare": p.relevanceMinFieldShare = v
        case "relevanceStrayShare": p.relevanceStrayShare = v
        case "relevanceNeighbours": p.relevanceNeighbours = Int(v)
        case "relevanceNeighbourWeight": p.relevanceNeighbourWeight = v
        case "relevanceNeighbourReadingFloor": p.relevanceNeighbourReadingFloor = v
        case "relevanceOwnWitnessWeight": p.relevanceOwnWitnessWeight = v
        case "relevanceTitleWeight": p.relevanceTitleWeight = v
        case "relevanceTitleBoilerplateShare": p.relevanceTitleBoilerplateShare = v
        case "relevanceTitleFloor": p.relevanceTitleFloor = v
        case "relevanceTitleTextWeight": p.relevanceTitleTextWeight = v
        case "relevanceSharpening": p.relevanceSharpening = v
        case "relevanceMinNeighbourSimilarity": p.relevanceMinNeighbourSimilarity = v
        case "partialCoverage": p.partialCoverage = v
        default: throw Unknown(description: "unknown parameter \(parts[0])")
        }
    }
}
