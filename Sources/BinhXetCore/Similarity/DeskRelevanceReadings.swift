import BinhXetSimilarity
import Foundation
import GRDB

/// Each initiative's reading for the relevance model (`DutyRelevance.Reading`: what its own text is
/// about, in lexicon fields and term counts), kept in the desk (migration `v14-relevance-readings`) so
/// that learning the model again after an import reads the new initiatives' texts only (issue 13).
///
/// A reading depends on the archive it was made in: the own text leaves out what the archive holds as
/// boilerplate, and more of a text becomes boilerplate as reports arrive. So each reading keeps the
/// number of initiatives the archive held when it was made, and is made again once the archive has
/// doubled since (every initiative is then read again about once per doubling: amortised linear), and
/// when the lexicon, templates or parameters it was made with are not the desk's now (`generation`).
enum DeskRelevanceReadings {
    struct Stored {
        var archiveCount: Int
        var bytes: Data
    }

    /// The stored readings of this generation still valid for an archive of `archiveCount`
    /// initiatives, by nomination id.
    static func valid(_ store: DeskStore, generation: String, archiveCount: Int) throws -> [String: Data] {
        try store.read { db -> [String: Data] in
            guard try db.tableExists("relevance_reading") else { return [:] }
            var out: [String: Data] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.nominationID, r.reading FROM relevance_reading r JOIN initiative i ON i.id = r.initiativeID
                WHERE r.generation = ? AND 2 * r.archiveCount >= ?
                """, arguments: [generation, archiveCount])
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    /// What learning needs of some initiatives: their valid stored readings (as `valid`), and the text of
    /// those `needsText` asks for (given whether a valid reading was found).
    struct Part {
        var readings: [String: Data] = [:]
        var texts: [String: String] = [:]
    }

    /// Reads `Part` for these nomination ids, in one read, without the desk's memory map
    /// (`readUnmapped`): learning reads every reading of the desk (about 950 MB at 100,000 reports) once
    /// or twice, and pages read through the map would count in the process's resident size until it
    /// ends. Learning reads the desk a few hundred initiatives at a time, so it never holds them all.
    static func part(_ store: DeskStore, ids: ArraySlice<String>, generation: String, archiveCount: Int,
                     needsText: (String, Bool) -> Bool) throws -> Part {
        try readUnmapped(store) { db -> Part in
            var out = Part()
            let hasTable = try db.tableExists("relevance_reading")
            let reading = try db.cachedStatement(sql: """
                SELECT r.reading FROM initiative i JOIN relevance_reading r ON r.initiativeID = i.id
                WHERE i.nominationID = ? AND r.generation = ? AND 2 * r.archiveCount >= ?
                """)
            let text = try db.cachedStatement(sql: "SELECT text FROM initiative WHERE nominationID = ?")
            for id in ids {
                if hasTable, let bytes = try Data.fetchOne(reading, arguments: [id, generation, archiveCount]) {
                    out.readings[id] = bytes
                }
                if needsText(id, out.readings[id] != nil), let t = try String.fetchOne(text, arguments: [id]) {
                    out.texts[id] = t
                }
            }
            return out
        }
    }

    /// `DeskStore.readUnmapped`: a read without the desk's memory map.
    static func readUnmapped<T>(_ store: DeskStore, _ body: (Database) throws -> T) throws -> T {
        try store.readUnmapped(body)
    }

    /// Stores readings made in an archive of `archiveCount` initiatives (replacing older ones), in one
    /// transaction, unmapped (`DeskStore.writeUnmapped`): each finds its initiative's row, next to the
    /// text the learning has just read.
    static func store(_ readings: [(nominationID: String, bytes: [UInt8])], generation: String, archiveCount: Int,
                      in store: DeskStore) throws {
        guard !readings.isEmpty else { return }
        try store.writeUnmapped { db in
            guard try db.tableExists("relevance_reading") else { return }
            let statement = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO relevance_reading(initiativeID, generation, archiveCount, reading)
                SELECT id, ?, ?, ? FROM initiative WHERE nominationID = ?
                """)
            for r in readings {
                try statement.execute(arguments: [generation, archiveCount, Data(r.bytes), r.nominationID])
            }
        }
    }
}
