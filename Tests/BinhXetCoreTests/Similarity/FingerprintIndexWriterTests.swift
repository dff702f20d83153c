@testable import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import GRDB
import Testing

/// The index writer keeps each chunk's postings as a sorted run and writes every hash once at the end;
/// the rows must be those of upserting chunk after chunk (the rule the stored index was made by): a
/// hash's documents all counted, a chunk's postings of it (its first `cap` documents') appended while
/// fewer than `cap` documents held it before that chunk — also over rows an earlier import stored.
@Suite struct FingerprintIndexWriterTests {
    typealias Document = (id: String, fingerprints: [Fingerprint])

    /// Upserting chunk after chunk, as a plain dictionary: the reference.
    struct Reference {
        var rows: [Int64: (documents: Int, postings: [UInt8])] = [:]
        var nextSlot: Int32 = 1
        let cap: Int

        mutating func add(_ chunk: [Document]) {
            var byHash: [UInt64: [(slot: Int32, position: Int32)]] = [:]
            for d in chunk {
                for f in d.fingerprints { byHash[f.hash == 0 ? 1 : f.hash, default: []].append((nextSlot, Int32(f.position))) }
                nextSlot += 1
            }
            for (hash, postings) in byHash {
                var documents = 0, last: Int32 = -1
                var bytes: [UInt8] = []
                for p in postings {
                    if p.slot != last { documents += 1; last = p.slot }
                    guard documents <= cap else { continue }
                    for v in [UInt32(bitPattern: p.slot), UInt32(bitPattern: p.position)] {
                        bytes += [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8),
                                  UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 24)]
                    }
                }
                let key = Int64(bitPattern: hash)
                if var row = rows[key] {
                    if row.documents < cap { row.postings += bytes }
                    row.documents += documents
                    rows[key] = row
                } else {
                    rows[key] = (documents, bytes)
                }
            }
        }
    }

    /// Documents drawing their hashes from a small pool, so many hashes are held by more than `cap`.
    static func documents(_ count: Int, from first: Int, using random: inout SeededGenerator) -> [Document] {
        (first..<(first + count)).map { i in
            var position = 0
            let fingerprints = (0..<Int.random(in: 1...12, using: &random)).map { _ -> Fingerprint in
                position += Int.random(in: 0...3, using: &random)
                // Hash 0 is stored as 1, and a hash with the top bit set sorts first (signed order).
                let pool: [UInt64] = [0, 1, 2, 3, 5, 8, 13, 1 << 63, (1 << 63) + 7, UInt64.max]
                // Half from 30 common hashes, half from 160 rarer ones: some held by a few documents of
                // the first import and a few more of the second, across the cap.
                let spread = Bool.random(using: &random) ? 2 : 15
                return Fingerprint(hash: pool.randomElement(using: &random)! &+ UInt64(Int.random(in: 0...spread, using: &random)) * 1000,
                                   position: position)
            }
            return ("D\(i)", fingerprints)
        }
    }

    /// Stores the documents' slots and postings with the writer, in chunks of `chunk`; returns the table.
    static func write(_ imports: [[Document]], chunk: Int, cap: Int, db: Database) throws -> [Int64: (Int, [UInt8])] {
        for documents in imports {
            let writer = try FingerprintIndexWriter(db: db, cap: cap)
            var start = 0
            while start < documents.count {
                try writer.add(documents[start..<min(documents.count, start + chunk)])
                start += chunk
            }
            try writer.finish()
        }
        var out: [Int64: (Int, [UInt8])] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT hash, documents, postings FROM fingerprint_posting") {
            out[row[0]] = (row[1], [UInt8](row[2] as Data))
        }
        return out
    }

    struct RolledBack: Error {}

    @Test(arguments: [1, 3, 7, 100])
    func runsMergedWriteWhatChunkAfterChunkWrites(chunk: Int) throws {
        var random = SeededGenerator(printingSeedFor: "runsMergedWriteWhatChunkAfterChunkWrites(\(chunk))")
        // Two imports (the second over rows the first stored), 60 and 45 documents, cap 4.
        let first = Self.documents(60, from: 0, using: &random)
        let second = Self.documents(45, from: 60, using: &random)
        var reference = Reference(cap: 4)
        for documents in [first, second] {
            var start = 0
            while start < documents.count {
                reference.add(Array(documents[start..<min(documents.count, start + chunk)]))
                start += chunk
            }
        }
        let s = try Scratch()
        let store = try s.makeDesk()
        var written: [Int64: (Int, [UInt8])] = [:]
        // In one transaction rolled back at the end: the slots name no stored nomination.
        _ = try? store.write { db -> Void in
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            written = try Self.write([first, second], chunk: chunk, cap: 4, db: db)
            throw RolledBack()
        }
        #expect(reference.rows.values.contains { $0.documents > 4 })
        #expect(reference.rows.values.contains { $0.documents < 4 })
        #expect(written.count == reference.rows.count)
        for (hash, row) in reference.rows {
            #expect(written[hash]?.0 == row.documents, "documents of \(hash)")
            #expect(written[hash]?.1 == row.postings, "postings of \(hash)")
        }
    }
}
