import ArgumentParser
import BinhXetCore

struct DismissCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Set a re-use finding aside with a reason (or take it back with --undo).",
        discussion: """
            A dismissed finding no longer flags the nomination or counts toward the rule checks (initiative not new, \
            one award per initiative, no re-recognition); the screens and the flags report show it as dismissed, \
            with the reason and the member. Reasons: co_authored (the law allows several authors), cited_source, \
            template_text, false_match.
            """)
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "The source nomination the finding names.") var source: String
    @Option(help: "co_authored, cited_source, template_text or false_match.") var reason: String?
    @Option(help: "Free text that goes with the reason.") var note: String?
    @Flag(help: "Take a dismissal back: the finding counts again.") var undo = false
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let actor = try memberOptions.actor
        var why: DismissalReason?
        if !undo {
            guard let code = reason else { throw CLIError("give --reason (\(DismissalReason.allCases.map(\.rawValue).joined(separator: ", ")))") }
            guard let r = DismissalReason(code: code) else { throw CLIError(DismissalError.unknownReason(code).description) }
            why = r
        }
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap {
            try store.dismissFinding(id, source: source, reason: why, note: note, restore: undo, actor: actor)
        }
        writeOut(undo ? "\(id): the finding against \(source) counts again\n"
                      : "\(id): the finding against \(source) is dismissed (\(why!.rawValue))\n")
    }
}
