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
        let progress = ImportProgress(enabled: showProgress)
        let url = URL(fileURLWithPath: csv)
        let report = try CLIError.wrap { try importer.importCSV(at: url, progress: progress.update) }
        progress.finish()
        // A nomination that came for a registered person and year is linked to the registration.
        try store.linkRegistrations(actor: CurrentUser.name)
        do {
            // The relevance model learned again from the archive with the new initiatives, so checks with
            // duties and scans read it instead of learning it each time (issue 13). With nothing new it
            // is only checked: a model kept in the form before the model file is then written again in
            // the form checks read in place.
            let learning = ProgressLine.onStandardError(words(.progressLearning), enabled: showProgress)
            try CLIError.wrap { try DeskChecker.prepareRelevanceModel(store: store, progress: { learning.update($0, of: $1) }) }
            learning.finish()
        }
        if json && outcomes == nil { try printJSON(report); return }
        if !quiet && !json {
            writeOut(words(.importNominations, csv, report.added, report.unchanged, report.documentsStored, Vocabulary(CLI.language).grouped(report.documentBytes)) + "\n")
        }
    }
}

/// The import's two progress lines: checking that every report is there (the first pass), then reading and
/// storing them (the second), each with its own count and rate.
final class ImportProgress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var stage: NominationImporter.Stage?
    private var line: ProgressLine?

    init(enabled: Bool) { self.enabled = enabled }

    @Sendable func update(_ stage: NominationImporter.Stage, _ done: Int, _ total: Int) {
        lock.lock()
        if stage != self.stage {
            line?.finish()
            let label = words(stage == .checkingFiles ? .progressFindingReports : .progressReading)
            line = ProgressLine.onStandardError(label, enabled: enabled)
            self.stage = stage
        }
        let current = line
        lock.unlock()
        current?.update(done, of: total)
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        line?.finish()
    }
}
