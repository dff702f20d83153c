import BinhXetSimilarity
import Foundation
import GRDB

// MARK: - What a scan kept: its stamps, the findings it keeps, and storing a scan

extension DeskStore {
    /// The stamps stored with these nominations' findings (`ScanStamps`); a nomination never checked is absent.
    func scanStamps(of ids: [String]) throws -> [String: ScanStamp] {
        try read { db in try Self.scanStamps(of: ids, db: db) }
    }

    private static func scanStamps(of ids: [String], db: Database) throws -> [String: ScanStamp] {
        let statement = try db.cachedStatement(sql: """
            SELECT reuseStamp, relevanceStamp FROM similarity_check WHERE nominationID = ?
            """)
        var out: [String: ScanStamp] = [:]
        for id in ids {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
            out[id] = ScanStamp(reuse: row[0], relevance: row[1])
        }
        return out
    }

    /// Each nomination's findings in the order they were stored: a scan stores a nomination's re-use
    /// findings in the order its check gave them, then its off-duty one.
    func findingsAsStored(of ids: [String]) throws -> [String: [StoredFinding]] {
        try read { db in try Self.findingsAsStored(of: ids, db: db) }
    }

    private static func findingsAsStored(of ids: [String], db: Database) throws -> [String: [StoredFinding]] {
        let statement = try db.cachedStatement(sql: "SELECT * FROM finding WHERE nominationID = ? ORDER BY id")
        var out: [String: [StoredFinding]] = [:]
        for id in ids { out[id] = try Row.fetchAll(statement, arguments: [id]).map(Self.finding) }
        return out
    }

    /// Every re-use link stored: (nomination, its source), from findings that name a source.
    func reuseLinkPairs() throws -> [(nominationID: String, sourceID: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT nominationID, sourceID FROM finding WHERE sourceID IS NOT NULL")
                .map { ($0[0], $0[1]) }
        }
    }

    /// What a scan assumed of the desk when it made its stamps.
    struct ScanAssumptions {
        /// The initiatives stored (`DeskChecker.archiveKey`).
        var archiveKey: String
        /// The label of the stored relevance model the relevance stamps name (nil: none named).
        var model: String?
        /// The stamps read before the scan, of the nominations it keeps as they are.
        var kept: [String: ScanStamp]
        /// The archive's boilerplate digest, kept for the next scan under `archiveKey` (nil: not known).
        var boilerplate: String?
    }

    /// Stores a scan in one transaction: the findings of `rewritten` (with their new `stamps`), and for
    /// the nominations in `assumed.kept` a new check time — when the desk is still as the scan assumed
    /// (the same initiatives, the same stored model, the kept stamps unchanged). Otherwise every
    /// nomination's findings are written (`findings` holds the kept ones too) without stamps, so the next
    /// scan checks them again. Returns whether the stamps were stored.
    @discardableResult
    func storeScan(_ findings: [StoredFinding], rewritten: [String], stamps: [String: ScanStamp],
                   assuming assumed: ScanAssumptions, checkedAt: String = Clock.isoNow()) throws -> Bool {
        try write { db in
            let (count, last) = try DeskTally.initiatives(db: db)
            var holds = assumed.archiveKey.hasPrefix(DeskChecker.archiveKey(count: count, last: last))
            if holds, let model = assumed.model {
                holds = try String.fetchOne(db, sql: "SELECT generation FROM relevance_model WHERE id = 1") == model
            }
            if holds {
                holds = try Self.scanStamps(of: Array(assumed.kept.keys), db: db) == assumed.kept
            }
            guard holds else {
                let all = rewritten + assumed.kept.keys.sorted()
                try Self.replaceFindings(findings, forNominations: all, checkedAt: checkedAt, stamps: [:], db: db)
                return false
            }
            let ids = Set(rewritten)
            try Self.replaceFindings(findings.filter { ids.contains($0.nominationID) }, forNominations: rewritten,
                                     checkedAt: checkedAt, stamps: stamps, db: db)
            let touch = try db.cachedStatement(sql: "UPDATE similarity_check SET checkedAt = ? WHERE nominationID = ?")
            for id in assumed.kept.keys { try touch.execute(arguments: [checkedAt, id]) }
            if let boilerplate = assumed.boilerplate {
                try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('scan_boilerplate', ?)",
                               arguments: [assumed.archiveKey + "\n" + boilerplate])
            }
            return true
        }
    }

    /// The boilerplate digest a scan kept for the archive `archiveKey` names, if that is the one it kept.
    func scanBoilerplate(archiveKey: String) throws -> String? {
        try read { db in
            guard let value = try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'scan_boilerplate'"),
                  let cut = value.lastIndex(of: "\n"), value[..<cut] == archiveKey else { return nil }
            return String(value[value.index(after: cut)...])
        }
    }
}
