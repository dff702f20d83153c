import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: words(.importAbstract), discussion: words(.importDiscussion))

    @Argument(help: help(.importCSVHelp)) var csv: String?
    @Option(help: help(.importOutcomesHelp))
    var outcomes: String?
    @Option(help: help(.importRegistrationsHelp, valueName: "file"))
    var registrations: String?
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.importQuietHelp)) var quiet = false
    @Flag(help: help(.importJSONHelp)) var json = false

    func run() throws {
        guard csv != nil || outcomes != nil || registrations != nil else {
            throw CLIError(words(.importNothing))
        }
        let store = try deskOptions.open(forWriting: true, quiet: quiet || json)
        if let registrations {
            let importer = RegistrationImporter(store: store, actor: CurrentUser.name)
            let report = try importer.importCSV(at: URL(fileURLWithPath: registrations))
            if json && csv == nil && outcomes == nil { try printJSON(report); return }
            if !quiet && !json {
                writeOut(words(.importRegistrations, registrations, report.added, report.unchanged, report.linked) + "\n")
            }
        }
        if let csv { try importNominations(csv, store: store) }
        if let outcomes {
            let report = try OutcomeImporter(store: store).importCSV(at: URL(fileURLWithPath: outcomes))
            if json { try printJSON(report); return }
            if !quiet {
                writeOut(words(.importOutcomes, outcomes, report.outcomesAdded, report.recognitionsAdded, report.unchanged) + "\n")
            }
        }
    }

    func importNominations(_ csv: String, store: DeskStore) throws {
        let showProgress = !quiet && !json && StdErr.isTerminal
        let importer = NominationImporter(store: store)
        let reading = ProgressLine(words(.progressReading), enabled: showProgress) { StdErr.print($0, terminator: "") }
        let url = URL(fileURLWithPath: csv)
        let report = try CLIError.wrap { try importer.importCSV(at: url, progress: { reading.update($0, of: $1) }) }
        reading.finish()
        // A nomination that came for a registered person and year is linked to the registration.
        try store.linkRegistrations(actor: CurrentUser.name)
        if report.added > 0 {
            // The relevance model learned again from the archive with the new initiatives, so checks with
            // duties and scans read it instead of learning it each time (issue 13).
            let learning = ProgressLine(words(.progressLearning), enabled: showProgress) { StdErr.print($0, terminator: "") }
            try CLIError.wrap { try DeskChecker(store: store).prepareRelevanceModel(progress: { learning.update($0, of: $1) }) }
            learning.finish()
        }
        if json && outcomes == nil { try printJSON(report); return }
        if !quiet && !json {
            writeOut(words(.importNominations, csv, report.added, report.unchanged, report.documentsStored, Vocabulary(CLI.language).grouped(report.documentBytes)) + "\n")
        }
    }
}
