import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: words(.textAbstract))
    @Argument(help: help(.idHelp)) var id: String
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        guard try CLIError.wrap({ try store.hasNomination(id) }) else {
            throw CLIError(words(.noNomination, id, store.url.path))
        }
        guard let text = try CLIError.wrap({ try store.initiativeText(of: id) }) else {
            throw CLIError(words(.textNoInitiative, id))
        }
        writeOut(text)
    }
}
