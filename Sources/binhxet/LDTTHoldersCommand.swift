import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct LDTTHoldersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldtt-holders", abstract: words(.ldttAbstract), discussion: words(.ldttDiscussion))
    @Argument(help: help(.unitArgHelp)) var unit: String
    @Argument(help: help(.ldttCountHelp)) var count: Int
    @Option(help: help(.ldttYearHelp)) var year: Int
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let u = try store.unit(matching: unit)
        try CLIError.wrap { _ = try store.declareLDTTHolders(unitID: u.id!, year: year, count: count, actor: memberOptions.actor) }
        writeOut(words(.ldttDeclared, u.name, year, count) + "\n")
    }
}
