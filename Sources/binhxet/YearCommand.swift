import ArgumentParser
import BinhXetCore

/// `binhxet year [open YEAR]`: which year the council is reviewing.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "Show the year under review, or open another one.",
        discussion: """
            The work queues, overdue dossiers and reports are about the year under review; earlier years are \
            the archive the checker compares against. Without a choice it is the latest year with nominations.
            """,
        subcommands: [Show.self, Open.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the year under review.")
        @OptionGroup var deskOptions: DeskOptions

        func run() throws {
            let store = try deskOptions.open()
            let review = try CLIError.wrap { try store.reviewYear() }
            let asOf = try CLIError.wrap { try store.asOf() }
            guard let year = review.year else { writeOut("no year under review: the desk holds no nominations\n"); return }
            writeOut("\(year)\(review.isChosen ? "" : " (the latest year with nominations; binhxet year open YEAR to choose)")\n"
                     + (asOf.fixed.map { "as of \($0.vietnamese): deadlines and dated events count from that day, not the clock\n" } ?? ""))
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a year for review.")
        @Argument(help: "The emulation year, e.g. 2018.") var year: Int
        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "Review it as it stood on this day: deadlines, the queues and events dated by the clock count from it "
            + "(without it the desk follows the clock).", valueName: "date"))
        var asOf: String?
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            let actor = try memberOptions.actor
            let store = try deskOptions.open(forWriting: true)
            let day = try asOf.map(DateOption.parse)
            try CLIError.wrap { try store.openYear(year, asOf: day, actor: actor) }
            writeOut("year under review: \(year)\(day.map { " as of \($0.vietnamese)" } ?? "")\n")
        }
    }
}
