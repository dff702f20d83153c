import ArgumentParser
import BinhXetCore

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "Print the decoded text of a nomination's initiative exactly as stored.")
    @Argument(help: "The nomination ID.") var id: String
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        guard try CLIError.wrap({ try store.hasNomination(id) }) else {
            throw CLIError("no nomination with ID \(id) in \(store.url.path)")
        }
        guard let text = try CLIError.wrap({ try store.initiativeText(of: id) }) else {
            throw CLIError("nomination \(id) has no initiative (an LĐTT nomination carries none)")
        }
        writeOut(text)
    }
}
