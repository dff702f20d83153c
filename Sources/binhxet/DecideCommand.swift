import ArgumentParser
import BinhXetCore

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the council's outcome: approve, reject (with a reason) or supplement (what is missing).",
        discussion: "An outcome is never edited: a new one revises it. Only the roles the desk's rules allow may record one.")
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "approve, reject or supplement.") var outcome: String
    @Option(help: "Why it is rejected, or what is missing.") var reason: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let o = DecisionOutcome(rawValue: outcome) else {
            throw CLIError("unknown outcome '\(outcome)' (expected approve, reject or supplement)")
        }
        let store = try deskOptions.open(forWriting: true)
        let event = try CLIError.wrap {
            // What this terminal saw: a decision recorded meanwhile elsewhere is reported, not overwritten.
            let seen = try store.lastEventID(of: id)
            return try store.decide(id, o, reason: reason, actor: memberOptions.actor, seenEventID: seen)
        }
        writeOut("\(id): \(event.kind) by \(event.actor)\n")
    }
}
