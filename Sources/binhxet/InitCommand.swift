import ArgumentParser
import BinhXetCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new, empty desk.")
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: "Pin one legal regime for every year: 2013, 2017, 2024 or 2025 (default: each nomination under the regime in force when its dossier came).")
    var rules: String?
    @Option(help: ArgumentHelp("The group whose members share the desk: its folder, database and documents are "
                               + "given to it (default: the folder's group).", valueName: "name"))
    var group: String?

    func run() throws {
        var pinned: RuleSetID?
        if let rules {
            guard let id = RuleSetID(rawValue: rules) else {
                throw CLIError("unknown rule set '\(rules)' (expected \(RuleSetID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            pinned = id
        }
        let url = try deskOptions.url()
        try CLIError.wrap {
            let store = try DeskStore.create(at: url, group: group)
            if let pinned { try store.chooseRuleSet(pinned) }
        }
        writeOut("created desk \(url.path) (rules \(pinned.map { "\($0.rawValue) for every year" } ?? "by year"))\n")
    }
}
