import ArgumentParser
import BinhXetCore
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Bring a backup back as the desk, safely.",
        discussion: """
            The backup must verify. Refuses while a process has the desk open, or while -wal/-shm/-journal files \
            lie beside it (--force moves them aside, only when no binhxet is running). The desk it replaces is \
            kept as DESK.replaced-<time>; the restored desk is verified.
            """)
    @Argument(help: ArgumentHelp("The backup desk file.", valueName: "backup")) var backup: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Move stale -wal/-shm/-journal files beside the desk aside (kept with the replaced desk).") var force = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try deskOptions.url()
        let report = try CLIError.wrap {
            try DeskRestore.restore(backupAt: URL(fileURLWithPath: backup), to: desk, force: force)
        }
        if json {
            try printJSON(report)
        } else {
            if let kept = report.replacedDeskKeptAt { writeOut("kept the replaced desk as \(kept)\n") }
            for f in report.movedAside { writeOut("moved aside: \(f)\n") }
            writeOut("restore: \(report.desk) from \(report.backup) (\(report.documentsCopied) originals copied)\n")
            writeOut(VerificationText.lines(report.verification, prefix: "verify"))
        }
        if !report.verification.isClean { throw ExitCode(1) }
    }
}
