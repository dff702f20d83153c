import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote", abstract: words(.voteAbstract), discussion: words(.voteDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Argument(help: help(.voteChoiceHelp)) var choice: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let c = VoteChoice(rawValue: choice) else {
            throw unknownChoice(.nVote, choice, VoteChoice.allCases.map(\.rawValue))
        }
        let store = try deskOptions.open(forWriting: true)
        let actor = try memberOptions.actor
        let tally = try CLIError.wrap { () -> VoteTally in
            try store.vote(id, c, member: actor)
            return try store.tally(of: id, viewer: actor)
        }
        writeOut(words(.voteCast, id, actor, words.vocabulary.voteChoice(c), TallyText.summary(tally)) + "\n")
    }
}
