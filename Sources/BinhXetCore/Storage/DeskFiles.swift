import Foundation

/// Where a desk's files are, apart from an open store: the SQLite file, the `documents/` folder beside
/// it (the same layout as `DeskStore.documentURL`) and SQLite's side files, which must never be left
/// beside a different copy of the desk (SQLite would replay a stale WAL or hot journal into it).
public struct DeskFiles: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url.standardizedFileURL }

    public var documentsURL: URL { url.deletingLastPathComponent().appendingPathComponent("documents", isDirectory: true) }

    public func documentURL(sha256: String, format: String) -> URL {
        documentsURL.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent("\(sha256).\(format)")
    }

    /// Whether the file at `path` begins as every SQLite database does ("SQLite format 3" and a NUL): a
    /// desk, or at least a database; anything else (a text file, an empty one) is not a desk at all.
    public static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == Data("SQLite format 3\u{0}".utf8)
    }

    /// `-wal`, `-shm` and `-journal` beside the desk.
    public var sideFiles: [URL] {
        ["-wal", "-shm", "-journal"].map { URL(fileURLWithPath: url.path + $0) }
    }

    /// The side files that exist now.
    public var presentSideFiles: [URL] { sideFiles.filter { FileManager.default.fileExists(atPath: $0.path) } }

    /// Side files that may hold writes: a WAL or journal with content. An empty WAL and the index beside
    /// it (what a read-only connection leaves) hold none.
    public var sideFilesWithContent: [URL] {
        let wal = sideFiles[0], journal = sideFiles[2]
        let written = [wal, journal].filter { ((try? FileManager.default.attributesOfItem(atPath: $0.path))?[.size] as? Int ?? 0) > 0 }
        return written.isEmpty ? [] : presentSideFiles
    }

    /// Processes that have the desk or its side files open (from /proc; only those this user may see).
    /// Plain readdir/readlink: FileManager took seconds over a busy machine's /proc.
    public var openingProcesses: [Int32] {
        let targets = Set(([url] + sideFiles).map { $0.resolvingSymlinksInPath().path })
        let me = getpid()
        return Self.entries(of: "/proc").compactMap(Int32.init).filter { pid in
            pid != me && Self.entries(of: "/proc/\(pid)/fd").contains { fd in
                Self.link("/proc/\(pid)/fd/\(fd)").map(targets.contains) ?? false
            }
        }.sorted()
    }

    private static func entries(of folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Moves the side files aside under a dated name (kept, not deleted: they may hold someone's
    /// last writes). Returns where they went.
    public func moveSideFilesAside(stamp: String) throws -> [URL] {
        try presentSideFiles.map { f in
            let to = URL(fileURLWithPath: f.path + ".stale-" + stamp)
            try FileManager.default.moveItem(at: f, to: to)
            return to
        }
    }
}
