import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct DismissCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: words(.dismissAbstract), discussion: words(.dismissDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Argument(help: help(.dismissSourceHelp)) var source: String
    @Option(help: help(.dismissReasonHelp)) var reason: String?
    @Option(help: help(.dismissNoteHelp)) var note: String?
    @Flag(help: help(.dismissUndoHelp)) var undo = false
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let actor = try memberOptions.actor
        var why: DismissalReason?
        if !undo {
            guard let code = reason else { throw CLIError(words(.dismissGiveReason, DismissalReason.allCases.map(\.rawValue).joined(separator: ", "))) }
            guard let r = DismissalReason(code: code) else { throw CLIError(DismissalError.unknownReason(code)) }
            why = r
        }
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap {
            try store.dismissFinding(id, source: source, reason: why, note: note, restore: undo, actor: actor)
        }
        writeOut((undo ? words(.dismissRestored, id, source) : words(.dismissDone, id, source, why!.rawValue)) + "\n")
    }
}
