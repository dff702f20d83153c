import BinhXetSimilarity
import Foundation
import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#endif

/// Writes documents' postings into the desk's fingerprint index (`DeskFingerprintIndex`) in the caller's
/// transaction, a chunk of documents at a time, so memory holds one chunk's postings, not a whole import's.
///
/// Each chunk's postings are sorted by hash and kept as a run; the runs are merged at `finish` and every
/// hash written once, in hash order. Writing each chunk's hashes straight away (as before 2026-12-07) made
/// every chunk touch nearly every leaf page of the posting table: at 100,000 reports the table is about a
/// gigabyte and 20 chunks rewrote it about ten times over, through the WAL. A single run is written
/// directly. Runs beyond the first are spilled to temporary files (about 50 MB per 5,000 reports), removed
/// at `finish` or when the writer goes.
///
/// The rows written are those of upserting chunk after chunk: a hash's documents are counted in full, and
/// a chunk's postings of it (those of its first `maxPostingDocuments` documents) are appended while fewer
/// than `maxPostingDocuments` documents held it before that chunk.
final class FingerprintIndexWriter {
    private let db: Database
    private let insertSlot: Statement
    private let upsert: Statement
    private let lookup: Statement
    /// False when the desk's index was made with other parameters: nothing is written.
    private let enabled: Bool
    /// Whether the posting table was empty when the writer began: then no hash has stored documents
    /// before the merge, and none needs reading.
    private let startedEmpty: Bool
    /// The first run, kept in memory until a second one comes.
    private var firstRun: [UInt8]?
    private var files: [String] = []
    /// Documents up to which a hash's postings are kept (`DeskFingerprintIndex.maxPostingDocuments`; tests
    /// make it small).
    private let cap: Int

    init(db: Database, parameters: SimilarityParameters = .standard, cap: Int = DeskFingerprintIndex.maxPostingDocuments) throws {
        self.db = db
        self.cap = cap
        let key = DeskFingerprintIndex.parameterKey(parameters)
        let stored = try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'fingerprint_index'")
        if stored == nil {
            try db.execute(sql: "INSERT INTO desk_info(key, value) VALUES ('fingerprint_index', ?)", arguments: [key])
        }
        // Made with other parameters: a checker with these does not read it.
        enabled = stored == nil || stored == key
        insertSlot = try db.makeStatement(sql: "INSERT OR IGNORE INTO fingerprint_slot(nominationID) VALUES (?)")
        // `||` joins as text: without the cast the row would hold TEXT, which reads back cut at its first
        // zero byte (a second import's postings were lost so until this was found, 2026-12-06).
        upsert = try db.makeStatement(sql: """
            INSERT INTO fingerprint_posting(hash, documents, postings) VALUES (?, ?, ?)
            ON CONFLICT(hash) DO UPDATE SET documents = documents + excluded.documents,
                postings = CASE WHEN documents >= \(cap) THEN postings
                                ELSE CAST(postings || excluded.postings AS BLOB) END
            """)
        lookup = try db.makeStatement(sql: "SELECT documents FROM fingerprint_posting WHERE hash = ?")
        startedEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM fingerprint_posting)")!
    }

    deinit { removeFiles() }

    /// Numbers the chunk's documents (initiatives already indexed are skipped) and keeps their postings
    /// as one sorted run.
    func add(_ documents: some Collection<(id: String, fingerprints: [Fingerprint])>) throws {
        guard enabled else { return }
        // Every posting of the chunk as (hash, slot, position), sorted by hash then as added: one flat
        // array rather than a dictionary of arrays, whose per-array blocks would cost several times more.
        var postings: [(hash: UInt64, slot: Int32, position: Int32)] = []
        postings.reserveCapacity(documents.reduce(0) { $0 + $1.fingerprints.count })
        for document in documents {
            try insertSlot.execute(arguments: [document.id])
            guard db.changesCount == 1 else { continue }
            let slot = Int32(truncatingIfNeeded: db.lastInsertedRowID)
            for f in document.fingerprints {
                postings.append((f.hash == 0 ? 1 : f.hash, slot, Int32(clamping: f.position)))
            }
        }
        guard !postings.isEmpty else { return }
        // Stable order within a hash (slot, then as the text gave them), as the in-memory index keeps a
        // document's postings together.
        postings.sort { a, b in
            a.hash != b.hash ? Int64(bitPattern: a.hash) < Int64(bitPattern: b.hash) : a.slot < b.slot
        }
        var run: [UInt8] = []
        run.reserveCapacity(postings.count * 12)
        var i = 0
        var bytes: [UInt8] = []
        while i < postings.count {
            let hash = postings[i].hash
            var documentsHolding: UInt32 = 0
            var lastSlot: Int32 = -1
            bytes.removeAll(keepingCapacity: true)
            while i < postings.count, postings[i].hash == hash {
                let p = postings[i]
                if p.slot != lastSlot { documentsHolding += 1; lastSlot = p.slot }
                if documentsHolding <= cap {
                    Self.append(UInt32(bitPattern: p.slot), to: &bytes)
                    Self.append(UInt32(bitPattern: p.position), to: &bytes)
                }
                i += 1
            }
            Self.append(hash, to: &run)
            Self.append(documentsHolding, to: &run)
            Self.append(UInt32(bytes.count), to: &run)
            run += bytes
        }
        if firstRun == nil && files.isEmpty {
            firstRun = run
            return
        }
        if let first = firstRun {
            try spill(first)
            firstRun = nil
        }
        try spill(run)
    }

    /// Writes what the runs hold into the posting table, every hash once, in hash order.
    func finish() throws {
        defer { removeFiles() }
        if let run = firstRun {
            firstRun = nil
            let reader = RunReader(bytes: run)
            while let record = try reader.next() {
                try record.bytes.withUnsafeBytes { try writeRow(Int64(bitPattern: record.hash), documents: Int(record.documents), postings: $0) }
            }
            return
        }
        guard !files.isEmpty else { return }
        let readers = try files.map { try RunReader(path: $0) }
        var heads = try readers.map { try $0.next() }
        var appended: [UInt8] = []
        while true {
            // The least hash at the head of any run (signed order, as the runs are sorted).
            var least: Int64?
            for case let head? in heads {
                let h = Int64(bitPattern: head.hash)
                if least == nil || h < least! { least = h }
            }
            guard let hash = least else { break }
            // Its records in run order, that is chunk after chunk.
            var held = 0
            var runsHolding = 0
            appended.removeAll(keepingCapacity: true)
            var before: Int?
            for r in heads.indices {
                guard let head = heads[r], Int64(bitPattern: head.hash) == hash else { continue }
                runsHolding += 1
                if runsHolding == 2 && !startedEmpty {
                    // Whether a later chunk's postings are appended depends on how many documents held the
                    // hash before the first chunk: the stored row's count.
                    before = try Int.fetchOne(lookup, arguments: [hash]) ?? 0
                }
                if (before ?? 0) + held < cap || runsHolding == 1 {
                    appended += head.bytes
                }
                held += Int(head.documents)
                heads[r] = try readers[r].next()
            }
            try appended.withUnsafeBytes { try writeRow(hash, documents: held, postings: $0) }
        }
    }

    /// Upserts one hash's row through SQLite's own calls: binding through GRDB's arguments (an array of
    /// boxed values, checked and copied per row) was most of writing the 3.7 million rows of a
    /// 10,000-report import (issue 13).
    private func writeRow(_ hash: Int64, documents: Int, postings: UnsafeRawBufferPointer) throws {
        let statement = upsert.sqliteStatement
        // A null pointer would bind NULL; the column holds a blob, never empty here, but never NULL either.
        let bytes = postings.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        var code = sqlite3_bind_int64(statement, 1, hash)
        if code == SQLITE_OK { code = sqlite3_bind_int64(statement, 2, Int64(documents)) }
        if code == SQLITE_OK { code = sqlite3_bind_blob(statement, 3, bytes, Int32(postings.count), Self.transient) }
        if code == SQLITE_OK { code = sqlite3_step(statement) }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: upsert.sql)
        }
    }

    /// SQLite copies a blob bound with this destructor before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func spill(_ run: [UInt8]) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("binhxet-index-run-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DeskError.cannotStore(path, reason: String(cString: strerror(errno))) }
        files.append(path)
        defer { close(fd) }
        try run.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == ENOSPC { throw DeskError.diskFull(path) }
                    throw DeskError.cannotStore(path, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    private func removeFiles() {
        for f in files { unlink(f) }
        files = []
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16)); out.append(UInt8(truncatingIfNeeded: v >> 24))
    }

    private static func append(_ v: UInt64, to out: inout [UInt8]) {
        append(UInt32(truncatingIfNeeded: v), to: &out)
        append(UInt32(truncatingIfNeeded: v >> 32), to: &out)
    }
}

