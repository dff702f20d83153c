import ArgumentParser
import BinhXetCore

struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: "Print a one-stop slip for a dossier: receipt, supplement, refusal or apology (TT 01/2018 Mẫu 01–04).")
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "receipt, supplement, refusal or apology.") var kind: String
    @Option(help: "docx (needs -o), html or md.") var format: String = "md"
    @Option(name: [.short, .customLong("out")], help: "Write to this file instead of standard output.") var out: String?
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        guard let s = OneStopSlip(rawValue: kind) else {
            throw CLIError("unknown slip '\(kind)' (expected \(OneStopSlip.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let f = try ReportOutput.documentFormat(format)
        let store = try deskOptions.open()
        let doc = try CLIError.wrap { try store.slipDocument(s, for: id) }
        let settings = try CLIError.wrap { try store.documentSettings() }
        try ReportOutput.write(doc, as: f, fontSize: settings.fontSize, to: out)
    }
}
