import BinhXetSimilarity
import Foundation
import GRDB

/// The archive's fingerprint index as the desk keeps it, so a check reads the postings of its own
/// shingles instead of loading the whole index (issue 13).
///
/// Two tables (migration v10-fingerprint-index):
/// - `fingerprint_slot(slot INTEGER PRIMARY KEY, nominationID)`: each indexed initiative's number;
/// - `fingerprint_posting(hash INTEGER PRIMARY KEY, documents, postings)`: per fingerprint hash (its 64 bits
///   as a signed integer; 0 stored as 1, as the in-memory index does), the number of documents holding it
///   and their postings, (slot, token position) pairs as little-endian 32-bit integers, a document's next
///   to each other, kept while fewer than `maxPostingDocuments` documents hold the hash (beyond, it is
///   boilerplate far above any threshold and its postings would never be read).
/// The hash is the table's rowid: a lookup is one B-tree descent and reads no other page.
///
/// The index is made with the standard fingerprint parameters; `desk_info` key `fingerprint_index` names
/// them, and a checker with other parameters does not use it. It is written in the importer's
/// transaction, so it always describes the initiatives stored.
public final class DeskFingerprintIndex: FingerprintSource, @unchecked Sendable {
    /// Documents up to which a hash's postings are kept (as `FingerprintIndex.maxPostingsPerHash`).
    static let maxPostingDocuments = 4096
    /// The parameters the stored index was made with, as `desk_info` names them.
    /// Stores (or replaces) one initiative's fingerprint blob: the one INSERT of the `fingerprint` table,
    /// for the importer and the checker alike.
    static func storeBlob(_ blob: [UInt8], of nominationID: String, db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO fingerprint(nominationID, blob) VALUES (?, ?)",
                       arguments: [nominationID, Data(blob)])
    }

    static func parameterKey(_ p: SimilarityParameters) -> String {
        "shingle=\(p.shingleSize) window=\(p.window) numbersAsClass=\(p.numbersAsClass)"
    }

    private let store: DeskStore
    public let documentCount: Int
    private let lock = NSLock()
    private var entries: [UInt64: Entry] = [:]
    private var documentsBySlot: [Int32: DocumentInfo?] = [:]

    private struct Entry {
        var documents: Int
        /// (slot, position) pairs, as stored.
        var postings: [Int32]
    }

    private init(store: DeskStore, documentCount: Int) {
        self.store = store
        self.documentCount = documentCount
    }

    /// The stored index when it was made with `parameters`, with the initiatives it lacks (stored before
    /// the index, or whose fingerprints could not be read): nil when it cannot be used at all.
    public static func open(_ store: DeskStore, parameters: SimilarityParameters) throws -> (DeskFingerprintIndex, missing: [String])? {
        try store.read { db in
            guard try db.tableExists("fingerprint_posting"),
                  try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'fingerprint_index'")
                    == parameterKey(parameters) else { return nil }
            let count = try DeskTally.rows(of: "fingerprint_slot", db: db)
            // Slots are only made for stored initiatives: equal counts, nothing is missing (the usual
            // case, answered without a pass over the initiatives; both counts are the desk's tally).
            let initiatives = try DeskTally.rows(of: "initiative", db: db)
            let missing = initiatives == count ? [] : try String.fetchAll(db, sql: """
                SELECT i.nominationID FROM initiative i
                WHERE NOT EXISTS (SELECT 1 FROM fingerprint_slot s WHERE s.nominationID = i.nominationID)
                ORDER BY i.nominationID
                """)
            return (DeskFingerprintIndex(store: store, documentCount: count), missing)
        }
    }

    public func prefetch(_ hashes: [UInt64]) {
        lock.lock()
        var wanted = Set<UInt64>()
        for h in hashes where entries[h] == nil { wanted.insert(h) }
        lock.unlock()
        guard !wanted.isEmpty else { return }
        // In hash order: neighbouring lookups share the B-tree's upper pages.
        let sorted = wanted.sorted { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
        let found = (try? store.read { db -> [(UInt64, Entry)] in
            let statement = try db.cachedStatement(sql: "SELECT documents, postings FROM fingerprint_posting WHERE hash = ?")
            var out: [(UInt64, Entry)] = []
            out.reserveCapacity(sorted.count)
            for h in sorted {
                if let row = try Row.fetchOne(statement, arguments: [Int64(bitPattern: h)]) {
                    let blob: Data = row[1]
                    out.append((h, Entry(documents: row[0], postings: Self.decode(blob))))
                } else {
                    out.append((h, Entry(documents: 0, postings: [])))
                }
            }
            return out
        }) ?? []
        lock.lock()
        for (h, e) in found { entries[h] = e }
        lock.unlock()
    }

    private func entry(_ hash: UInt64) -> Entry? {
        lock.lock()
        if let e = entries[hash] { lock.unlock(); return e }
        lock.unlock()
        prefetch([hash])
        lock.lock(); defer { lock.unlock() }
        return entries[hash]
    }

    public func documentFrequency(_ hash: UInt64) -> Int { entry(hash)?.documents ?? 0 }

    public func forEachPosting(_ hash: UInt64, _ body: (Int32, Int32) -> Void) {
        guard let postings = entry(hash)?.postings else { return }
        var i = 0
        while i + 1 < postings.count { body(postings[i], postings[i + 1]); i += 2 }
    }

    public func document(slot: Int32) -> DocumentInfo? {
        lock.lock()
        if let known = documentsBySlot[slot] { lock.unlock(); return known }
        lock.unlock()
        let info = try? store.read { db -> DocumentInfo? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT n.id, n.personID, u.name AS unit, n.year, n.receivedOn, i.title
                FROM fingerprint_slot s JOIN nomination n ON n.id = s.nominationID
                JOIN initiative i ON i.nominationID = n.id JOIN unit u ON u.id = n.unitID
                WHERE s.slot = ?
                """, arguments: [slot]) else { return nil }
            return DocumentInfo(id: row["id"], nomineeID: row["personID"], unit: row["unit"], year: row["year"],
                                title: row["title"], receivedOn: row["receivedOn"])
        }
        lock.lock(); documentsBySlot[slot] = .some(info ?? nil); lock.unlock()
        return info ?? nil
    }

    public func slot(of id: String) -> Int32? {
        guard !id.isEmpty else { return nil }
        return (try? store.read { db in
            try Int32.fetchOne(db, sql: "SELECT slot FROM fingerprint_slot WHERE nominationID = ?", arguments: [id])
        }) ?? nil
    }

    private static func decode(_ blob: Data) -> [Int32] {
        let n = blob.count / 4
        var out = [Int32](repeating: 0, count: n)
        out.withUnsafeMutableBytes { target in
            _ = blob.copyBytes(to: target.bindMemory(to: UInt8.self), count: n * 4)
        }
        return out.map { Int32(littleEndian: $0) }
    }

    // MARK: - Writing

    /// Adds initiatives to the stored index in the caller's transaction (the importer's, the migration's,
    /// a scan's for initiatives stored before the index). Initiatives already indexed are skipped.
    /// In chunks of documents (`FingerprintIndexWriter`), so a batch of 100,000 reports does not hold its
    /// 58 million postings at once (16 bytes each); the rows are those of upserting chunk after chunk.
    static func add(_ documents: [(id: String, fingerprints: [Fingerprint])], db: Database,
                    parameters: SimilarityParameters = .standard) throws {
        let writer = try FingerprintIndexWriter(db: db, parameters: parameters)
        var start = 0
        while start < documents.count {
            let end = min(documents.count, start + chunkDocuments)
            try writer.add(documents[start..<end])
            start = end
        }
        try writer.finish()
    }

    /// Documents whose postings are sorted and kept together.
    static let chunkDocuments = 5_000

    /// Indexes every stored initiative whose fingerprint blob reads with `parameters` and that is not
    /// indexed yet (migration v10, and desks whose initiatives came before it). Returns how many.
    ///
    /// The blobs are read and indexed `chunkDocuments` at a time (holding every decoded fingerprint of
    /// 100,000 initiatives at once would take about a gigabyte); `progress` gets (done, total) after each.
    @discardableResult
    static func addStored(db: Database, parameters: SimilarityParameters = .standard,
                          progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        let ids = try String.fetchAll(db, sql: """
            SELECT f.nominationID FROM fingerprint f JOIN initiative i ON i.nominationID = f.nominationID
            WHERE NOT EXISTS (SELECT 1 FROM fingerprint_slot s WHERE s.nominationID = f.nominationID)
            ORDER BY f.nominationID
            """)
        let read = try db.makeStatement(sql: "SELECT blob FROM fingerprint WHERE nominationID = ?")
        let writer = try FingerprintIndexWriter(db: db, parameters: parameters)
        var added = 0
        var start = 0
        while start < ids.count {
            let end = min(ids.count, start + chunkDocuments)
            var batch: [(id: String, fingerprints: [Fingerprint])] = []
            for id in ids[start..<end] {
                guard let blob = try Data.fetchOne(read, arguments: [id]),
                      let fingerprints = try? FingerprintCoding.decode([UInt8](blob), parameters: parameters) else { continue }
                batch.append((id, fingerprints))
            }
            // Ids in order and chunks one after another: the slots are those one pass would give.
            try writer.add(batch)
            added += batch.count
            start = end
            progress?(end, ids.count)
        }
        try writer.finish()
        return added
    }
}
