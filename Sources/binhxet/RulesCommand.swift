import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: words(.rulesAbstract), discussion: words(.rulesDiscussion))
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: help(.rulesYearHelp)) var year: Int?
    @Option(help: help(.rulesOnHelp, valueName: "date"))
    var on: String?
    @Flag(help: help(.jsonHelp)) var json = false
    @Flag(help: help(.rulesTemplateHelp)) var template = false

    struct Row: Encodable {
        var setting: String
        var value: String
        var origin: String
        var basis: String
        var help: String
    }

    struct Period: Encodable {
        var from: String?
        var to: String?
        /// Both keys, null ones too: a reader need not guess whether a missing end is open.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
        }
        enum CodingKeys: String, CodingKey { case from, to }
    }

    struct Report: Encodable {
        var ruleSet: String
        var title: String
        /// The year or the day asked about, and the regime's period (ISO days; `to` is null while it is in
        /// force, `from` for the earliest, which covers every year before it) and instruments.
        var year: Int?
        var on: String?
        var period: Period
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
        if template { writeOut(RuleSetFile.template(for: rules, in: words.language)); return }
        let v = words.vocabulary
        let rows = RuleSetting.allCases.map {
            Row(setting: $0.rawValue, value: $0.value(in: rules), origin: v.ruleOrigin(rules.origins[$0] ?? ""),
                basis: $0.note(for: rules.id, in: words.language), help: $0.help(in: words.language))
        }
        let report = Report(ruleSet: rules.id.rawValue, title: rules.id.title, year: shownYear, on: day?.iso,
                            period: Period(from: rules.id.startsOn?.iso, to: rules.id.endsOn?.iso), instruments: rules.id.instruments.map(v.legalMarks), pinned: book.pinned != nil,
                            settingsFile: store.rulesFileURL.path,
                            holidaysFile: store.holidaysFileURL.path, calendar: calendar.sources.map(v.ruleOrigin), settings: rows)
        if json { try printJSON(report); return }
        var out = words(.rulesSet, rules.id.rawValue, rules.id.title) + "\n"
        let asked = day.map { words(.rulesAskedDay, $0.vietnamese) } ?? words(.rulesAskedYear, shownYear!)
        out += (book.pinned != nil ? words(.rulesPinned, v.ruleOrigin(rules.origins[.ruleSet] ?? ""))
            : words(.rulesInForce, asked, rules.id.period(in: words.language))) + "\n"
        out += words(.rulesInstruments, report.instruments.joined(separator: "; ")) + "\n"
        out += words(.rulesSettingsFile, store.rulesFileURL.path) + "\n" + words(.rulesHolidaysFile, store.holidaysFileURL.path) + "\n"
        out += words(.rulesCalendar, report.calendar.joined(separator: " + ")) + "\n\n"
        out += PlainTable.render(header: [words(.hSetting), words(.hValue), words(.hFrom), words(.hBasis)],
                                 rows: RuleSetting.allCases.map { [$0.rawValue, v.ruleValue($0.value(in: rules), of: $0),
                                                                   v.ruleOrigin(rules.origins[$0] ?? ""), $0.note(for: rules.id, in: words.language)] })
        writeOut(out)
    }
}
