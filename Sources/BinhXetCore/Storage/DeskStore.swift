import Foundation
import GRDB

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

    /// Creates a new, empty desk. Fails if something already exists at the path.
    public static func create(at url: URL) throws -> DeskStore {
        let path = url.path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            throw isDir.boolValue ? DeskError.isDirectory(path) : DeskError.alreadyExists(path)
        }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DeskError.database("cannot create folder \(folder.path): \(error.localizedDescription)")
        }
        let store = try DeskStore(url: url)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO desk_info(key, value) VALUES ('created_at', ?)",
                           arguments: [Clock.isoNow()])
        }
        return store
    }

    /// Opens an existing desk.
    public static func open(at url: URL, forWriting: Bool = true) throws -> DeskStore {
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DeskError.notFound(path) }
        if isDir.boolValue { throw DeskError.isDirectory(path) }
        if forWriting, !DeskStore.isWritable(url) { throw DeskError.readOnly(path) }
        return try DeskStore(url: url)
    }

    /// A desk file whose mode has no write bit is treated as read-only even for root: a clerk who
    /// `chmod a-w` an archived desk means it.
    static func isWritable(_ url: URL) -> Bool {
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path),
              let mode = attrs[.posixPermissions] as? Int else { return false }
        return mode & 0o222 != 0 && FileManager.default.isWritableFile(atPath: url.path)
    }

    private init(url: URL) throws {
        self.url = url
        self.documentsURL = url.deletingLastPathComponent().appendingPathComponent("documents", isDirectory: true)
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.label = "desk"
        do {
            pool = try DatabasePool(path: url.path, configuration: config)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw DeskError.notADesk(url.path) }
            if error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
                throw DeskError.readOnly(url.path)
            }
            throw DeskError.database(error.message ?? "\(error)")
        }
        try migrate()
    }

    private func migrate() throws {
        let migrator = DeskMigrations.migrator
        let path = url.path
        do {
            try pool.write { db in
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
            try migrator.migrate(pool)
            // Readers opened before an upgrade could keep the old columns of a table in their cache
            // (seen with v6-event-chain: events read back without their hashes).
            pool.invalidateReadOnlyConnections()
            // A dropped or altered integrity trigger is put back, and the log says so (IntegrityTriggers).
            try pool.write { db in _ = try IntegrityTriggers.restore(db) }
        } catch let error as DeskError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw DeskError.notADesk(path) }
            if error.resultCode == .SQLITE_READONLY { throw DeskError.readOnly(path) }
            throw DeskError.database(error.message ?? "\(error)")
        }
    }

    /// Runs a write transaction, turning SQLite errors into `DeskError`s that name the desk.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(updates)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_READONLY { throw DeskError.readOnly(url.path) }
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
