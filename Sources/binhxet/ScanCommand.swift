import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: words(.scanAbstract), discussion: words(.scanDiscussion))

    @OptionGroup var deskOptions: DeskOptions
    @Option(help: help(.scanYearHelp)) var year: Int?
    @Flag(help: help(.scanAllHelp)) var all = false
    @Flag(help: help(.scanRecheckHelp)) var recheck = false
    @Flag(help: help(.jsonFindingsHelp)) var json = false
    @Flag(help: help(.quietHelp)) var quiet = false

    func run() throws {
        let store = try deskOptions.open(forWriting: true, quiet: quiet || json)
        let (report, findings, names) = try CLIError.wrap {
            let rows = try store.nominations()
            let names = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let scanYear = all ? nil : (year ?? rows.map(\.year).max())
            // Nothing changed since the last scan: its findings, without loading the index.
            if !recheck, let kept = try DeskChecker.keptScan(store: store, year: scanYear) {
                return (kept.0, kept.1, names)
            }
            let checker = try DeskChecker(store: store)
            let ids = checker.nominationIDs(year: scanYear)
            let showProgress = !quiet && !json && StdErr.isTerminal
            let line = ProgressLine.onStandardError(words(.progressChecking), enabled: showProgress)
            let learning = ProgressLine.onStandardError(words(.progressLearning), enabled: showProgress)
            // The model is learned (when stale) before any target is checked: its line ends at the first check.
            let (report, findings) = try checker.scan(ids, recheckAll: recheck, progress: { learning.finish(); line.update($0, of: $1) },
                                                      learning: { learning.update($0, of: $1) })
            learning.finish()
            line.finish()
            return (report, findings, names)
        }
        if json {
            try printJSON(findings.map { FindingJSON($0, sources: names) })
        } else if !quiet {
            writeOut(FindingText.render(findings, names: names))
            writeOut(words(.scanSummary, report.checked, report.flagged, report.reuseFindings, report.offDutyFindings) + "\n")
            // Only when something was kept: after a first scan "kiểm tra lại 225; giữ 0 … từ lần trước" spoke
            // of a check that never was.
            if report.kept > 0 { writeOut(words(.scanKept, report.checked - report.kept, report.kept) + "\n") }
            if all {
                // Earlier awards whose initiative copied an even earlier one: for review, never changed here.
                let candidates = try store.revocationCandidates()
                writeOut("\n" + words(.scanRevocations, words.count(candidates.count, .nEarlierAwards)) + "\n")
                for c in candidates { writeOut("  \(c.vietnamese)\n") }
            }
        }
    }
}
