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
    @Flag(help: help(.listFlaggedHelp)) var flagged = false
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
        var rows = try store.nominations(matching: filter)
        guard flagged else {
            if json { try printJSON(rows) } else { writeOut(QueueText.table(rows)) }
            return
        }
        // The core's one rule of "flagged" (`CouncilAttention`), as the desk's flag tab and year summary use it.
        let attention = try store.attention(year: filter.year)
        rows = rows.filter { attention[$0.id] != nil }
        if json {
            try printJSON(rows.map { FlaggedNomination(nomination: $0, reasons: attention[$0.id]!.reasons, violated: attention[$0.id]!.violated) })
            return
        }
        writeOut(QueueText.table(rows) + rows.map { r in
            let a = attention[r.id]!
            let words = Vocabulary(CLI.language)
            return "\(r.id): " + a.reasons.map(words.attentionReason).joined(separator: ", ")
                + (a.violated.isEmpty ? "" : " (" + a.violated.map { CLI.language == .vi ? $0.title : $0.rawValue }.joined(separator: "; ") + ")")
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n"))
    }
}

/// A flagged nomination as `list --flagged --json` prints it: the row and why it needs attention.
struct FlaggedNomination: Encodable {
    var nomination: NominationSummary
    var reasons: [AttentionReason]
    var violated: [RuleCheck]
}
