import ArgumentParser
import BinhXetCore

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue", abstract: "Open dossiers that are late, or due within N working days.")
    @Option(help: "The day to look from (default: the desk's today: its as-of date, else today).") var on: String?
    @Option(help: "Also list dossiers due within this many working days.") var within: Int = 0
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try deskOptions.open()
        let day = try on.map(DateOption.parse) ?? CLIError.wrap { try store.today() }
        let list = try CLIError.wrap { try store.overdue(on: day, within: max(0, within)) }
        if json { try printJSON(list); return }
        if list.isEmpty { writeOut("nothing late or due within \(within) working days on \(day.iso)\n"); return }
        let rows = list.map { d in
            [d.code, d.nominationID, d.title.rawValue, d.status.rawValue, d.receivedOn, d.dueOn ?? "—",
             d.isLate(on: day) ? "LATE" : "due soon"]
        }
        writeOut("on \(day.iso):\n" + PlainTable.render(header: ["Dossier", "ID", "Title", "Status", "Received", "Due", ""], rows: rows))
    }
}
