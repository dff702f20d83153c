import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct AdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance", abstract: words(.advanceAbstract), discussion: words(.advanceDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Argument(help: help(.advanceStepHelp)) var step: String
    @Option(help: help(.advanceOnHelp)) var on: String?
    @Option(help: help(.advanceReasonHelp)) var reason: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let s = OneStopStep(rawValue: step) else {
            throw unknownChoice(.nStep, step, OneStopStep.allCases.map(\.rawValue))
        }
        let day = try on.map(DateOption.parse)
        let store = try deskOptions.open(forWriting: true)
        let d = try CLIError.wrap { () -> Dossier in
            try store.advance(id, s, on: day, reason: reason, actor: memberOptions.actor)
            return try store.dossier(of: id)
        }
        writeOut(words(.advanceDone, id, d.code, words.vocabulary.status(d.status),
                       d.dueOn.map { words(.advanceDue, CLIWords.day($0)) } ?? "") + "\n")
    }
}
