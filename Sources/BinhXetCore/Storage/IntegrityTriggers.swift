import Foundation
import GRDB

/// The triggers the desk's integrity rests on, with the SQL each must have.
///
/// Anyone with write access to the file can drop a trigger with the sqlite3 shell; the desk puts them
/// back when it is opened for writing (and records that it did), and `DeskVerifier` reports a trigger
/// that is missing or altered. A migration that adds an integrity trigger lists it here.
public enum IntegrityTriggers {
    /// Name and `CREATE TRIGGER` statement of each, as `v6-event-chain` created them.
    static let all: [(name: String, sql: String)] = [
        ("event_no_update", """
            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
            """),
        ("event_no_delete", """
            CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END
            """),
        ("nomination_dossier", """
            CREATE TRIGGER nomination_dossier AFTER INSERT ON nomination
            BEGIN
            INSERT INTO dossier(nominationID, code, receivedOn, sequence) \(DeskMigrations.dossierSelect
                .replacingOccurrences(of: ":id", with: "NEW.id")
                .replacingOccurrences(of: ":unitID", with: "NEW.unitID")
                .replacingOccurrences(of: ":receivedOn", with: "NEW.receivedOn"));
            END
            """),
    ]

    /// A trigger that is not as it should be.
    public struct Deviation: Sendable, Equatable {
        public var name: String
        /// True when the trigger is absent; false when it exists with other SQL.
        public var missing: Bool
    }

    /// Triggers that are missing or whose SQL differs (whitespace aside).
    static func deviations(_ db: Database) throws -> [Deviation] {
        let stored = Dictionary(try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            .map { ($0["name"] as String, ($0["sql"] as String?) ?? "") }, uniquingKeysWith: { a, _ in a })
        return all.compactMap { t in
            guard let sql = stored[t.name] else { return Deviation(name: t.name, missing: true) }
            return normalised(sql) == normalised(t.sql) ? nil : Deviation(name: t.name, missing: false)
        }
    }

    /// Drops and recreates the given triggers (all when nil) with their expected SQL.
    static func recreate(_ db: Database, only names: Set<String>? = nil) throws {
        for t in all where names?.contains(t.name) ?? true {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(t.name)")
            try db.execute(sql: t.sql)
        }
    }

    /// Puts back any missing or altered trigger and records an event naming them; returns what was wrong.
    /// The restore and its event are one transaction.
    static func restore(_ db: Database) throws -> [Deviation] {
        let wrong = try deviations(db)
        guard !wrong.isEmpty else { return [] }
        try recreate(db, only: Set(wrong.map(\.name)))
        var e = DeskEvent(kind: DeskEvent.Kind.integrityRestored, actor: CurrentUser.osLogin, at: Clock.isoNow(),
                          payload: ["missing": wrong.filter(\.missing).map(\.name).joined(separator: ","),
                                    "altered": wrong.filter { !$0.missing }.map(\.name).joined(separator: ",")])
        try e.insert(db)
        return wrong
    }

    private static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "; "))
    }
}
