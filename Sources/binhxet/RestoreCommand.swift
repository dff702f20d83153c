import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: words(.restoreAbstract), discussion: words(.restoreDiscussion))
    @Argument(help: help(.restoreBackupHelp, valueName: "backup")) var backup: String
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.restoreForceHelp)) var force = false
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        let desk = try deskOptions.url()
        let report = try CLIError.wrap {
            try DeskRestore.restore(backupAt: URL(fileURLWithPath: backup), to: desk, force: force)
        }
        if json {
            try printJSON(report)
        } else {
            if let kept = report.replacedDeskKeptAt { writeOut(words(.restoreKept, kept) + "\n") }
            for f in report.movedAside { writeOut(words(.backupMovedAside, f) + "\n") }
            writeOut(words(.restoreDone, report.desk, report.backup, report.documentsCopied) + "\n")
            writeOut(VerificationText.lines(report.verification))
        }
        if !report.verification.isClean { throw ExitCode(1) }
    }
}
