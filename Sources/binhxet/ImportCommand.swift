import ArgumentParser
import BinhXetCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a nomination CSV and the initiative documents it names.",
        discussion: "Document paths are relative to the CSV and must stay inside its folder. The file imports whole or not at all.")

    @Argument(help: "The nominations CSV file.") var csv: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print nothing but errors.") var quiet = false
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let showProgress = !quiet && !json && StdErr.isTerminal
        let importer = NominationImporter(store: store)
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? ImportCommand.showProgress : nil
        let url = URL(fileURLWithPath: csv)
        let report = try CLIError.wrap { try importer.importCSV(at: url, progress: progress) }
        if showProgress { StdErr.print("") }
        if json { try printJSON(report); return }
        if !quiet {
            writeOut("\(csv): \(report.added) nominations added, \(report.unchanged) already in the desk; "
                     + "\(report.documentsStored) documents stored (\(report.documentBytes) bytes)\n")
        }
    }

    @Sendable static func showProgress(done: Int, all: Int) {
        if done == all || done % 10 == 0 { StdErr.print("\rreading documents \(done)/\(all)", terminator: "") }
    }
}
