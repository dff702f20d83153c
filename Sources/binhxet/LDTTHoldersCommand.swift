import ArgumentParser
import BinhXetCore

struct LDTTHoldersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldtt-holders", abstract: "Declare a unit's number of LĐTT holders in a year (the base of its CSTĐCS quota).",
        discussion: "Without a declaration the desk counts the unit's nominees that year.")
    @Argument(help: "The unit: its code, its name, or a part of its name only it contains.") var unit: String
    @Argument(help: "How many staff of the unit hold LĐTT that year.") var count: Int
    @Option(help: "The emulation year.") var year: Int
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let u = try CLIError.wrap { try store.unit(matching: unit) }
        try CLIError.wrap { _ = try store.declareLDTTHolders(unitID: u.id!, year: year, count: count, actor: memberOptions.actor) }
        writeOut("\(u.name), \(year): \(count) LĐTT holders\n")
    }
}
