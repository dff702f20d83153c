import GRDB

/// A unit's registration, at the start of the year, of what a person means to achieve and the
/// initiative they mean to write (*đăng ký thi đua*): checked before the year is spent on a topic that
/// was already used, or that has nothing to do with the person's duties.
public struct Registration: Sendable, Codable, Equatable {
    public var id: Int64?
    /// The emulation year it is for.
    public var year: Int
    public var personID: String
    public var personName: String
    public var unitName: String
    public var position: String
    public var duties: String
    /// The planned initiative.
    public var title: String
    public var summary: String
    public var registeredOn: String
    /// The nomination that later came for the same person and year, once there is one.
    public var nominationID: String?
}

extension Registration: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "registration"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
