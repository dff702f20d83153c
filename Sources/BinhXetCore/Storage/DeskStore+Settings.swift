import Foundation
import GRDB

// MARK: - Settings beside the desk

extension DeskStore {
    /// The desk's settings file: `<desk>.rules` (key = value lines), optional.
    public var rulesFileURL: URL { URL(fileURLWithPath: url.path + ".rules") }

    /// The desk's holiday corrections: `<desk>.holidays.tsv` (the table's format), optional.
    public var holidaysFileURL: URL { URL(fileURLWithPath: url.path + ".holidays.tsv") }

    /// The regime chosen when the desk was made (`binhxet init --rules`), and where that choice is.
    public func ruleSetChoice() throws -> (id: RuleSetID, origin: String) {
        let stored = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'rule_set'")
        }
        guard let stored, let id = RuleSetID(rawValue: stored) else {
            return (RuleSetID.standard, "default (no rule set chosen at init)")
        }
        return (id, "desk (init --rules \(id.rawValue))")
    }

    /// Chooses the desk's regime.
    public func chooseRuleSet(_ id: RuleSetID) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('rule_set', ?)", arguments: [id.rawValue])
        }
    }

    /// The effective rule set: the desk's regime, then its settings file.
    public func rules() throws -> RuleSet {
        let choice = try ruleSetChoice()
        let text = FileManager.default.contents(atPath: rulesFileURL.path).map { String(decoding: $0, as: UTF8.self) }
        return try RuleSetFile.load(base: choice.id, baseOrigin: choice.origin, text: text, file: rulesFileURL.path)
    }

    /// The working calendar with the desk's holiday corrections.
    public func workingCalendar() throws -> WorkingCalendar {
        try WorkingCalendar.forDesk(overrideFile: holidaysFileURL)
    }
}
