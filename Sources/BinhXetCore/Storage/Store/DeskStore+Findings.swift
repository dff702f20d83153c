import BinhXetSimilarity
import Foundation
import GRDB

// MARK: - Similarity findings

extension DeskStore {
    /// Findings about one nomination, strongest first.
    public func findings(of nominationID: String) throws -> [StoredFinding] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM finding WHERE nominationID = ? ORDER BY coverage DESC, sourceID",
                             arguments: [nominationID]).map(Self.finding)
        }
    }

    /// All findings of the desk (or of one year), for queues and reports.
    public func allFindings(year: Int? = nil) throws -> [StoredFinding] {
        try read { db in
            var sql = "SELECT f.* FROM finding f"
            var args: StatementArguments = []
            if let year { sql += " JOIN nomination n ON n.id = f.nominationID WHERE n.year = ?"; args = [year] }
            sql += " ORDER BY f.nominationID, f.coverage DESC"
            return try Row.fetchAll(db, sql: sql, arguments: args).map(Self.finding)
        }
    }

    /// IDs of the nominations that have been checked (with or without findings).
    public func checkedNominationIDs() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT nominationID FROM similarity_check")) }
    }

    /// Replaces the findings of the given nominations in one transaction and marks them checked.
    public func replaceFindings(_ findings: [StoredFinding], forNominations ids: [String], checkedAt: String = Clock.isoNow()) throws {
        try write { db in try Self.replaceFindings(findings, forNominations: ids, checkedAt: checkedAt, stamps: [:], db: db) }
    }

    /// The same in the caller's transaction, with the scan's stamps of each nomination (none: NULL, so
    /// the next scan checks it again).
    static func replaceFindings(_ findings: [StoredFinding], forNominations ids: [String], checkedAt: String,
                                stamps: [String: ScanStamp], db: Database) throws {
        let enc = JSONEncoder()
        for id in ids {
            try db.execute(sql: "DELETE FROM finding WHERE nominationID = ?", arguments: [id])
            let stamp = stamps[id]
            try db.execute(sql: """
                INSERT OR REPLACE INTO similarity_check(nominationID, checkedAt, reuseStamp, relevanceStamp)
                VALUES (?, ?, ?, ?)
                """, arguments: [id, checkedAt, stamp?.reuse, stamp?.relevance])
        }
        for f in findings {
            try db.execute(sql: """
                INSERT INTO finding(nominationID, sourceID, kind, coverage, score, titleReused, passages, evidence,
                                    dutyEvidence, witnesses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [f.nominationID, f.sourceID, f.kind.rawValue, f.coverage, f.score, f.titleReused,
                                 String(decoding: try enc.encode(f.passages), as: UTF8.self),
                                 String(decoding: try enc.encode(f.evidence), as: UTF8.self),
                                 String(decoding: try enc.encode(f.dutyEvidence), as: UTF8.self),
                                 String(decoding: try enc.encode(f.witnesses), as: UTF8.self)])
        }
    }

    static func finding(_ row: Row) throws -> StoredFinding {
        try StoredFinding.decodeStored(row, table: "finding")
    }
}
