import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally", abstract: words(.tallyAbstract))
    @Argument(help: help(.tallyIDHelp)) var id: String?
    @Option(help: help(.tallyYearHelp)) var year: Int?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions
    @Flag(help: help(.jsonHelp)) var json = false

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
    /// "4 agree, 2 disagree, 1 abstain; 4/7 all members = 57.1% (needs at least 70%): does not pass", in
    /// the reader's language.
    static func summary(_ t: VoteTally) -> String { t.summary(in: words.language) }

    /// "66.7%" in English, "66,7%" (decimal comma) in Vietnamese: the core's `Percent`.
    static func share(_ x: Double) -> String { Percent.oneDecimal(x, in: words.language) }

    static func table(_ tallies: [VoteTally], rules: RuleSet) -> String {
        let head = words(.tallyThreshold, words(rules.voteComparison == .atLeast ? .tallyAtLeast : .tallyMoreThan), Percent.share(rules.voteThreshold, in: words.language),
                         words.vocabulary.denominator(rules.voteDenominator))
            + (rules.secretBallot ? words(.tallySecret) : "") + "\n"
        if tallies.isEmpty { return head + words(.tallyNone) + "\n" }
        let rows = tallies.map { t in
            [t.nominationID, "\(t.agree)", "\(t.disagree)", "\(t.abstain)", "\(t.present)/\(t.members)", "\(t.denominator)",
             t.denominator > 0 ? share(Double(t.agree) / Double(t.denominator)) : "—", words(t.passes ? .tallyPasses : .tallyFails)]
        }
        return head + PlainTable.render(header: [words(.hID), words(.hAgree), words(.hDisagree), words(.hAbstain), words(.hVoted),
                                                 words(.hOver), words(.hShare), words(.hResult)], rows: rows)
    }
}
