import ArgumentParser
import BinhXetCore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the desk for damage and tampering; exits non-zero on any problem.",
        discussion: """
            Checks SQLite's integrity, the event log's hash chain (events changed, deleted, re-ordered, written \
            around binhxet, or dated before the event logged before them), the integrity triggers, every status \
            against the events, every initiative text against its checksum and every original document. Writes \
            nothing. The last line gives the newest event's hash: kept elsewhere (on paper, in the backup log), \
            it shows a later rewrite of the whole log.
            """)
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let url = try deskOptions.url()
        let report = try CLIError.wrap { try DeskVerifier.verify(deskAt: url) }
        if json {
            try printJSON(report)
        } else {
            writeOut(VerificationText.lines(report))
        }
        if !report.isClean { throw ExitCode(1) }
    }
}

/// A verification as text: one line per problem, notices, then the summary.
enum VerificationText {
    static func lines(_ report: VerificationReport, prefix: String = "verify") -> String {
        var out = ""
        for p in report.problems { out += "problem: \(p.line)\n" }
        for n in report.notices { out += "notice: \(n.line)\n" }
        out += "\(prefix): \(report.summary)\n"
        return out
    }
}
