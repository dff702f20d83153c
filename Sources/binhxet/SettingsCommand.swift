import ArgumentParser
import BinhXetCore

/// The document settings in force: the `[documents]` section of `<desk>.rules` over their defaults.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "The settings the printed documents use: issuing body, place, signers, number sequences.",
        discussion: """
            Set them in the [documents] section of <desk>.rules (after the rule settings), one `key = value` a \
            line, e.g. `committee = Ủy ban nhân dân huyện A Lưới`, `chairman_name = Trần Văn Chủ`, \
            `next_decision_number = 15`. `--template` prints the section with every key commented out.
            """)
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print a [documents] section with every setting commented out.") var template = false

    struct Row: Encodable { var setting: String; var value: String; var origin: String; var help: String }

    func run() throws {
        let store = try deskOptions.open()
        let settings = try CLIError.wrap { try store.documentSettings() }
        let rows = DocumentSetting.allCases.map {
            Row(setting: $0.rawValue, value: settings[$0], origin: settings.origins[$0] ?? "not set", help: $0.help)
        }
        if template {
            writeOut("[\(SettingsSection.documents)]\n" + rows.map { "# \($0.help)\n# \($0.setting) = \($0.value)\n" }.joined(separator: "\n"))
            return
        }
        if json { try printJSON(rows); return }
        writeOut("\(store.rulesFileURL.path) [\(SettingsSection.documents)]\n")
        writeOut(PlainTable.render(header: ["setting", "value", "from"], rows: rows.map { [$0.setting, $0.value, $0.origin] }))
    }
}
