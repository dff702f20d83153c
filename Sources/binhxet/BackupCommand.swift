import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: words(.backupAbstract), discussion: words(.backupDiscussion))
    @Argument(help: help(.backupDestHelp, valueName: "dest")) var destination: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        let source = try deskOptions.url()
        // A progress line per phase on a terminal (never from cron, whose standard error is not one).
        let progress = BackupProgress(enabled: StdErr.isTerminal)
        let report = try CLIError.wrap {
            try DeskBackup.backup(deskAt: source, to: URL(fileURLWithPath: destination), progress: { progress.update($0, $1, $2) })
        }
        progress.finish()
        if json {
            try printJSON(report)
        } else {
            for f in report.movedAside { writeOut(words(.backupMovedAside, f) + "\n") }
            writeOut(words(.backupDone, report.destination, words.count(report.documents, .nOriginals),
                           report.documentsCopied, report.documentsAlreadyThere) + "\n")
            writeOut(VerificationText.lines(report.verification))
        }
        if !report.verification.isClean { throw ExitCode(1) }
    }
}

/// One progress line per phase of a backup, each timed from its own start (its rate and time left are
/// its own). Called from the backup's thread only.
private final class BackupProgress: @unchecked Sendable {
    private let enabled: Bool
    private var phase: DeskBackup.Phase?
    private var line: ProgressLine?
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ phase: DeskBackup.Phase, _ done: Int, _ total: Int) {
        if phase != self.phase {
            line?.finish()
            self.phase = phase
            let label = words(phase == .copyingOriginals ? .progressCopying : .progressVerifying)
            line = ProgressLine.onStandardError(label, enabled: enabled)
        }
        line?.update(done, of: total)
    }

    func finish() { line?.finish() }
}
