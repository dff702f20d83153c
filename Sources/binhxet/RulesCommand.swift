import ArgumentParser
import BinhXetCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "The desk's effective rules: each setting, its value, where it came from and its basis.",
        discussion: "Settings are changed in <desk>.rules beside the desk (key = value lines); `--template` prints a file to start from. Holiday corrections go in <desk>.holidays.tsv.")
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print a settings file with every setting commented out.") var template = false

    struct Row: Encodable {
        var setting: String
        var value: String
        var origin: String
        var basis: String
        var help: String
    }

    struct Report: Encodable {
        var ruleSet: String
        var title: String
        var settingsFile: String
        var holidaysFile: String
        /// The holiday tables in force: the built-in one, then the desk's override file if present.
        var calendar: [String]
        var settings: [Row]
    }

    func run() throws {
        let store = try deskOptions.open()
        let (rules, calendar) = try CLIError.wrap { (try store.rules(), try store.workingCalendar()) }
        if template { writeOut(RuleSetFile.template(for: rules)); return }
        let rows = RuleSetting.allCases.map {
            Row(setting: $0.rawValue, value: $0.value(in: rules), origin: rules.origins[$0] ?? "", basis: $0.note(for: rules.id), help: $0.help)
        }
        let report = Report(ruleSet: rules.id.rawValue, title: rules.id.title, settingsFile: store.rulesFileURL.path,
                            holidaysFile: store.holidaysFileURL.path, calendar: calendar.sources, settings: rows)
        if json { try printJSON(report); return }
        var out = "rule set \(rules.id.rawValue): \(rules.id.title)\n"
        out += "settings file: \(store.rulesFileURL.path)\nholidays file: \(store.holidaysFileURL.path)\n"
        out += "calendar: \(calendar.sources.joined(separator: " + "))\n\n"
        out += PlainTable.render(header: ["Setting", "Value", "From", "Basis"],
                                 rows: rows.map { [$0.setting, $0.value, $0.origin, $0.basis] })
        writeOut(out)
    }
}
