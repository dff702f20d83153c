import GRDB

// Persistence conformances live apart from the plain model structs, so the model reads without GRDB.
// Column names are the coding keys; enums are stored as their raw text; the event payload as JSON.

extension OrgUnit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "unit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Person: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "person"
}

extension StoredDocument: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"
}

extension Nomination: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "nomination"
}

extension Initiative: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "initiative"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DeskEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"
    /// Every event names the OS user that wrote it, whatever member it was recorded as.
    public mutating func willInsert(_ db: Database) throws { osUser = CurrentUser.osLogin }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
