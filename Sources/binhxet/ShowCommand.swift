import ArgumentParser
import BinhXetCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a nomination: nominee, unit, initiative, status and history.")
    @Argument(help: "The nomination ID.") var id: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try deskOptions.open()
        guard let detail = try CLIError.wrap({ try store.detail(of: id) }) else {
            throw CLIError("no nomination with ID \(id) in \(store.url.path)")
        }
        if json { try printJSON(detail) } else { writeOut(DetailText.render(detail)) }
    }
}
