import Foundation
import GRDB

// MARK: - Settings beside the desk

extension DeskStore {
    /// The desk's settings file: `<desk>.rules` (key = value lines), optional.
    public var rulesFileURL: URL { URL(fileURLWithPath: url.path + ".rules") }

    /// The desk's holiday corrections: `<desk>.holidays.tsv` (the table's format), optional.
    public var holidaysFileURL: URL { URL(fileURLWithPath: url.path + ".holidays.tsv") }

    /// The regime the desk pins for every year (`binhxet init --rules`), and where that choice is; nil when
    /// each nomination is reviewed under the regime in force when its dossier came (the default).
    ///
    /// Kept under `pinned_rule_set`: the `rule_set` key that desks made before rules by year always stored
    /// (init wrote its default) is no longer read, so those desks follow the law by date too.
    public func ruleSetChoice() throws -> (id: RuleSetID, origin: String)? {
        let stored = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'pinned_rule_set'")
        }
        guard let stored, let id = RuleSetID(rawValue: stored) else { return nil }
        return (id, "desk (init --rules \(id.rawValue))")
    }

    /// Pins the desk to one regime for every year.
    public func chooseRuleSet(_ id: RuleSetID) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('pinned_rule_set', ?)", arguments: [id.rawValue])
        }
    }

    /// Every regime's rules under the desk's settings file, as the file and the desk's pin stand now (built
    /// again only when either changed: `RuleBookMemo`).
    public func ruleBook() throws -> RuleBook {
        let text = FileManager.default.contents(atPath: rulesFileURL.path).map { String(decoding: $0, as: UTF8.self) }
        let pin = try ruleSetChoice()
        return try ruleBooks.book(pin: pin, settings: text) {
            try RuleBook(pin: pin, settings: text, file: rulesFileURL.path)
        }
    }

    /// The rules of the year under review (of the current year on an empty desk): what applies to the
    /// desk as a whole, such as its letterhead, its import limit and who may record outcomes.
    public func rules() throws -> RuleSet {
        try rules(year: try reviewYear().year ?? today().year)
    }

    /// The rules a year's nominations are reviewed under (those received at its end).
    public func rules(year: Int) throws -> RuleSet { try ruleBook().rules(year: year) }

    /// The rules of one nomination, by its received date; the desk's rules for an unknown ID.
    public func rules(of nominationID: String) throws -> RuleSet {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT receivedOn, year FROM nomination WHERE id = ?", arguments: [nominationID])
        }
        guard let row else { return try rules() }
        return try ruleBook().rules(receivedOn: row["receivedOn"], year: row["year"])
    }

    /// The working calendar with the desk's holiday corrections.
    public func workingCalendar() throws -> WorkingCalendar {
        try WorkingCalendar.forDesk(overrideFile: holidaysFileURL)
    }
}
