import ArgumentParser
import BinhXetCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List nominations.")
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var yearOptions: YearOptions
    @Option(help: "Only units whose name contains this (case and diacritics ignored).") var unit: String?
    @Option(help: "Only this status: \(NominationStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        var filter = NominationFilter(unit: unit)
        if let status {
            guard let s = NominationStatus(rawValue: status) else {
                throw CLIError("unknown status '\(status)' (expected one of \(NominationStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            filter.status = s
        }
        let store = try deskOptions.open()
        filter.year = try yearOptions.year(in: store)
        let rows = try CLIError.wrap { try store.nominations(matching: filter) }
        if json { try printJSON(rows) } else { writeOut(QueueText.table(rows)) }
    }
}
