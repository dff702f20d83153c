import ArgumentParser
import BinhXetCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new, empty desk.")
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let url = try deskOptions.url()
        _ = try CLIError.wrap { try DeskStore.create(at: url) }
        writeOut("created desk \(url.path)\n")
    }
}
