import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: words(.slipAbstract))
    @Argument(help: help(.idHelp)) var id: String
    @Argument(help: help(.slipKindHelp)) var kind: String
    @Option(help: help(.slipFormatHelp)) var format: String = "md"
    @Option(name: [.short, .customLong("out")], help: help(.outHelp)) var out: String?
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        guard let s = OneStopSlip(rawValue: kind) else {
            throw unknownChoice(.nSlip, kind, OneStopSlip.allCases.map(\.rawValue))
        }
        let f = try ReportOutput.documentFormat(format)
        let store = try deskOptions.open()
        let doc = try store.slipDocument(s, for: id)
        let settings = try store.documentSettings()
        try ReportOutput.write(doc, as: f, fontSize: settings.fontSize, to: out)
    }
}
