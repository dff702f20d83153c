import GRDB

extension DeskStore {
    /// A read through SQLite's own reads instead of the memory map (`PRAGMA mmap_size`, restored after),
    /// for the bulk passes over the desk whose pages are not read again soon (learning the relevance
    /// model, an import's look at what the desk holds): their pages stay in the kernel's page cache
    /// instead of the process's resident size, which a pass over a 100,000-report desk took to 3.8 GB
    /// (issue 13). SQLite unmaps the file of this connection when the size changes with no page in use,
    /// as at the start of a read.
    func readUnmapped<T>(_ body: (Database) throws -> T) throws -> T {
        try read { db -> T in
            try db.execute(sql: "PRAGMA mmap_size = 0")
            defer { try? db.execute(sql: "PRAGMA mmap_size = \(DeskStore.mapSize)") }
            return try body(db)
        }
    }
}
