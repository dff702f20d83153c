import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a document's bytes only when it is a regular file no larger than a limit.
///
/// The type and size are checked with `stat` before the file is opened, and the file is opened
/// non-blocking: a FIFO named as a report would otherwise hang the import until someone writes to it,
/// and a device (`/dev/zero`) would be read without end. The opened file is checked again (`fstat`) so a
/// file swapped in between is not read either.
enum RegularFile {
    /// The bytes of the file at `path`. With `followLinks` false, a link as the last component is refused
    /// (the importer reads the real path it has resolved, so a link there is one swapped in since).
    static func read(_ path: String, maxBytes: Int, followLinks: Bool = true) throws(DocumentError) -> Data {
        let (fd, before) = try openChecked(path, maxBytes: maxBytes, followLinks: followLinks)
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { throw error(errno) }
        guard opened.st_dev == before.st_dev, opened.st_ino == before.st_ino else {
            throw .changedWhileRead
        }
        try check(opened, maxBytes: maxBytes)

        // Read up to one byte past the limit, so a file that grows while it is read is caught too.
        var data = Data(count: Int(opened.st_size))
        var length = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(errno)
            }
            if n == 0 { break }
            if length + n > maxBytes { throw .tooLarge(bytes: length + n, limit: maxBytes) }
            if length + n > data.count { data.count = length + n }
            data.replaceSubrange(length..<(length + n), with: chunk[0..<n])
            length += n
        }
        data.count = length
        return data
    }

    /// Whether `path` would be read, without reading it: a regular file within the limit that opens.
    /// Returns its size (the importer's first pass checks every report so; the second reads them).
    static func examine(_ path: String, maxBytes: Int, followLinks: Bool = true) throws(DocumentError) -> Int {
        let (fd, before) = try openChecked(path, maxBytes: maxBytes, followLinks: followLinks)
        close(fd)
        return Int(before.st_size)
    }

    /// The checks before reading, shared by `read` and `examine`: `stat` (or `lstat`) says a regular file
    /// within the limit, then it is opened non-blocking. The caller closes the descriptor.
    private static func openChecked(_ path: String, maxBytes: Int,
                                    followLinks: Bool) throws(DocumentError) -> (Int32, stat) {
        var before = stat()
        let found = followLinks ? stat(path, &before) : lstat(path, &before)
        guard found == 0 else { throw error(errno) }
        try check(before, maxBytes: maxBytes)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { throw error(errno) }
        return (fd, before)
    }

    /// Refuses anything but a regular file within the limit.
    private static func check(_ st: stat, maxBytes: Int) throws(DocumentError) {
        let kind = st.st_mode & S_IFMT
        guard kind == S_IFREG else { throw .notARegularFile(kind: kindName(kind)) }
        if Int(st.st_size) > maxBytes { throw .tooLarge(bytes: Int(st.st_size), limit: maxBytes) }
    }

    private static func kindName(_ kind: mode_t) -> SpecialFile {
        switch kind {
        case S_IFDIR: return .folder
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    private static func error(_ code: Int32) -> DocumentError {
        switch code {
        case ENOENT, ENOTDIR: return .fileNotFound
        case EACCES, EPERM: return .noPermission
        case ELOOP: return .notARegularFile(kind: .symbolicLink)
        default: return .unreadableFile(reason: String(cString: strerror(code)))
        }
    }
}
