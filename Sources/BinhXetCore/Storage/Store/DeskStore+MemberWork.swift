import GRDB

/// What a member still has to do on the desk: which nominations they have already voted on, and which
/// event each nomination last had (what a bulk action checks it is still acting on what was seen).
extension DeskStore {
    /// The nominations `login` has cast a ballot on: open ballots from the log, secret ones from
    /// `ballot_cast` (which says only *that* the member voted, never how, so this reveals nothing a
    /// member may not know of their own ballots).
    public func nominationsVoted(by login: String) throws -> Set<String> {
        try read { db in
            var ids = Set(try String.fetchAll(db, sql: "SELECT DISTINCT nominationID FROM event WHERE kind = ? AND actor = ?",
                                              arguments: [DeskEvent.Kind.vote.rawValue, login]))
            ids.formUnion(try String.fetchAll(db, sql: "SELECT nominationID FROM ballot_cast WHERE login = ?", arguments: [login]))
            return ids
        }
    }

    /// The newest event of each nomination, by ID: a decision taken for many nominations at once passes
    /// each one's as `seenEventID`, so a change made meanwhile by someone else is refused, not overwritten.
    public func latestEventIDs() throws -> [String: Int64] {
        try read { db in
            var out: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT nominationID, max(id) AS last FROM event WHERE nominationID IS NOT NULL GROUP BY nominationID") {
                out[row["nominationID"]] = row["last"]
            }
            return out
        }
    }
}
