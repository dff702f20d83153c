import ArgumentParser
import BinhXetCore

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the council's outcome: approve, reject (with a reason) or supplement (what is missing).",
        discussion: """
            The outcome follows the council's vote: approving needs the threshold reached, rejecting needs it \
            not reached; --override REASON records an outcome against the vote (shown as a rule flag). A decided \
            nomination takes another outcome only with --revise REASON. The same outcome again records nothing. \
            Only the roles the desk's rules allow may record one.
            """)
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "approve, reject or supplement.") var outcome: String
    @Option(help: "Why it is rejected, or what is missing.") var reason: String?
    @Option(help: ArgumentHelp("Record the outcome against the council's vote, for this reason.", valueName: "reason"))
    var override: String?
    @Option(help: ArgumentHelp("Revise an outcome already recorded, for this reason.", valueName: "reason"))
    var revise: String?
    @Option(name: .customLong("year-confirm"),
            help: ArgumentHelp("Confirm deciding a nomination of an archive year by naming that year.", valueName: "year"))
    var yearConfirm: Int?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let o = DecisionOutcome(rawValue: outcome) else {
            throw CLIError("unknown outcome '\(outcome)' (expected approve, reject or supplement)")
        }
        let actor = try memberOptions.actor
        let store = try deskOptions.open(forWriting: true)
        let record = try CLIError.wrap {
            try store.decide(id, o, reason: reason, override: override, revision: revise,
                             confirmYear: yearConfirm, actor: actor)
        }
        let e = record.event
        if record.isNew {
            writeOut("\(id): \(e.kind) by \(e.actor)\n")
        } else {
            writeOut("\(id): already \(e.kind) by \(e.actor) at \(e.at); nothing recorded\n")
        }
    }
}
