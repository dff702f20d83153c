import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// `--year Y` or `--all-years`: which emulation year a listing covers; by default the year under review.
struct YearOptions: ParsableArguments {
    @Option(help: help(.yearHelp)) var year: Int?
    @Flag(name: .customLong("all-years"), help: help(.allYearsHelp)) var allYears = false

    /// The year to filter on, nil for every year.
    func year(in store: DeskStore) throws -> Int? {
        if allYears { return nil }
        if let year { return year }
        return try store.reviewYear().year
    }
}
