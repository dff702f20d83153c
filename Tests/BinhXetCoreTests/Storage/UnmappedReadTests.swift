@testable import BinhXetCore
import Foundation
import GRDB
import Testing

/// The bulk passes read and write the desk without its memory map (issue 13: pages faulted in through the
/// map stay in the resident size), and every other read and write keeps the map.
@Suite struct UnmappedReadTests {
    static func mapSize(_ db: Database) throws -> Int64? { try Int64.fetchOne(db, sql: "PRAGMA mmap_size") }

    @Test func unmappedReadsAndWritesGoWithoutTheMapAndLeaveItForTheNext() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        // Every connection maps the desk (the pool's readers and its writer), up to the size SQLite was
        // built to allow (`SQLITE_MAX_MMAP_SIZE`, 2 GB on Debian).
        let mapped = try #require(try store.read(Self.mapSize))
        #expect(mapped > 0 && mapped <= Int64(DeskStore.mapSize))
        #expect(try store.write(Self.mapSize) == mapped)
        // Inside an unmapped read or write the connection's map is off ...
        #expect(try store.readUnmapped(Self.mapSize) == 0)
        #expect(try store.writeUnmapped { db -> Int64? in
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('unmapped-test', 'x')")
            return try Self.mapSize(db)
        } == 0)
        // ... the write was kept, and the same connections map the desk again afterwards.
        #expect(try store.read { db in try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'unmapped-test'") } == "x")
        #expect(try store.read(Self.mapSize) == mapped)
        #expect(try store.write(Self.mapSize) == mapped)
    }
}
