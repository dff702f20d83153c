import Foundation
import GRDB

/// A value read back from the desk that this program cannot understand (a title, status or category it
/// does not know, JSON that does not parse): an error naming the table, the row and the column, never a
/// guess. A default would let a corrupted or newer desk be shown, checked and reported as something else.
public struct StoredValueError: Error, Equatable, Sendable, CustomStringConvertible {
    public var table: String
    /// The row's key as stored (a nomination ID, an event or finding number).
    public var rowID: String
    public var column: String
    /// The stored text, or what was wrong with it.
    public var value: String

    public init(table: String, rowID: String, column: String, value: String) {
        self.table = table; self.rowID = rowID; self.column = column; self.value = value
    }

    public var description: String {
        "desk table \(table), row \(rowID), column \(column): unreadable stored value '\(value)' (damaged desk, or written by a newer binhxet?)"
    }
}

extension Row {
    /// The text of a column as stored, for an error message.
    func storedText(_ column: String) -> String {
        guard hasColumn(column) else { return "(no such column)" }
        let value: DatabaseValue = self[column]
        switch value.storage {
        case .null: return "NULL"
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .blob(let b): return "\(b.count) bytes"
        }
    }

    /// A stored enum value of `column`; one the enum does not know throws `StoredValueError`.
    func stored<T: RawRepresentable>(_ column: String, table: String, idColumn: String = "id") throws -> T
        where T.RawValue == String {
        guard let raw: String = self[column], let value = T(rawValue: raw) else {
            throw StoredValueError(table: table, rowID: storedText(idColumn), column: column, value: storedText(column))
        }
        return value
    }
}

extension FetchableRecord where Self: Decodable {
    /// Decodes a row of `table` through the record's Codable columns; a value that does not decode (an
    /// unknown enum raw value, JSON that does not parse) throws `StoredValueError` naming its row and column.
    static func decodeStored(_ row: Row, table: String, idColumn: String = "id") throws -> Self {
        do {
            return try Self(row: row)
        } catch let error as DecodingError {
            let column = Self.column(of: error) ?? "?"
            throw StoredValueError(table: table, rowID: row.storedText(idColumn), column: column,
                                   value: row.storedText(column))
        } catch let error as ColumnJSONDecoder.Failure {
            throw StoredValueError(table: table, rowID: row.storedText(idColumn), column: error.column,
                                   value: row.storedText(error.column))
        }
    }

    /// Fetches rows of `table` with `sql`, each decoded by `decodeStored`.
    static func fetchAllStored(_ db: Database, sql: String, arguments: StatementArguments = [], table: String,
                               idColumn: String = "id") throws -> [Self] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try decodeStored($0, table: table, idColumn: idColumn) }
    }

    private static func column(of error: DecodingError) -> String? {
        let path: [any CodingKey]
        switch error {
        case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c): path = c.codingPath
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        @unknown default: return nil
        }
        return path.first?.stringValue
    }
}

/// The JSON decoder of a record's JSON columns (`databaseJSONDecoder(for:)`): a failure names its column,
/// which the JSON decoder's own error (a path inside the JSON) does not.
final class ColumnJSONDecoder: JSONDecoder, @unchecked Sendable {
    struct Failure: Error { var column: String; var underlying: any Error }
    let column: String
    init(column: String) { self.column = column; super.init() }
    override func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do { return try super.decode(type, from: data) } catch { throw Failure(column: column, underlying: error) }
    }
}
