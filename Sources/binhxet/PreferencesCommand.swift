import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// `binhxet preferences [--open-next on|off] [--year-filter Y|none]`: what the review desk remembers for
/// the member at this terminal.
struct PreferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preferences", abstract: words(.prefAbstract), discussion: words(.prefDiscussion))

    enum Switch: String, ExpressibleByArgument { case on, off }

    @Option(name: .customLong("open-next"), help: help(.prefOpenNextHelp)) var openNext: Switch?
    @Option(name: .customLong("year-filter"), help: help(.prefYearFilterHelp, valueName: "year")) var yearFilter: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let member = try memberOptions.actor
        let store = try deskOptions.open(forWriting: openNext != nil || yearFilter != nil)
        var p = try store.preferences(of: member)
        if let openNext { p.openNextAfterDecision = openNext == .on }
        if let yearFilter {
            if yearFilter == "none" {
                p.yearFilter = nil
            } else {
                guard let y = Int(yearFilter), (1990...2100).contains(y) else {
                    throw CLIError(words(.prefBadYear, yearFilter))
                }
                p.yearFilter = y
            }
        }
        if openNext != nil || yearFilter != nil { try store.setPreferences(p, of: member) }
        writeOut(words(.prefShown, member, words(p.openNextAfterDecision ? .prefOn : .prefOff),
                       p.yearFilter.map(String.init) ?? words(.none)) + "\n")
    }
}
