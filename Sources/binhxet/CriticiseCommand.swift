import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct CriticiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criticise", abstract: words(.criticiseAbstract))
    @Argument(help: help(.unitArgHelp)) var unit: String
    @Option(help: help(.criticiseTextHelp)) var text: String
    @Option(help: help(.criticiseNominationsHelp)) var nominations: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let ids = (nominations ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let u = try store.unit(matching: unit)
        _ = try store.criticise(unitID: u.id!, text: text, nominations: ids, actor: memberOptions.actor)
        writeOut(words(.criticiseRecorded, u.name, ids.isEmpty ? "" : " (\(ids.joined(separator: ", ")))") + "\n")
    }
}
