import ArgumentParser
import BinhXetCore

/// `binhxet preferences [--open-next on|off] [--year-filter Y|none]`: what the review desk remembers for
/// the member at this terminal.
struct PreferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preferences", abstract: "Show or set what the review desk remembers for you.",
        discussion: """
            --open-next: after a decision (or, for a member who only votes, a ballot) the review desk opens the \
            next nomination of the queue (on by default). --year-filter: the year the queues open filtered to \
            (the desk also remembers the year you last chose in its filter).
            """)

    enum Switch: String, ExpressibleByArgument { case on, off }

    @Option(name: .customLong("open-next"), help: "on or off.") var openNext: Switch?
    @Option(name: .customLong("year-filter"), help: ArgumentHelp("A year, or none.", valueName: "year")) var yearFilter: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let member = try memberOptions.actor
        let store = try deskOptions.open(forWriting: openNext != nil || yearFilter != nil)
        var p = try CLIError.wrap { try store.preferences(of: member) }
        if let openNext { p.openNextAfterDecision = openNext == .on }
        if let yearFilter {
            if yearFilter == "none" {
                p.yearFilter = nil
            } else {
                guard let y = Int(yearFilter), (1990...2100).contains(y) else {
                    throw CLIError("--year-filter: '\(yearFilter)' is not a year (1990–2100) or none")
                }
                p.yearFilter = y
            }
        }
        if openNext != nil || yearFilter != nil { try CLIError.wrap { try store.setPreferences(p, of: member) } }
        writeOut("\(member): open-next \(p.openNextAfterDecision ? "on" : "off"), year-filter \(p.yearFilter.map(String.init) ?? "none")\n")
    }
}
