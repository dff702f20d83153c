import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetSimilarity
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: words(.checkAbstract), discussion: words(.checkDiscussion))

    @Argument(help: help(.checkFileHelp)) var file: String
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: help(.checkTitleHelp)) var title: String = ""
    @Option(help: help(.checkPositionHelp))
    var position: String?
    @Option(help: help(.checkDutiesHelp)) var duties: String?
    @Option(help: help(.checkUnitHelp)) var unit: String = ""
    @Flag(help: help(.jsonFindingsHelp)) var json = false

    func run() throws {
        // Only reads: the desk's stored fingerprint index and relevance model (issue 13).
        let store = try deskOptions.open(forWriting: false)
        let (findings, names, relevance) = try CLIError.wrap {
            let doc = try CLIError.reading(file) { try DocumentReader.read(url: URL(fileURLWithPath: file), newlines: .preserve) }
            let checker = try DeskChecker.forChecking(store: store)
            var found = try checker.check(text: doc.text, title: title).map { f -> StoredFinding in
                var s = StoredFinding(f)
                s.nominationID = file
                return s
            }
            var relevance: RelevanceAssessment?
            // Blank options name no duties: nothing to judge the initiative against.
            let position = (position ?? "").trimmingCharacters(in: .whitespaces)
            let duties = (duties ?? "").trimmingCharacters(in: .whitespaces)
            if !position.isEmpty || !duties.isEmpty {
                let profile = DutyProfile(position: position, duties: duties, unit: unit)
                // A stale model (an older version's, or one an import left unstored) is learned here, in
                // memory: minutes on a large desk, so a terminal shows how far it is.
                let learning = ProgressLine.onStandardError(words(.progressLearning), enabled: !json && StdErr.isTerminal)
                let a = try checker.relevance(ofText: doc.text, title: title, profile: profile, learning: { learning.update($0, of: $1) })
                learning.finish()
                relevance = a
                if a.offDuty {
                    found.append(StoredFinding(nominationID: file, sourceID: nil, kind: .offDuty, coverage: 0, score: a.score,
                                               evidence: a.textEvidence, dutyEvidence: a.dutyEvidence,
                                               witnesses: a.subjectWitnesses))
                }
            }
            let sources = Set(found.compactMap(\.sourceID)).sorted()
            let names = Dictionary(try store.nominations(ids: sources).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return (found, names, relevance)
        }
        if json { try printJSON(findings.map { FindingJSON($0, sources: names) }); return }
        var out = findings.contains { $0.kind != .offDuty } ? "" : words(.checkNoReuse, file) + "\n"
        out += FindingText.render(findings, names: names)
        if let relevance, !relevance.offDuty {
            out += words(.checkNotOffDuty, file, Percent.of(relevance.score)) + "\n"
        }
        writeOut(out)
    }
}
