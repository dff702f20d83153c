import ArgumentParser
import BinhXetCore
import Foundation

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally", abstract: "Vote tallies against the desk's threshold and denominator.")
    @Argument(help: "Only this nomination.") var id: String?
    @Option(help: "Only this emulation year.") var year: Int?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try deskOptions.open()
        let viewer = try memberOptions.actor
        let tallies = try CLIError.wrap { () -> [VoteTally] in
            if let id { return [try store.tally(of: id, viewer: viewer)] }
            return try store.tallies(year: year, viewer: viewer)
        }
        if json { try printJSON(tallies); return }
        let rules = try CLIError.wrap { try id.map { try store.rules(of: $0) } ?? year.map { try store.rules(year: $0) } ?? store.rules() }
        writeOut(TallyText.table(tallies, rules: rules))
    }
}

enum TallyText {
    static func summary(_ t: VoteTally) -> String { t.summary }

    static func table(_ tallies: [VoteTally], rules: RuleSet) -> String {
        let head = "threshold: \(rules.voteComparison == .atLeast ? "at least" : "more than") \(rules.voteThreshold) of \(rules.voteDenominator.rawValue)"
            + (rules.secretBallot ? "; secret ballot" : "") + "\n"
        if tallies.isEmpty { return head + "no ballots yet\n" }
        let rows = tallies.map { t in
            [t.nominationID, "\(t.agree)", "\(t.disagree)", "\(t.abstain)", "\(t.present)/\(t.members)", "\(t.denominator)",
             t.denominator > 0 ? Percent.oneDecimal(Double(t.agree) / Double(t.denominator)) : "—", t.passes ? "passes" : "does not pass"]
        }
        return head + PlainTable.render(header: ["ID", "Agree", "Disagree", "Abstain", "Voted", "Over", "Share", "Result"], rows: rows)
    }
}
