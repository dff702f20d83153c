import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetText
import Foundation

@main
struct BinhXet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "binhxet",
        abstract: words(.rootAbstract),
        discussion: words(.rootDiscussion),
        subcommands: [InitCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, TextCommand.self,
                      ScanCommand.self, CheckCommand.self, CompareCommand.self,
                      MemberCommand.self, VoteCommand.self, DecideCommand.self, CriticiseCommand.self, TallyCommand.self,
                      RulesCommand.self, EligibilityCommand.self, LDTTHoldersCommand.self, AdvanceCommand.self,
                      RescheduleCommand.self, OverdueCommand.self, ReportCommand.self, SlipCommand.self, YearCommand.self,
                      RecogniseCommand.self, CheckRegistrationsCommand.self, DismissCommand.self,
                      SettingsCommand.self, MeetingCommand.self, ReceiveCommand.self,
                      VerifyCommand.self, BackupCommand.self, RestoreCommand.self,
                      PreferencesCommand.self])

    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var reviewOptions: ReviewOptions

    func run() throws {
        try ReviewDesk.open(deskOptions: deskOptions, options: reviewOptions)
    }

    /// Whether swift-argument-parser threw it (help requested, an exit code, a validation): its types are
    /// partly internal, so they are recognised by module.
    static func isParserError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    /// Every error ends as one line on standard error and a non-zero exit, never a stack trace. The
    /// language is resolved first (`CLI.start`): the commands' help is written in it.
    static func main() {
        if let problem = CLI.start.problem {
            StdErr.print("binhxet: \(problem.description)")
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot(CLI.start.arguments)
            do {
                try command.run()
            } catch let error where !(error is CLIError) && !Self.isParserError(error) {
                // Any other error a command lets through (the desk's, the importer's) is worded here, the
                // one place errors become lines, as `CLIError.wrap` words them. The parser's own (help,
                // exit codes, validation) go on to it: `--help` is run as a command that throws one.
                throw CLIError(error)
            }
        } catch let e as CLIError {
            StdErr.print("binhxet: \(ControlPictures.visible(e.description, keeping: .lines))")
            Foundation.exit(e.exitCode)
        } catch {
            // The parser's own messages (a missing argument, an unknown option) are English; Vietnamese
            // output replaces their fixed phrases. Help and clean exits go through unchanged.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if CLI.language == .vi, code != .success, !message.isEmpty {
                StdErr.print(ParserWords.vietnamese(message))
                Foundation.exit(code.rawValue)
            }
            // Help pages get Vietnamese headings; other clean exits (completion scripts) go through as they are.
            if CLI.language == .vi, code == .success, message.hasPrefix("OVERVIEW:") || message.hasPrefix("USAGE:") {
                print(ParserWords.vietnameseHelp(message))
                Foundation.exit(0)
            }
            exit(withError: error)
        }
    }
}

/// swift-argument-parser's fixed phrases in Vietnamese (its messages cannot be localised otherwise).
enum ParserWords {
    static let phrases: [CLIString] = [.apError, .apMissing, .apMissingValue, .apUnknownOption, .apUnexpected, .apUnexpectedMany,
                                       .apValue, .apInvalidFor, .apHelp, .apUsage, .apSee, .apMoreInformation]

    static let helpPhrases: [CLIString] = [.apOverview, .apUsageHeading, .apOptions, .apArguments, .apSubcommands,
                                           .apShowHelp, .apSubcommandHelp]

    /// A help page with the parser's headings in Vietnamese (only at the start of a line: a command's own
    /// text is never touched), and the default it adds after an option's help ("(default: md)") as
    /// "(mặc định: md)": the help itself is Vietnamese, so "(default:" can only be the parser's.
    static func vietnameseHelp(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            for key in helpPhrases {
                let en = key.pair.en
                if en.hasSuffix(":"), line.hasPrefix(en) { line = key.pair.vi + line.dropFirst(en.count) }
                else if !en.hasSuffix(":"), line.hasSuffix(en) { line = String(line.dropLast(en.count)) + key.pair.vi }
            }
            return line.replacingOccurrences(of: CLIString.apDefault.pair.en, with: CLIString.apDefault.pair.vi)
        }.joined(separator: "\n")
    }

    static func vietnamese(_ message: String) -> String {
        phrases.reduce(message) { text, key in text.replacingOccurrences(of: key.pair.en, with: key.pair.vi) }
    }
}
