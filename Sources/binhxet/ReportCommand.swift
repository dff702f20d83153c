import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: words(.reportAbstract), discussion: words(.reportDiscussion))
    @Argument(help: help(.reportKindHelp)) var kind: String
    @Argument(help: help(.reportSubjectHelp)) var subject: String?
    @OptionGroup var yearOptions: YearOptions
    @Option(help: help(.reportFormatHelp)) var format: String = "md"
    @Option(name: [.short, .customLong("out")], help: help(.outHelp)) var out: String?
    @Option(help: help(.reportOnHelp)) var on: String?
    @Option(help: help(.reportWithinHelp)) var within: Int = 0
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        guard let k = ReportKind(rawValue: kind) else {
            throw unknownChoice(.nReport, kind, ReportKind.allCases.map(\.rawValue))
        }
        let f = try ReportOutput.documentFormat(format)
        let store = try deskOptions.open()
        let scope = ReportScope(year: try yearOptions.year(in: store), on: try on.map(DateOption.parse) ?? CLIError.wrap { try store.today() },
                                within: max(0, within), subject: subject)
        let doc = try store.document(k, scope: scope)
        let settings = try store.documentSettings()
        try ReportOutput.write(doc, as: f, fontSize: settings.fontSize, to: out)
    }
}
