import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue", abstract: words(.overdueAbstract))
    @Option(help: help(.overdueOnHelp)) var on: String?
    @Option(help: help(.overdueWithinHelp)) var within: Int = 0
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        let store = try deskOptions.open()
        let day = try on.map(DateOption.parse) ?? CLIError.wrap { try store.today() }
        let list = try store.overdue(on: day, within: max(0, within))
        if json { try printJSON(list); return }
        if list.isEmpty {
            writeOut((within > 0 ? words(.overdueNothing, within, day.vietnamese) : words(.overdueNothingToday, day.vietnamese)) + "\n")
            return
        }
        let rows = list.map { d in
            [d.code, d.nominationID, d.title.abbreviation, words.vocabulary.status(d.status), CLIWords.day(d.receivedOn),
             d.dueOn.map(CLIWords.day) ?? "—", words(d.isLate(on: day) ? .overdueLate : .overdueSoon)]
        }
        writeOut(words(.overdueOn, day.vietnamese) + "\n" + PlainTable.render(
            header: [words(.hDossier), words(.hID), words(.hTitle), words(.hStatus), words(.hReceived), words(.hDue), ""], rows: rows))
    }
}
