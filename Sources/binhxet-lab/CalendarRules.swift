import ArgumentParser
import BinhXetCore

/// `binhxet-lab calendar-rules FROM TO`: drafts holiday-table lines from the Labour Code rules, for years
/// whose schedule is not announced yet (paste them into Resources/calendar/holidays-vn.tsv, then
/// `make calendar`). Also prints mùng 1 Tết and Hùng Kings' day, to check announced lines against.
struct CalendarRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar-rules", abstract: "Draft holiday-table lines from the statutory rules.")

    @Argument(help: "First year.") var from: Int
    @Argument(help: "Last year.") var to: Int

    func run() throws {
        guard from <= to else { throw ValidationError("FROM must not be after TO") }
        for year in from...to {
            print("# \(year): mùng 1 Tết \(LunarCalendar.tet(year).iso), Giỗ Tổ \(LunarCalendar.hungKingsDay(year).iso)")
            for e in HolidayRules.entries(year: year) { print(e.tsvLine) }
        }
    }
}
