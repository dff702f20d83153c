import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct RecogniseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognise",
        abstract: words(.recogniseAbstract), discussion: words(.recogniseDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Option(help: help(.recogniseByHelp)) var by: String
    @Option(help: help(.recogniseNumberHelp)) var number: String
    @Option(help: help(.recogniseDateHelp)) var date: String
    @Option(help: help(.recogniseScopeHelp))
    var scope: String = "co_so"
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let actor = try memberOptions.actor
        let store = try deskOptions.open(forWriting: true)
        let isNew = try CLIError.wrap {
            try store.recognise(id, number: number, date: date, by: by, scope: scope, actor: actor)
        }
        writeOut((isNew ? words(.recognised, id, number) : words(.recognisedAlready, id, number)) + "\n")
    }
}
