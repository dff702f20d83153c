import ArgumentParser

/// Evaluation and benchmark tools of the project (`make eval`, `make bench`); not installed.
/// Each subcommand lives in its own files (`Eval*.swift`, `Bench*.swift`).
@main
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "binhxet-lab",
        abstract: "Evaluation and benchmarks for BinhXet (make eval, make bench).",
        subcommands: [EvalCommand.self, BenchImportCommand.self, BenchSimilarityCommand.self, BenchUICommand.self,
                      BenchReportsCommand.self, BenchRelevanceCommand.self, BenchScanCommand.self, CalendarRulesCommand.self,
                      MakeDeskCommand.self, PlantFindingsCommand.self, ManPageCommand.self]
    )
}
