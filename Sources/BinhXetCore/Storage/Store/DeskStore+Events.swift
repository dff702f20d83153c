import GRDB

// MARK: - Database Access: Writes (events)

extension DeskStore {
    /// Appends an event to the log in its own transaction and returns it with its ID.
    @discardableResult
    public func record(_ event: DeskEvent) throws -> DeskEvent {
        try write { db in
            var e = event
            try e.insert(db)
            return e
        }
    }
}
