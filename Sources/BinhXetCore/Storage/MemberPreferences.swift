import Foundation
import GRDB

/// What the desk remembers for each member between sessions: the year they last filtered the queues to,
/// and whether the next nomination opens by itself after a decision. Kept in the desk (so it follows the
/// member to any terminal), not in the event log: a preference is not part of the record.
public struct MemberPreferences: Sendable, Equatable, Codable {
    /// The year filter the member last set on the queues; nil for none.
    public var yearFilter: Int?
    /// After a decision (or, for a member who only votes, a ballot), open the next nomination of the queue.
    public var openNextAfterDecision: Bool

    public init(yearFilter: Int? = nil, openNextAfterDecision: Bool = true) {
        self.yearFilter = yearFilter; self.openNextAfterDecision = openNextAfterDecision
    }

    /// The desk_info key of a member's preferences.
    static func key(_ login: String) -> String { "member_preferences:" + login }
}

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
