import Foundation
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

/// A queue line, read by its coding keys from a query that aliases the joined names (`p.name AS personName`).
extension NominationSummary: FetchableRecord {}

/// A row of `finding`: its JSON columns (passages, evidence…) decode through `ColumnJSONDecoder`, so a
/// damaged one is an error naming its column.
extension StoredFinding: FetchableRecord {
    public static func databaseJSONDecoder(for column: String) -> JSONDecoder { ColumnJSONDecoder(column: column) }
}

/// A row of `meeting` (its id and who recorded it are not part of the meeting); `absent` is JSON.
extension Meeting: FetchableRecord {
    public static func databaseJSONDecoder(for column: String) -> JSONDecoder { ColumnJSONDecoder(column: column) }
}

extension DeskEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "event"
    /// Every event names the OS user that wrote it, whatever member it was recorded as, and is linked
    /// into the hash chain here: every insertion goes through this one place (never raw SQL).
    public mutating func willInsert(_ db: Database) throws {
        osUser = CurrentUser.osLogin
        let link = try EventChain.nextLink(db)
        id = link.id
        prevHash = link.prevHash
        hash = EventChain.hash(of: chainContent)
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    // Written out because the chain columns are not in the event's Codable form (see `DeskEvent.hash`).
    public init(row: Row) throws {
        let payloadText: String = row["payload"] ?? "{}"
        let storedKind: String = row["kind"]
        guard let kind = Kind(rawValue: storedKind) else { throw UnknownKind(eventID: row["id"], kind: storedKind) }
        self.init(id: row["id"], nominationID: row["nominationID"], unitID: row["unitID"], kind: kind,
                  actor: row["actor"], osUser: row["osUser"], at: row["at"],
                  payload: try Self.databaseJSONDecoder(for: "payload").decode([String: String].self,
                                                                                 from: Data(payloadText.utf8)))
        prevHash = row["prevHash"]
        hash = row["hash"]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["nominationID"] = nominationID
        container["unitID"] = unitID
        container["kind"] = kind.rawValue
        container["actor"] = actor
        container["osUser"] = osUser
        container["at"] = at
        container["payload"] = String(decoding: try Self.databaseJSONEncoder(for: "payload").encode(payload), as: UTF8.self)
        container["prevHash"] = prevHash
        container["hash"] = hash
    }
}

/// An event kind is stored as its raw value (`Column("kind") == DeskEvent.Kind.vote` in a query).
extension DeskEvent.Kind: DatabaseValueConvertible {}
