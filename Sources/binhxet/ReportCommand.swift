import ArgumentParser
import BinhXetCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a council document: decision, submission, minutes, notices, criticisms, stats, overdue, flags, similarity, criticism-letter.",
        discussion: """
            decision: the chairman's Quyết định with its list; submission: the council's Tờ trình; similarity ID: the \
            kết quả kiểm tra trùng lặp of one nomination; criticism-letter UNIT: the công văn phê bình to the unit's head; minutes: council minutes with each tally; notices: \
            "not awarded" notices per unit with reasons; criticisms: register per unit; stats: per unit and \
            year, with the share of workers, farmers, direct labourers, armed forces, militia and commune \
            police; overdue: late and soon-due dossiers; flags: similarity findings per unit.
            """)
    @Argument(help: "decision, submission, minutes, notices, criticisms, stats, overdue, flags, similarity ID or criticism-letter UNIT.") var kind: String
    @Argument(help: "similarity: the nomination ID; criticism-letter: the unit (name or code).") var subject: String?
    @OptionGroup var yearOptions: YearOptions
    @Option(help: "docx (Word, to edit and sign; needs -o), html (printing), md or csv (spreadsheets).") var format: String = "md"
    @Option(name: [.short, .customLong("out")], help: "Write to this file instead of standard output.") var out: String?
    @Option(help: "overdue: the day to look from (default: the desk's today: its as-of date, else today).") var on: String?
    @Option(help: "overdue: also list dossiers due within this many working days.") var within: Int = 0
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        guard let k = ReportKind(rawValue: kind) else {
            throw CLIError("unknown report '\(kind)' (expected \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let f = try ReportOutput.documentFormat(format)
        let store = try deskOptions.open()
        let scope = ReportScope(year: try yearOptions.year(in: store), on: try on.map(DateOption.parse) ?? CLIError.wrap { try store.today() },
                                within: max(0, within), subject: subject)
        let doc = try CLIError.wrap { try store.document(k, scope: scope) }
        let settings = try CLIError.wrap { try store.documentSettings() }
        try ReportOutput.write(doc, as: f, fontSize: settings.fontSize, to: out)
    }
}
