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
}
