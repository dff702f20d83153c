import GRDB

extension DeskStore {
    /// A read through SQLite's own reads instead of the memory map (`PRAGMA mmap_size`, restored after),
    /// for the bulk passes over the desk whose pages are not read again soon (learning the relevance
    /// model, an import's look at what the desk holds): their pages stay in the kernel's page cache
    /// instead of the process's resident size, which a pass over a 100,000-report desk took to 3.8 GB
    /// (issue 13). Setting the size makes the connection's next page reads go through read() even while
    /// a page it fetched from the map is held (page 1, for the open transaction); SQLite unmaps the file
    /// when no page is in use.
    func readUnmapped<T>(_ body: (Database) throws -> T) throws -> T {
        try read { db -> T in try Self.unmapped(db, body) }
    }

    /// `write`, with the writer's page reads unmapped as in `readUnmapped`: for a transaction that looks
    /// up rows all over the desk (storing every initiative's relevance reading finds each initiative's
    /// row, and a page fault on the map also maps its neighbours — the row's text, just read — into the
    /// resident size: 1.8 GB of a first import of 100,000 reports, measured by `perf record -e page-faults`).
    func writeUnmapped<T>(_ body: (Database) throws -> T) throws -> T {
        try write { db -> T in try Self.unmapped(db, body) }
    }

    private static func unmapped<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA mmap_size = 0")
        defer { try? db.execute(sql: "PRAGMA mmap_size = \(DeskStore.mapSize)") }
        return try body(db)
    }
}
