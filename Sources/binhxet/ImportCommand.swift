import ArgumentParser
import BinhXetCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a nomination CSV and the initiative documents it names, earlier years' outcomes, or the year's registrations.",
        discussion: "Document paths are relative to the CSV and must stay inside its folder. The file imports whole or not at all. "
            + "--outcomes reads what became of earlier years' nominations (outcome, decision_no, decision_date, "
            + "initiative_recognised, recognition_no, recognition_date, recognised_by); a nominations CSV may carry the same columns. "
            + "A registrations CSV (--registrations) has the columns nominee_id, nominee_name, unit, position, duties, initiative_title, "
            + "summary, registered_on and optionally year (Vietnamese headers too: mã cán bộ, họ và tên, đơn vị, chức vụ, nhiệm vụ, "
            + "tên sáng kiến, tóm tắt, ngày đăng ký, năm); `binhxet check-registrations` then says which topics repeat earlier "
            + "initiatives or do not fit the duties.")

    @Argument(help: "The nominations CSV file.") var csv: String?
    @Option(help: "An outcomes CSV: earlier years' outcomes and initiative recognitions (imported after the nominations CSV).")
    var outcomes: String?
    @Option(help: ArgumentHelp("A registrations CSV: what each person registered at the start of the year.", valueName: "file"))
    var registrations: String?
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print nothing but errors.") var quiet = false
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        guard csv != nil || outcomes != nil || registrations != nil else {
            throw CLIError("give a nominations CSV, --outcomes FILE or --registrations FILE")
        }
        let store = try deskOptions.open(forWriting: true, quiet: quiet || json)
        if let registrations {
            let importer = RegistrationImporter(store: store, actor: CurrentUser.name)
            let report = try CLIError.wrap { try importer.importCSV(at: URL(fileURLWithPath: registrations)) }
            if json && csv == nil && outcomes == nil { try printJSON(report); return }
            if !quiet && !json {
                writeOut("\(registrations): \(report.added) registrations added, \(report.unchanged) already in the desk, "
                         + "\(report.linked) linked to their nomination\n")
            }
        }
        if let csv { try importNominations(csv, store: store) }
        if let outcomes {
            let report = try CLIError.wrap { try OutcomeImporter(store: store).importCSV(at: URL(fileURLWithPath: outcomes)) }
            if json { try printJSON(report); return }
            if !quiet {
                writeOut("\(outcomes): \(report.outcomesAdded) outcomes and \(report.recognitionsAdded) initiative recognitions "
                         + "added, \(report.unchanged) rows already in the desk\n")
            }
        }
    }

    func importNominations(_ csv: String, store: DeskStore) throws {
        let showProgress = !quiet && !json && StdErr.isTerminal
        let importer = NominationImporter(store: store)
        let reading = ProgressLine("reading documents", enabled: showProgress) { StdErr.print($0, terminator: "") }
        let url = URL(fileURLWithPath: csv)
        let report = try CLIError.wrap { try importer.importCSV(at: url, progress: { reading.update($0, of: $1) }) }
        reading.finish()
        // A nomination that came for a registered person and year is linked to the registration.
        try CLIError.wrap { try store.linkRegistrations(actor: CurrentUser.name) }
        if report.added > 0 {
            // The relevance model learned again from the archive with the new initiatives, so checks with
            // duties and scans read it instead of learning it each time (issue 13).
            let learning = ProgressLine("learning the relevance model", enabled: showProgress) { StdErr.print($0, terminator: "") }
            try CLIError.wrap { try DeskChecker(store: store).prepareRelevanceModel(progress: { learning.update($0, of: $1) }) }
            learning.finish()
        }
        if json && outcomes == nil { try printJSON(report); return }
        if !quiet && !json {
            writeOut("\(csv): \(report.added) nominations added, \(report.unchanged) already in the desk; "
                     + "\(report.documentsStored) documents stored (\(report.documentBytes) bytes)\n")
        }
    }
}
