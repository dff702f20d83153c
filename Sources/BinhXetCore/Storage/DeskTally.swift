import GRDB

/// The number of rows of the tables whose size names the archive (`initiative`, `fingerprint_slot`), as
/// the desk's triggers keep them in `desk_tally` (migration v15-scan-stamps) in every writer's transaction.
///
/// A check with duties names the relevance model it may use by the initiatives stored (their number and
/// last id), and a check reads the stored index only when it holds every initiative: `count(*)` over
/// 100,000 rows was about 30 ms of each such check, the tally is one row.
enum DeskTally {
    /// Rows of `table`: the tally's, or `count(*)` on a desk without one (opened for reading before the
    /// migration ran).
    static func rows(of table: String, db: Database) throws -> Int {
        if try db.tableExists("desk_tally"),
           let rows = try Int.fetchOne(db, sql: "SELECT rows FROM desk_tally WHERE name = ?", arguments: [table]) {
            return rows
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
    }

    /// The initiatives stored, as the relevance model's key and the scan's stamps name them: their number
    /// and last id (they are only ever added).
    static func initiatives(db: Database) throws -> (count: Int, last: Int) {
        let last = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM initiative") ?? 0
        return (try rows(of: "initiative", db: db), last)
    }
}
