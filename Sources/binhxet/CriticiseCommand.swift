import ArgumentParser
import BinhXetCore

struct CriticiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criticise", abstract: "Record a criticism (phê bình) of a unit's leadership.")
    @Argument(help: "The unit: its code, its name, or a part of its name only it contains.") var unit: String
    @Option(help: "The criticism, as it will be printed.") var text: String
    @Option(help: "Comma-separated IDs of the nominations that prompted it.") var nominations: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let ids = (nominations ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let u = try CLIError.wrap { try store.unit(matching: unit) }
        _ = try CLIError.wrap { try store.criticise(unitID: u.id!, text: text, nominations: ids, actor: memberOptions.actor) }
        writeOut("criticism of \(u.name) recorded\(ids.isEmpty ? "" : " (\(ids.joined(separator: ", ")))")\n")
    }
}
