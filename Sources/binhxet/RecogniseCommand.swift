import ArgumentParser
import BinhXetCore

struct RecogniseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognise",
        abstract: "Record the unit head's decision recognising a nomination's initiative.",
        discussion: """
            The decision follows the unit's initiative council's assessment. It is an event; the rule checks \
            and the flags of later re-uses name it. The same decision again records nothing; a different one is refused.
            """)
    @Argument(help: "The nomination ID.") var id: String
    @Option(help: "Who signed the decision, e.g. \"Thủ trưởng Trường THCS Hồng Kim\".") var by: String
    @Option(help: "The decision's number, e.g. 12/QĐ-THCS.") var number: String
    @Option(help: "The decision's date, dd/mm/yyyy.") var date: String
    @Option(help: "Scope: co_so (default) or a wider level the rules allow (binhxet rules: recognition_scopes).")
    var scope: String = "co_so"
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        let actor = try memberOptions.actor
        let store = try deskOptions.open(forWriting: true)
        let isNew = try CLIError.wrap {
            try store.recognise(id, number: number, date: date, by: by, scope: scope, actor: actor)
        }
        writeOut(isNew ? "\(id): initiative recognised (\(number))\n" : "\(id): already recognised by \(number); nothing recorded\n")
    }
}
