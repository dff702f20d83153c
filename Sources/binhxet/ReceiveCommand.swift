import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// Records what the one-stop desk took in for a dossier: the time, the papers, who handed them in.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: words(.receiveAbstract), discussion: words(.receiveDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Option(help: help(.receiveTimeHelp, valueName: "hh:mm")) var time: String
    @Option(help: help(.receivePaperHelp)) var paper: [String] = []
    @Option(help: help(.receiveSubmitterHelp)) var submitter: String?
    @OptionGroup var memberOptions: MemberOptions
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        let actor = try memberOptions.actor
        try store.recordReception(Reception(time: time, papers: paper, submitter: submitter), for: id, actor: actor)
        writeOut(words(.receiveRecorded, id, time, words.count(paper.count, .nPapers)) + "\n")
    }
}
