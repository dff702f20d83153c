import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

/// The document settings in force: the `[documents]` section of `<desk>.rules` over their defaults.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: words(.settingsAbstract), discussion: words(.settingsDiscussion))
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.jsonHelp)) var json = false
    @Flag(help: help(.settingsTemplateHelp)) var template = false

    struct Row: Encodable { var setting: String; var value: String; var origin: String; var help: String }

    func run() throws {
        let store = try deskOptions.open()
        let settings = try store.documentSettings()
        let rows = DocumentSetting.allCases.map {
            Row(setting: $0.rawValue, value: settings[$0], origin: settings.origin(of: $0, in: json ? .en : CLI.language) ?? (json ? "not set" : words(.settingsNotSet)), help: $0.help(json ? .en : CLI.language))
        }
        if template {
            writeOut("[\(SettingsSection.documents)]\n" + rows.map { "# \($0.help)\n# \($0.setting) = \($0.value)\n" }.joined(separator: "\n"))
            return
        }
        if json { try printJSON(rows); return }
        writeOut("\(store.rulesFileURL.path) [\(SettingsSection.documents)]\n")
        writeOut(PlainTable.render(header: [words(.hSetting), words(.hValue), words(.hFrom)], rows: rows.map { [$0.setting, $0.value, $0.origin] }))
    }
}
