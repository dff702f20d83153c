import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: words(.initAbstract))
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: help(.initRulesHelp))
    var rules: String?
    @Option(help: help(.initGroupHelp, valueName: "name"))
    var group: String?

    func run() throws {
        var pinned: RuleSetID?
        if let rules {
            guard let id = RuleSetID(rawValue: rules) else {
                throw unknownChoice(.nRuleSet, rules, RuleSetID.allCases.map(\.rawValue))
            }
            pinned = id
        }
        let url = try deskOptions.url()
        try CLIError.wrap {
            let store = try DeskStore.create(at: url, group: group)
            if let pinned { try store.chooseRuleSet(pinned) }
        }
        writeOut(words(.initCreated, url.path, pinned.map { words(.initRulesPinned, $0.rawValue) } ?? words(.initRulesByYear)) + "\n")
    }
}
