import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// `binhxet year [open YEAR]`: which year the council is reviewing.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: words(.yearAbstract), discussion: words(.yearDiscussion),
        subcommands: [Show.self, Open.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: words(.yearShowAbstract))
        @OptionGroup var deskOptions: DeskOptions

        func run() throws {
            let store = try deskOptions.open()
            let review = try store.reviewYear()
            let asOf = try store.asOf()
            guard let year = review.year else { writeOut(words(.yearNone) + "\n"); return }
            writeOut("\(year)\(review.isChosen ? "" : words(.yearLatest))\n"
                     + (asOf.fixed.map { words(.yearAsOf, $0.vietnamese) + "\n" } ?? ""))
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: words(.yearOpenAbstract))
        @Argument(help: help(.yearOpenYearHelp)) var year: Int
        @Option(name: .customLong("as-of"), help: help(.yearAsOfHelp, valueName: "date"))
        var asOf: String?
        @OptionGroup var deskOptions: DeskOptions
        @OptionGroup var memberOptions: MemberOptions

        func run() throws {
            let actor = try memberOptions.actor
            let store = try deskOptions.open(forWriting: true)
            let day = try asOf.map(DateOption.parse)
            try store.openYear(year, asOf: day, actor: actor)
            writeOut((day.map { words(.yearOpenedAsOf, year, $0.vietnamese) } ?? words(.yearOpened, year)) + "\n")
        }
    }
}
