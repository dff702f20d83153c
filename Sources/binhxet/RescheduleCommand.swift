import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct RescheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reschedule", abstract: words(.rescheduleAbstract))
    @Argument(help: help(.idHelp)) var id: String
    @Option(help: help(.rescheduleToHelp)) var to: String
    @Option(help: help(.rescheduleReasonHelp)) var reason: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let day = try DateOption.parse(to)
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap { _ = try store.reschedule(id, to: day, reason: reason, actor: memberOptions.actor) }
        writeOut(words(.rescheduled, id, day.vietnamese) + "\n")
    }
}
