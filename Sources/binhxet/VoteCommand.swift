import ArgumentParser
import BinhXetCore

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote", abstract: "Cast your ballot on a nomination: agree, disagree or abstain.",
        discussion: "Your latest ballot counts; in a secret ballot other members see only the tally.")
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "agree, disagree or abstain.") var choice: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let c = VoteChoice(rawValue: choice) else {
            throw CLIError("unknown vote '\(choice)' (expected agree, disagree or abstain)")
        }
        let store = try deskOptions.open(forWriting: true)
        let actor = try memberOptions.actor
        let tally = try CLIError.wrap { () -> VoteTally in
            try store.vote(id, c, member: actor)
            return try store.tally(of: id, viewer: actor)
        }
        writeOut("\(id): \(actor) votes \(c.rawValue); \(TallyText.summary(tally))\n")
    }
}
