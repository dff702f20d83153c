import BinhXetText
import Foundation
import GRDB

/// What a backup copied, and how the copy verified.
public struct BackupReport: Sendable, Codable, Equatable {
    public var source: String
    public var destination: String
    public var documents: Int
    /// Originals copied this time; the rest were already in the destination's folder, unchanged.
    public var documentsCopied: Int
    public var documentsAlreadyThere: Int
    /// SQLite side files found beside the destination and moved aside before the copy took its place.
    public var movedAside: [String]
    public var verification: VerificationReport
}

/// A consistent copy of a desk and its originals while members keep working.
///
/// The database is copied with SQLite's online backup in one step, inside one read transaction: the
/// copy is the desk as of one commit, with everything committed before it started, whatever is being
/// written meanwhile (a plain `cp` misses what is still in the WAL). The copy is written under a
/// temporary name, set to a rollback journal (a single self-contained file) and renamed into place.
/// Originals are copied into the destination's own `documents/` folder, skipping those already there
/// with the right SHA-256, so nightly backups into one folder copy only the new ones.
public enum DeskBackup {
    /// What a backup is doing when it reports progress.
    public enum Phase: Sendable {
        /// Copying the originals the destination lacks.
        case copyingOriginals
        /// Verifying the copy: reading every original back.
        case verifying
    }

    /// - Parameter progress: hears (phase, done, total) while originals are copied and verified, for a
    ///   progress line.
    public static func backup(deskAt source: URL, to destination: URL,
                              progress: (@Sendable (Phase, Int, Int) -> Void)? = nil) throws -> BackupReport {
        let from = DeskFiles(source), to = DeskFiles(destination)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: from.url.path, isDirectory: &isDir) else { throw DeskError.notFound(from.url.path) }
        if isDir.boolValue { throw DeskError.isDirectory(from.url.path) }
        if FileManager.default.fileExists(atPath: to.url.path, isDirectory: &isDir), isDir.boolValue {
            throw DeskError.isDirectory(to.url.path)
        }
        if from.url.resolvingSymlinksInPath() == to.url.resolvingSymlinksInPath() { throw BackupError.sameFile(to.url.path) }
        let users = to.openingProcesses
        if !users.isEmpty { throw BackupError.inUse(to.url.path, processes: users) }
        // A backup holds what the desk holds (names, duties, votes): it gets the desk's modes, not the
        // umask of whoever runs it (under 022 the copy, its folders and its originals were world-readable).
        DeskPermissions.useDeskUmask()
        try createFolder(to.url.deletingLastPathComponent())

        removePartialCopies(of: to.url)
        let temporary = DeskFiles(to.url.deletingLastPathComponent()
            .appendingPathComponent(".\(to.url.lastPathComponent).partial-\(getpid())"))
        try removeIfPresent([temporary.url] + temporary.sideFiles)
        defer { try? removeIfPresent([temporary.url] + temporary.sideFiles) }
        try copyDatabase(from: from.url, to: temporary.url)

        // Originals named by the copy (not by the live desk, which may have moved on).
        let documents = try DatabaseQueue(path: temporary.url.path, configuration: readOnly()).read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, format FROM document ORDER BY sha256")
                .map { (sha: $0["sha256"] as String, format: $0["format"] as String) }
        }
        var copied = 0, present = 0
        for (i, d) in documents.enumerated() {
            progress?(.copyingOriginals, i + 1, documents.count)
            let target = to.documentURL(sha256: d.sha, format: d.format)
            if hasContent(target, sha256: d.sha) { present += 1; continue }
            // A changed or missing original is not copied over a good one; verify names it.
            let sourceURL = from.documentURL(sha256: d.sha, format: d.format)
            guard let data = FileManager.default.contents(atPath: sourceURL.path), SHA256.hex(of: data) == d.sha else { continue }
            try createFolder(target.deletingLastPathComponent())
            try data.write(to: target, options: .atomic)
            _ = chmod(target.path, DeskPermissions.file)
            copied += 1
        }

        let moved = try to.moveSideFilesAside(stamp: stamp())
        _ = chmod(temporary.url.path, DeskPermissions.database)
        try replace(to.url, with: temporary.url)
        var verifying: (@Sendable (Int, Int) -> Void)?
        if let progress { verifying = { done, total in progress(.verifying, done, total) } }
        let verification = try DeskVerifier.verify(deskAt: to.url, progress: verifying)
        return BackupReport(source: from.url.path, destination: to.url.path, documents: documents.count,
                            documentsCopied: copied, documentsAlreadyThere: present, movedAside: moved.map(\.path),
                            verification: verification)
    }

    /// Removes what backups to `destination` killed part-way left behind (their process is gone).
    static func removePartialCopies(of destination: URL) {
        let folder = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).partial-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// SQLite's online backup of the whole file in one step, then a rollback journal so that the copy
    /// is one file with no WAL beside it.
    static func copyDatabase(from source: URL, to target: URL) throws {
        let reader = try DatabaseQueue(path: source.path, configuration: DeskVerifier.readingConfiguration(for: source, label: "backup"))
        defer { try? reader.close() }
        let copy = try DatabaseQueue(path: target.path)
        try reader.backup(to: copy)
        try copy.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try copy.close()
    }

    static func readOnly() -> Configuration {
        var c = Configuration()
        c.readonly = true
        c.label = "backup"
        return c
    }

    /// True when the file exists with this SHA-256.
    static func hasContent(_ url: URL, sha256: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: url.path) else { return false }
        return SHA256.hex(of: data) == sha256
    }

    /// Puts `replacement` at `url` in one rename: a reader sees the old file or the new, never half.
    static func replace(_ url: URL, with replacement: URL) throws {
        guard rename(replacement.path, url.path) == 0 else {
            throw DeskError.database("cannot move \(replacement.path) to \(url.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Makes a folder and the folders above it that are missing, each made here with the desk's folder
    /// mode (`DeskPermissions`); folders that were there keep theirs (a home, `/srv/backup`).
    static func createFolder(_ url: URL) throws {
        var missing: [URL] = []
        var cursor = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: cursor.path), cursor.path != "/" {
            missing.append(cursor)
            cursor = cursor.deletingLastPathComponent()
        }
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw DeskError.database("cannot create folder \(url.path): \(error.localizedDescription)")
        }
        for folder in missing.reversed() { DeskPermissions.applyFolderMode(folder.path) }
    }

    static func removeIfPresent(_ urls: [URL]) throws {
        for u in urls where FileManager.default.fileExists(atPath: u.path) { try FileManager.default.removeItem(at: u) }
    }

    /// A time stamp for names of files kept aside: 20261206T221500Z.
    static func stamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }
}
