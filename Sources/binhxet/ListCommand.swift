import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: words(.listAbstract))
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var yearOptions: YearOptions
    @Option(help: help(.listUnitHelp)) var unit: String?
    @Option(help: help(.listStatusHelp, NominationStatus.allCases.map(\.rawValue).joined(separator: ", ")))
    var status: String?
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        var filter = NominationFilter(unit: unit)
        if let status {
            guard let s = NominationStatus(rawValue: status) else {
                throw unknownChoice(.nStatus, status, NominationStatus.allCases.map(\.rawValue))
            }
            filter.status = s
        }
        let store = try deskOptions.open()
        filter.year = try yearOptions.year(in: store)
        let rows = try CLIError.wrap { try store.nominations(matching: filter) }
        if json { try printJSON(rows) } else { writeOut(QueueText.table(rows)) }
    }
}
