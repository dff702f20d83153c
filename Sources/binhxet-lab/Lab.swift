import ArgumentParser

@main
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "binhxet-lab", abstract: "BinhXet evaluation and benchmarks (make eval, make bench).",
        subcommands: [BenchImportCommand.self, CalendarRulesCommand.self, BenchReportsCommand.self])
}
