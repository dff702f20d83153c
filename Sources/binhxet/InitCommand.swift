import ArgumentParser
import BinhXetCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new, empty desk.")
    @OptionGroup var deskOptions: DeskOptions
    @Option(help: "Legal regime: 2017 (Law 2003/2013, NĐ 91/2017) or 2024 (Law 06/2022, NĐ 98/2023).")
    var rules: String = RuleSetID.standard.rawValue
    @Option(help: ArgumentHelp("The group whose members share the desk: its folder, database and documents are "
                               + "given to it (default: the folder's group).", valueName: "name"))
    var group: String?

    func run() throws {
        guard let id = RuleSetID(rawValue: rules) else {
            throw CLIError("unknown rule set '\(rules)' (expected \(RuleSetID.allCases.map(\.rawValue).joined(separator: " or ")))")
        }
        let url = try deskOptions.url()
        try CLIError.wrap {
            let store = try DeskStore.create(at: url, group: group)
            try store.chooseRuleSet(id)
        }
        writeOut("created desk \(url.path) (rules \(id.rawValue))\n")
    }
}
