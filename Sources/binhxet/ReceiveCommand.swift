import ArgumentParser
import BinhXetCore

/// Records what the one-stop desk took in for a dossier: the time, the papers, who handed them in.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record a dossier's reception for its receipt (Mẫu 01): the time and the papers actually received.",
        discussion: "binhxet receive N2018-0001 --time 09:15 --paper \"Tờ trình đề nghị (bản chính)\" --paper \"Báo cáo thành tích (01 bản)\" --submitter \"Nguyễn Văn A, 0912…\"")
    @Argument(help: "The nomination ID.") var id: String
    @Option(help: ArgumentHelp("Hour and minute of reception on the received date: 09:15.", valueName: "hh:mm")) var time: String
    @Option(help: "A paper received, with copies if any (repeat for each).") var paper: [String] = []
    @Option(help: "Who handed it in: name, address, phone.") var submitter: String?
    @OptionGroup var memberOptions: MemberOptions
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open()
        let actor = try memberOptions.actor
        try CLIError.wrap { try store.recordReception(Reception(time: time, papers: paper, submitter: submitter), for: id, actor: actor) }
        writeOut("\(id): reception at \(time) recorded, \(paper.count) paper\(paper.count == 1 ? "" : "s")\n")
    }
}