/// Reads a run's records — hash (8 bytes), documents holding it (4), byte count (4), the postings — from
/// memory or from a file, a megabyte at a time.
private final class RunReader {
    struct Record {
        var hash: UInt64
        var documents: UInt32
        var bytes: ArraySlice<UInt8>
    }

    private var buffer: [UInt8]
    private var start = 0
    private var fd: Int32 = -1
    private var atEnd: Bool
    /// What one read fills: a megabyte, or the whole run when it is smaller.
    private var scratch: [UInt8] = []

    init(bytes: [UInt8]) {
        buffer = bytes
        atEnd = true
    }

    init(path: String) throws {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        buffer = []
        atEnd = false
        guard fd >= 0 else { throw DeskError.cannotStore(path, reason: String(cString: strerror(errno))) }
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : 1 << 20
        scratch = [UInt8](repeating: 0, count: max(16, min(1 << 20, size)))
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Makes sure `count` bytes from `start` are in the buffer, unless the run ends first.
    private func fill(_ count: Int) throws -> Bool {
        while buffer.count - start < count && !atEnd {
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let n = scratch.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DeskError.cannotStore("index run", reason: String(cString: strerror(errno)))
            }
            buffer.append(contentsOf: scratch[0..<n])
            if n == 0 {
                atEnd = true
                close(fd)
                fd = -1
            }
        }
        return buffer.count - start >= count
    }

    func next() throws -> Record? {
        guard try fill(16) else { return nil }
        func u32(_ at: Int) -> UInt32 {
            UInt32(buffer[at]) | UInt32(buffer[at + 1]) << 8 | UInt32(buffer[at + 2]) << 16 | UInt32(buffer[at + 3]) << 24
        }
        let hash = UInt64(u32(start)) | UInt64(u32(start + 4)) << 32
        let documents = u32(start + 8)
        let count = Int(u32(start + 12))
        guard try fill(16 + count) else { throw DeskError.cannotStore("index run", reason: "cut short") }
        let bytes = buffer[(start + 16)..<(start + 16 + count)]
        start += 16 + count
        return Record(hash: hash, documents: documents, bytes: bytes)
    }
}
