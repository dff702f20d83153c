import Foundation
import GRDB

// DeskStore reads and writes for MemberPreferences; its types and rules stay in Storage/MemberPreferences.swift (one home for storage, issue 14).

extension DeskStore {
    /// A member's preferences; the defaults when none were saved (or what was saved cannot be read).
    public func preferences(of login: String) throws -> MemberPreferences {
        let stored = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = ?", arguments: [MemberPreferences.key(login)])
        }
        guard let stored, let p = try? JSONDecoder().decode(MemberPreferences.self, from: Data(stored.utf8)) else {
            return MemberPreferences()
        }
        return p
    }

    /// Saves a member's preferences (one row, replaced whole in one transaction).
    public func setPreferences(_ preferences: MemberPreferences, of login: String) throws {
        let data = try JSONEncoder().encode(preferences)
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES (?, ?)",
                           arguments: [MemberPreferences.key(login), String(decoding: data, as: UTF8.self)])
        }
    }
}
