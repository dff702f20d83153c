import Foundation
#if canImport(Glibc)
import Glibc
#endif

// MARK: - Original documents on disk

/// Storing originals so that imports running at once cannot lose each other's files, and a killed
/// import leaves nothing the next one does not clear.
///
/// Originals are content-addressed, so two imports of the same file want the same paths. Before, one
/// import's clean-up after its refused transaction removed files the other had just committed (1,407
/// documents imported twice at once lost 25–387 every time). Now the phase "write originals, commit,
/// or remove what this import created" runs under an exclusive `flock` on `documents/.import.lock`:
/// decoding stays parallel, the phase is serial, and under the lock a file that exists is one a
/// committed row refers to. Each import first writes a journal (`documents/.pending-<pid>-<random>`)
/// of the originals it is about to create; the next import, under the same lock, removes what a killed
/// one listed and no row refers to, and any temp file beside it. Only listed files are ever removed,
/// never "whatever the database does not know": folders made before desks had one each may hold two
/// desks' originals.
extension DeskStore {
    /// The lock file that serialises storing originals.
    var importLockURL: URL { documentsURL.appendingPathComponent(".import.lock") }

    /// Runs `body` holding the exclusive import lock of this desk's documents folder.
    func withImportLock<T>(_ body: () throws -> T) throws -> T {
        try makeDocumentsFolder(documentsURL)
        let fd = Glibc.open(importLockURL.path, O_RDONLY | O_CREAT | O_CLOEXEC, DeskPermissions.file)
        guard fd >= 0 else { throw storageError(errno, importLockURL.path) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw storageError(errno, importLockURL.path) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// What one import is about to create, written down before the first file so a kill leaves a trace.
    struct PendingOriginals {
        let journal: URL
        let files: [URL]
    }

    /// Writes the journal listing `files` (paths under the documents folder). Call under the lock.
    func beginStoring(_ files: [URL]) throws -> PendingOriginals {
        let name = ".pending-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let journal = documentsURL.appendingPathComponent(name)
        let prefix = documentsURL.path + "/"
        let lines = files.map { String($0.path.dropFirst(prefix.count)) + "\n" }.joined()
        try writeNewFile(Data(lines.utf8), to: journal)
        return PendingOriginals(journal: journal, files: files)
    }

    /// Adds files to an import's journal before they are written: an import that stores its originals a
    /// batch at a time names each batch's so.
    func noteStoring(_ files: [URL], in pending: PendingOriginals) throws {
        guard !files.isEmpty else { return }
        let prefix = documentsURL.path + "/"
        let lines = files.map { String($0.path.dropFirst(prefix.count)) + "\n" }.joined()
        let fd = Glibc.open(pending.journal.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw storageError(errno, pending.journal.path) }
        defer { close(fd) }
        try writeAll(Data(lines.utf8), to: fd, path: pending.journal.path)
    }

    /// Writes one original through a temp file of its own, so a reader never sees half a file. Returns
    /// false when the file is already there (content-addressed: the same bytes).
    func storeOriginal(_ data: Data, at dest: URL) throws -> Bool {
        if FileManager.default.fileExists(atPath: dest.path) { return false }
        try makeDocumentsFolder(dest.deletingLastPathComponent())
        let tmp = URL(fileURLWithPath: dest.path + ".part-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try writeNewFile(data, to: tmp)
            guard rename(tmp.path, dest.path) == 0 else { throw storageError(errno, dest.path) }
        } catch {
            unlink(tmp.path)
            throw error
        }
        return true
    }

    /// Ends an import's journal: its files are now referenced (committed) or were removed.
    func endStoring(_ pending: PendingOriginals) {
        unlink(pending.journal.path)
    }

    /// Removes what killed imports left: each journal's files that no `document` row refers to, their
    /// temp files, and the journal. Call under the lock. Returns the number of files removed.
    @discardableResult
    func removeLeftoversOfKilledImports() throws -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documentsURL.path)) ?? []
        let journals = names.filter { $0.hasPrefix(".pending-") }
        guard !journals.isEmpty else { return 0 }
        let referenced = Set(try read { db in try String.fetchAll(db, sql: "SELECT sha256 FROM document") })
        var removed = 0
        for name in journals {
            let journal = documentsURL.appendingPathComponent(name)
            let text = (try? String(contentsOf: journal, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where !line.contains("/..") && !line.hasPrefix("..") {
                let file = documentsURL.appendingPathComponent(String(line))
                let sha = file.deletingPathExtension().lastPathComponent
                if !referenced.contains(sha), unlink(file.path) == 0 { removed += 1 }
                let folder = file.deletingLastPathComponent()
                let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                for tmp in siblings where tmp.hasPrefix(file.lastPathComponent + ".part") {
                    if unlink(folder.appendingPathComponent(tmp).path) == 0 { removed += 1 }
                }
            }
            unlink(journal.path)
        }
        return removed
    }

    /// Creates a file that must not exist yet, with the desk's file mode, and writes all of `data`.
    private func writeNewFile(_ data: Data, to url: URL) throws {
        let fd = Glibc.open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, DeskPermissions.file)
        guard fd >= 0 else { throw storageError(errno, url.path) }
        defer { close(fd) }
        try writeAll(data, to: fd, path: url.path)
    }

    private func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw storageError(errno, path)
                }
                offset += n
            }
        }
    }

    /// Creates a folder under `documents/` (and `documents/` itself) with the desk's folder mode.
    private func makeDocumentsFolder(_ url: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return }
        if url.path != documentsURL.path { try makeDocumentsFolder(documentsURL) }
        if mkdir(url.path, DeskPermissions.folder) != 0 && errno != EEXIST { throw storageError(errno, url.path) }
        DeskPermissions.applyFolderMode(url.path)
    }

    /// A file-system error while storing, as a plain `DeskError`.
    func storageError(_ code: Int32, _ path: String) -> DeskError {
        if code == ENOSPC || code == EDQUOT { return .diskFull(path) }
        return .cannotStore(path, reason: String(cString: strerror(code)))
    }
}
