import ArgumentParser
import BinhXetCore

struct RescheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reschedule", abstract: "Set a new appointment date, with the reason for the delay (the apology slip, Mẫu 04).")
    @Argument(help: "The nomination ID.") var id: String
    @Option(help: "The new appointment date.") var to: String
    @Option(help: "Why the result is late.") var reason: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let day = try DateOption.parse(to)
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap { _ = try store.reschedule(id, to: day, reason: reason, actor: memberOptions.actor) }
        writeOut("\(id): new appointment date \(day.iso)\n")
    }
}
