import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: words(.decideAbstract), discussion: words(.decideDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Argument(help: help(.decideOutcomeHelp)) var outcome: String
    @Option(help: help(.decideReasonHelp)) var reason: String?
    @Option(help: help(.decideOverrideHelp, valueName: "reason"))
    var override: String?
    @Option(help: help(.decideReviseHelp, valueName: "reason"))
    var revise: String?
    @Option(name: .customLong("year-confirm"), help: help(.decideYearConfirmHelp, valueName: "year"))
    var yearConfirm: Int?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        guard let o = DecisionOutcome(rawValue: outcome) else {
            throw unknownChoice(.nOutcome, outcome, DecisionOutcome.allCases.map(\.rawValue))
        }
        let actor = try memberOptions.actor
        let store = try deskOptions.open(forWriting: true)
        let record = try CLIError.wrap {
            try store.decide(id, o, reason: reason, override: override, revision: revise,
                             confirmYear: yearConfirm, actor: actor)
        }
        let e = record.event
        if record.isNew {
            writeOut(words(.decideRecorded, id, words.vocabulary.eventKind(e.kind), e.actor) + "\n")
            if record.withoutBallot { writeOut(words(.decideWithoutBallot) + "\n") }
        } else {
            writeOut(words(.decideAlready, id, words.vocabulary.eventKind(e.kind), e.actor, EventTime.display(e.at)) + "\n")
        }
    }
}
