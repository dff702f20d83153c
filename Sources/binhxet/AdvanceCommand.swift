import ArgumentParser
import BinhXetCore

struct AdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a dossier along the one-stop flow: appraising, at_council, supplemented, returned or refused.",
        discussion: """
            appraising: the office starts appraisal; at_council: it goes before the council; supplemented: the \
            unit handed in what was missing (the clock runs again from --on); returned: the result was handed \
            back; refused: the desk refuses to process it (needs --reason; the refusal slip, Mẫu 03).
            """)
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "appraising, at_council, supplemented, returned or refused.") var step: String
    @Option(help: "The date of the step (yyyy-mm-dd or dd/mm/yyyy; default: the desk's as-of date, else today).") var on: String?
    @Option(help: "The reason (required for refused).") var reason: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let s = OneStopStep(rawValue: step) else {
            throw CLIError("unknown step '\(step)' (expected \(OneStopStep.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let day = try on.map(DateOption.parse)
        let store = try deskOptions.open(forWriting: true)
        let d = try CLIError.wrap { () -> Dossier in
            try store.advance(id, s, on: day, reason: reason, actor: memberOptions.actor)
            return try store.dossier(of: id)
        }
        writeOut("\(id) [\(d.code)]: \(d.status.rawValue)\(d.dueOn.map { "; due \($0)" } ?? "")\n")
    }
}
