import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The desk: one SQLite file (WAL, so several members' terminals can work at once) plus a `documents/`
/// folder beside it holding every imported original, byte for byte, under its SHA-256.
///
/// This façade is the only way in: intention-named reads and writes, each write one transaction.
public final class DeskStore: Sendable {
    /// The desk file.
    public let url: URL
    /// Where original documents are kept: `<folder of the desk>/documents/<2 hex>/<sha256>.<ext>`.
    public let documentsURL: URL
    let pool: DatabasePool
    /// Whether this desk was opened for reading only (this user cannot write it): every write fails
    /// with `DeskError.readOnly`.
    public let isReadOnly: Bool
    /// The rule book last built from the desk's settings (`ruleBook()`).
    let ruleBooks = RuleBookMemo()

    /// Creates a new, empty desk. Fails if something already exists at the path.
    ///
    /// Nothing is world-readable (`DeskPermissions`). A folder made here is 2770; with `group`, the folder
    /// (when made here), the database and `documents/` belong to that group, so its members can all work
    /// on the desk. An existing folder keeps its mode and group: it may be a home or a shared folder.
    public static func create(at url: URL, group: String? = nil) throws -> DeskStore {
        let path = url.path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw DeskError.isDirectory(path) }
            // A file this user cannot read may well be a desk: only one read and found not to be is called so.
            let notADesk = FileManager.default.isReadableFile(atPath: path) && !DeskFiles.hasSQLiteHeader(path)
            throw notADesk ? DeskError.fileInTheWay(path) : DeskError.alreadyExists(path)
        }
        let gid = try group.map { name throws(DeskError) in try DeskPermissions.groupID(named: name) }
        DeskPermissions.useDeskUmask()
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw DeskError.database("cannot create folder \(folder.path): \(error.localizedDescription)")
            }
            DeskPermissions.applyFolderMode(folder.path)
            if let gid, let group { try DeskPermissions.setGroup(folder.path, gid, name: group) }
        }
        let store = try DeskStore(url: url, readOnly: false)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO desk_info(key, value) VALUES ('created_at', ?)",
                           arguments: [Clock.isoNow()])
        }
        try store.withImportLock { }   // makes documents/ with the folder's mode and group
        for file in [path, path + "-wal", path + "-shm", store.documentsURL.path, store.importLockURL.path]
        where FileManager.default.fileExists(atPath: file) {
            if let gid, let group { try DeskPermissions.setGroup(file, gid, name: group) }
        }
        for file in [path, path + "-wal", path + "-shm"] { _ = chmod(file, DeskPermissions.database) }
        if gid != nil { _ = chmod(store.documentsURL.path, DeskPermissions.folder) }   // chown may drop setgid
        return store
    }

    /// Opens an existing desk. A desk this user cannot write opens read-only for reading (and is refused
    /// for writing): no schema step runs, nothing is written to it, and `isReadOnly` says so. (SQLite may
    /// still create its -wal and -shm beside it when the folder allows: it needs them to read.)
    ///
    /// - Parameter progress: hears how far a long schema step is (building the fingerprint index of a
    ///   desk made before it), for a progress line.
    public static func open(at url: URL, forWriting: Bool = true, progress: MigrationProgress? = nil) throws -> DeskStore {
        // Through a link, the desk is the file it names: its settings, holidays, phrase lists, originals and
        // papers are those beside the real desk, not files a member put beside a link of their own (a
        // member's `.rules` beside a link gave them the chair's outcome roles).
        let url = url.resolvingSymlinksInPath()
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DeskError.notFound(path) }
        if isDir.boolValue { throw DeskError.isDirectory(path) }
        if let problem = DeskPermissions.readProblem(path) { throw problem }
        let writable = DeskStore.isWritable(url)
        if forWriting, !writable { throw DeskError.readOnly(path) }
        if writable { DeskPermissions.useDeskUmask() }
        return try DeskStore(url: url, readOnly: !writable, progress: progress)
    }

    /// A desk file whose mode has no write bit is treated as read-only even for root: a clerk who
    /// `chmod a-w` an archived desk means it. A desk whose folder, -wal or -shm this user cannot write is
    /// read-only too: SQLite would fail at the first write, or at opening. Side files of the user's own
    /// that were left read-only (SQLite gives them the desk's mode, so reading an archived desk leaves
    /// them 0440) are given the desk's mode again.
    static func isWritable(_ url: URL) -> Bool {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              let mode = attrs[.posixPermissions] as? Int else { return false }
        guard mode & 0o222 != 0, access(url.path, W_OK) == 0 else { return false }
        guard access(url.deletingLastPathComponent().path, W_OK) == 0 else { return false }
        for side in [url.path + "-wal", url.path + "-shm"] where access(side, F_OK) == 0 {
            if access(side, W_OK) == 0 { continue }
            var st = stat()
            guard stat(side, &st) == 0, st.st_uid == geteuid(), chmod(side, DeskPermissions.database) == 0 else { return false }
        }
        return true
    }

    private init(url: URL, readOnly: Bool, progress: MigrationProgress? = nil) throws {
        self.url = url
        self.isReadOnly = readOnly
        self.documentsURL = url.deletingLastPathComponent().appendingPathComponent("documents", isDirectory: true)
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.label = "desk"
        // Pages read through a memory map instead of a read() each: a check reads a few thousand index rows
        // and an 18 MB relevance model spread over 4,600 overflow pages (issue 13). Only reading changes;
        // writes still go through the WAL.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(DeskStore.mapSize)") }
        do {
            pool = try DatabasePool(path: url.path, configuration: config)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw DeskError.notADesk(url.path) }
            if error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
                throw readOnly ? DeskStore.readOnlyOpenFailure(url.path) : DeskError.readOnly(url.path)
            }
            throw DeskError.database(error.message ?? "\(error)")
        }
        try migrate(progress: progress)
    }

    /// The most of the desk file mapped into memory (SQLite maps up to this, or the file's size).
    static let mapSize = 1 << 32

    /// Why a desk opened for reading could not be: without write access to the folder, SQLite reads a
    /// WAL desk only while its -shm file exists, that is while someone has the desk open.
    static func readOnlyOpenFailure(_ path: String) -> DeskError {
        access(path + "-shm", F_OK) != 0 ? .cannotOpenReadOnly(path) : .readOnly(path)
    }

    /// Brings the schema up to date; a read-only desk is only checked, and refused if it needs a step.
    private func migrate(progress: MigrationProgress?) throws {
        let migrator = DeskMigrations.migrator(progress: progress)
        let path = url.path
        do {
            try pool.read { db in
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type='table'") ?? 0
                if appID != DeskMigrations.applicationID && (appID != 0 || tables > 0) {
                    throw DeskError.notADesk(path)
                }
            }
            let unknown = try pool.read { db -> [String] in
                guard try db.tableExists("grdb_migrations") else { return [] }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let known = Set(migrator.migrations)
                return applied.filter { !known.contains($0) }
            }
            if !unknown.isEmpty { throw DeskError.newerSchema(path, unknownMigrations: unknown) }
            // What is missing, and whether a trigger needs putting back, is read first: a desk that is up
            // to date (every opening but the first after an upgrade) is then opened without a write
            // transaction, so `check` and the other reading commands write nothing (issue 13).
            let (done, triggersAltered) = try pool.read { db in
                (try migrator.appliedIdentifiers(db), try !IntegrityTriggers.deviations(db).isEmpty)
            }
            let missing = migrator.migrations.filter { !done.contains($0) }
            if isReadOnly {
                if !missing.isEmpty { throw DeskError.needsUpgrade(path, missingMigrations: missing) }
                return
            }
            if !missing.isEmpty {
                try migrator.migrate(pool)
                // Readers opened before an upgrade could keep the old columns of a table in their cache
                // (seen with v6-event-chain: events read back without their hashes).
                pool.invalidateReadOnlyConnections()
            }
            // A dropped or altered integrity trigger is put back, and the log says so (IntegrityTriggers).
            if !missing.isEmpty || triggersAltered {
                try pool.write { db in _ = try IntegrityTriggers.restore(db) }
            }
        } catch let error as DeskError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw DeskError.notADesk(path) }
            if error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
                throw isReadOnly ? DeskStore.readOnlyOpenFailure(path) : DeskError.readOnly(path)
            }
            throw DeskError.database(error.message ?? "\(error)")
        }
    }

    /// Runs a write transaction, turning SQLite errors into `DeskError`s that name the desk.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(updates)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_READONLY { throw DeskError.readOnly(url.path) }
            if error.resultCode == .SQLITE_FULL { throw DeskError.diskFull(url.path) }
            throw DeskError.database(error.message ?? "\(error)")
        }
    }

    /// Runs a read, turning SQLite errors into `DeskError`s.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(value)
        } catch let error as DatabaseError {
            throw DeskError.database(error.message ?? "\(error)")
        }
    }

    /// Path of a stored original document.
    public func documentURL(sha256: String, format: String) -> URL {
        documentsURL.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent("\(sha256).\(format)")
    }
}
