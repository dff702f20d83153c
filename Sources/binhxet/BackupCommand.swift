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
        let report = try CLIError.wrap { try DeskBackup.backup(deskAt: source, to: URL(fileURLWithPath: destination)) }
        if json {
            try printJSON(report)
        } else {
            for f in report.movedAside { writeOut(words(.backupMovedAside, f) + "\n") }
            writeOut(words(.backupDone, report.destination, words.count(report.documents, .nOriginals),
                           report.documentsCopied, report.documentsAlreadyThere) + "\n")
            writeOut(VerificationText.lines(report.verification, prefix: "verify"))
        }
        if !report.verification.isClean { throw ExitCode(1) }
    }
}
