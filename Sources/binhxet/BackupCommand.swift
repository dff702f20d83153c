import ArgumentParser
import BinhXetCore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the desk and its originals to DEST while members keep working, then verify the copy.",
        discussion: """
            DEST is a desk file; its originals go to the documents folder beside it, and those already there are \
            not copied again. Nightly, from cron: 0 22 * * * binhxet backup /srv/backup/binhxet-$(date +\\%a).desk \
            --desk /srv/binhxet/council.desk
            """)
    @Argument(help: ArgumentHelp("The backup desk file to write.", valueName: "dest")) var destination: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false

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
            for f in report.movedAside { writeOut("moved aside: \(f)\n") }
            writeOut("backup: \(report.destination): \(report.documents) originals (\(report.documentsCopied) copied, "
                     + "\(report.documentsAlreadyThere) already there)\n")
            writeOut(VerificationText.lines(report.verification, prefix: "verify"))
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
            let label = phase == .copyingOriginals ? "copying originals" : "verifying the copy"
            line = ProgressLine(label, enabled: enabled) { StdErr.print($0, terminator: "") }
        }
        line?.update(done, of: total)
    }

    func finish() { line?.finish() }
}
