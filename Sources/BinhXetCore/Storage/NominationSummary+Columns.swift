import GRDB

/// A queue line read by column position from `DeskStore.nominationSummarySQL`'s first columns, in its order.
///
/// The same values as decoding the row through `NominationSummary`'s coding keys (`decodeStored`), and the
/// same `StoredValueError` for a value that does not decode (`NominationSummaryColumnsTests`), at a fraction
/// of the cost: Codable looks every column up by name (GRDB lowercases both names for each look-up), which
/// was four fifths of reading a 10,000-nomination desk's reviewed nominations (398 ms of the attention) and
/// most of the queue's start-up read.
extension NominationSummary {
    /// `nominationSummarySQL`'s columns, in its order.
    static let storedColumns = ["id", "year", "personID", "personName", "unitName", "unitShortName", "position",
                                "workerCategory", "title", "initiativeTitle", "receivedOn", "status"]

    init(summaryColumnsOf row: Row) throws {
        func failure(_ i: Int) -> StoredValueError {
            let column = Self.storedColumns[i]
            return StoredValueError(table: "nomination", rowID: row.storedText("id"), column: column, value: row.storedText(column))
        }
        func text(_ i: Int) throws -> String {
            guard let s = Self.string(row, i) else { throw failure(i) }
            return s
        }
        func optionalText(_ i: Int) throws -> String? {
            let value: DatabaseValue = row[i]
            if value.isNull { return nil }
            guard case .string(let s) = value.storage else { throw failure(i) }
            return s
        }
        func stored<T: RawRepresentable>(_ i: Int) throws -> T where T.RawValue == String {
            guard let s = Self.string(row, i), let v = T(rawValue: s) else { throw failure(i) }
            return v
        }
        let year: Int
        switch (row[1] as DatabaseValue).storage {
        case .int64(let v): year = Int(v)
        case .double(let d) where Int(exactly: d) != nil: year = Int(d)
        default: throw failure(1)
        }
        self.init(id: try text(0), year: year, personID: try text(2), personName: try text(3), unitName: try text(4),
                  position: try text(6), workerCategory: try stored(7), title: try stored(8),
                  initiativeTitle: try optionalText(9), receivedOn: try text(10), status: try stored(11),
                  unitShortName: try optionalText(5))
    }

    private static func string(_ row: Row, _ i: Int) -> String? {
        if case .string(let s) = (row[i] as DatabaseValue).storage { return s }
        return nil
    }

    /// Fetches rows of a query that starts with `nominationSummarySQL`'s columns.
    static func fetchAllByColumns(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [NominationSummary] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try NominationSummary(summaryColumnsOf: $0) }
    }
}
