import GRDB

extension DeskStore {
    /// Whether the similarity checker has looked at one nomination. Screens ask this for the nomination
    /// they open; loading `checkedNominationIDs()` for it costs milliseconds on a large desk.
    public func isChecked(_ nominationID: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM similarity_check WHERE nominationID = ?)",
                              arguments: [nominationID]) ?? false
        }
    }

    /// The desk's one "checked" rule, for every front end: a nomination counts as checked when the
    /// similarity checker has looked at it, or when it has no initiative to check (LĐTT, CSTT). The
    /// checker's own record is `checkedNominationIDs()`.
    public func countsAsChecked(_ nominationID: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS(SELECT 1 FROM similarity_check WHERE nominationID = ?)
                    OR NOT EXISTS(SELECT 1 FROM initiative WHERE nominationID = ?)
                """, arguments: [nominationID, nominationID]) ?? false
        }
    }

    /// The nominations that count as checked (see `countsAsChecked`).
    public func nominationsCountingAsChecked() throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT nominationID FROM similarity_check
                UNION SELECT id FROM nomination WHERE id NOT IN (SELECT nominationID FROM initiative)
                """))
        }
    }
}
