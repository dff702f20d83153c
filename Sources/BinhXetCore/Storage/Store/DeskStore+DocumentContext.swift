import Foundation

// DeskStore reads and writes for DocumentContext; its types and rules stay in Reports/Document/DocumentContext.swift (one home for storage, issue 14).

extension DeskStore {
    /// The document settings in force: the `[documents]` section of the settings file over defaults from
    /// `rules` and the council's members.
    public func documentSettings(rules: RuleSet? = nil) throws -> DocumentSettings {
        let text = FileManager.default.contents(atPath: rulesFileURL.path).map { String(decoding: $0, as: UTF8.self) }
        return try DocumentSettings.load(text: text, file: rulesFileURL.path, rules: try rules ?? self.rules(), members: try members())
    }
}
