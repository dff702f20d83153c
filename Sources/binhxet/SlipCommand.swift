import ArgumentParser
import BinhXetCore

struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: "Print a one-stop slip for a dossier: receipt, supplement, refusal or apology (TT 01/2018 Mẫu 01–04).")
    @Argument(help: "The nomination ID.") var id: String
    @Argument(help: "receipt, supplement, refusal or apology.") var kind: String
    @Option(help: "md or html.") var format: String = "md"
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        guard let s = OneStopSlip(rawValue: kind) else {
            throw CLIError("unknown slip '\(kind)' (expected \(OneStopSlip.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let f = try ReportOutput.format(format, allowed: [.md, .html])
        let store = try deskOptions.open()
        let doc = try CLIError.wrap { try store.slip(s, for: id) }
        try ReportOutput.write(f.render(doc), to: out)
    }
}
