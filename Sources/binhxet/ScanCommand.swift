import ArgumentParser
import BinhXetCore
import Foundation

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Check a year's initiatives against every earlier one and store the findings.",
        discussion: "Each initiative is compared with all initiatives received before it: earlier years and earlier in the same year.")

    @OptionGroup var deskOptions: DeskOptions
    @Option(help: "The year to scan (default: the latest year in the desk).") var year: Int?
    @Flag(help: "Scan every year.") var all = false
    @Flag(help: "Print JSON: one object per finding.") var json = false
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let store = try deskOptions.open(forWriting: true, quiet: quiet || json)
        let (report, findings, names) = try CLIError.wrap {
            let checker = try DeskChecker(store: store)
            let rows = try store.nominations()
            let scanYear = all ? nil : (year ?? rows.map(\.year).max())
            let ids = checker.nominationIDs(year: scanYear)
            let line = ProgressLine("checking", enabled: !quiet && !json && StdErr.isTerminal) { StdErr.print($0, terminator: "") }
            let (report, findings) = try checker.scan(ids, progress: { line.update($0, of: $1) })
            line.finish()
            return (report, findings, Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        }
        if json {
            try printJSON(findings.map { FindingJSON($0, sources: names) })
        } else if !quiet {
            writeOut(FindingText.render(findings, names: names))
            writeOut("checked \(report.checked) initiatives: \(report.flagged) flagged, \(report.reuseFindings) re-use findings, \(report.offDutyFindings) off-duty\n")
            if all {
                // Earlier awards whose initiative copied an even earlier one: for review, never changed here.
                let candidates = try CLIError.wrap { try store.revocationCandidates() }
                writeOut("\nrevocation candidates: \(candidates.count) earlier award\(candidates.count == 1 ? "" : "s") re-used an earlier "
                         + "initiative (for the council's review; their recorded outcomes are unchanged)\n")
                for c in candidates { writeOut("  \(c.vietnamese)\n") }
            }
        }
    }
}
