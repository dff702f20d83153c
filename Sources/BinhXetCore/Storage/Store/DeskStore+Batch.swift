import GRDB

// MARK: - Database Access: Writes (batches)

extension DeskStore {
    /// Appends many events in one transaction (ballots counted on paper and entered afterwards, or a
    /// benchmark's synthetic desk): all are stored or none.
    public func recordAll(_ events: [DeskEvent]) throws {
        try write { db in
            for event in events {
                var e = event
                try e.insert(db)
            }
        }
    }
}
