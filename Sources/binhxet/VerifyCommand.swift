import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: words(.verifyAbstract), discussion: words(.verifyDiscussion))
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        let url = try deskOptions.url()
        let report = try DeskVerifier.verify(deskAt: url)
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
    static func lines(_ report: VerificationReport, prefix: String = words(.verifyPrefix)) -> String {
        var out = ""
        for p in report.problems { out += words(.verifyProblem, p.line(in: words.language)) + "\n" }
        for n in report.notices { out += words(.verifyNotice, n.line(in: words.language)) + "\n" }
        let summary = words(.verifySummary, report.desk, report.events, report.nominations, report.initiatives, report.documents,
                            report.problems.isEmpty ? words(.verifyClean) : words.count(report.problems.count, .nProblems))
            + (report.lastHash.map { words(.verifyLastHash, $0) } ?? "")
        out += "\(prefix): \(summary)\n"
        return out
    }
}
