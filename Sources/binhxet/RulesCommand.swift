import ArgumentParser
import BinhXetCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "The rules in force for a year: each setting, its value, where it came from and its basis.",
        discussion: "Each nomination is reviewed under the regime in force on the day its dossier was received: 2013 (to 30/09/2017), 2017 (from 01/10/2017), 2024 (from 01/01/2024), 2025 (from 01/07/2025); a year is shown as on its 31 December. Settings are changed in <desk>.rules beside the desk (key = value lines, for every year; `rule_set = 2017` pins one regime); `--template` prints a file to start from. Holiday corrections go in <desk>.holidays.tsv.")
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: "The emulation year (default: the year under review).") var year: Int?
    @Option(help: ArgumentHelp("The regime of a dossier received on this day (yyyy-mm-dd or dd/mm/yyyy).", valueName: "date"))
    var on: String?
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
        /// The year or the day asked about, and the regime's period and instruments.
        var year: Int?
        var on: String?
        var period: String
        var instruments: [String]
        var pinned: Bool
        var settingsFile: String
        var holidaysFile: String
        /// The holiday tables in force: the built-in one, then the desk's override file if present.
        var calendar: [String]
        var settings: [Row]
    }

    func run() throws {
        let store = try deskOptions.open()
        let day = try on.map(DateOption.parse)
        let (book, open, calendar, today) = try CLIError.wrap {
            (try store.ruleBook(), try store.reviewYear().year, try store.workingCalendar(), try store.today())
        }
        let shownYear = day == nil ? (year ?? open ?? today.year) : nil
        let rules = day.map { book.rules(on: $0) } ?? book.rules(year: shownYear!)
        if template { writeOut(RuleSetFile.template(for: rules)); return }
        let rows = RuleSetting.allCases.map {
            Row(setting: $0.rawValue, value: $0.value(in: rules), origin: rules.origins[$0] ?? "", basis: $0.note(for: rules.id), help: $0.help)
        }
        let report = Report(ruleSet: rules.id.rawValue, title: rules.id.title, year: shownYear, on: day?.iso,
                            period: rules.id.period, instruments: rules.id.instruments, pinned: book.pinned != nil,
                            settingsFile: store.rulesFileURL.path,
                            holidaysFile: store.holidaysFileURL.path, calendar: calendar.sources, settings: rows)
        if json { try printJSON(report); return }
        var out = "rule set \(rules.id.rawValue): \(rules.id.title)\n"
        let asked = day.map { "a dossier received on \($0.vietnamese)" } ?? "year \(shownYear!) (dossiers received by 31/12/\(shownYear!))"
        out += book.pinned != nil ? "pinned for every year (\(rules.origins[.ruleSet] ?? ""))\n"
            : "in force for \(asked): \(rules.id.period)\n"
        out += "instruments: \(rules.id.instruments.joined(separator: "; "))\n"
        out += "settings file: \(store.rulesFileURL.path)\nholidays file: \(store.holidaysFileURL.path)\n"
        out += "calendar: \(calendar.sources.joined(separator: " + "))\n\n"
        out += PlainTable.render(header: ["Setting", "Value", "From", "Basis"],
                                 rows: rows.map { [$0.setting, $0.value, $0.origin, $0.basis] })
        writeOut(out)
    }
}
