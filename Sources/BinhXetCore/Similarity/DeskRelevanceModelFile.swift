import BinhXetSimilarity
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The desk's relevance model in the form read in place (`DutyRelevance.mappedSnapshot`), as a file
/// beside the desk: `<desk>.relevance-model` (issue 13). A check with duties maps it and reads the few
/// pages one assessment needs, instead of SQLite assembling the whole model (131 MB at 100,000 reports)
/// and every section being copied into dictionaries.
///
/// The file is derived: the desk's `relevance_model` row keeps the same bytes (so a backup, which copies
/// the database, keeps the model) and its `generation` is the file's label — what the model was learned
/// from and a random token of this copy. A file is used only when its label is the row's: a file left
/// from another desk, an older model or a copy that failed half-way is not read, and the model is read
/// from the row instead (then a writing checker writes the file again).
struct DeskRelevanceModelFile {
    let url: URL

    init(desk: URL) {
        url = URL(fileURLWithPath: desk.path + ".relevance-model")
    }

    /// The mapped model when the file is there and is the copy `label` names; nil otherwise (missing,
    /// unreadable, another label, or malformed: the caller then reads the desk's row).
    func open(label: String, lexicon: DomainLexicon, parameters: SimilarityParameters) -> DutyRelevance? {
        guard let bytes = try? ModelBytes(mapping: url.path), DutyRelevance.label(ofMapped: bytes) == label else { return nil }
        return try? DutyRelevance(mapped: bytes, lexicon: lexicon, parameters: parameters)
    }

    /// Writes the file in one step: a temporary file beside it (the desk's mode and group), flushed,
    /// then renamed over it, so a reader sees the old file or the new one, never part of one.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        let folder = url.deletingLastPathComponent().path
        let temporary = url.path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, DeskPermissions.database)
        guard fd >= 0 else { throw DeskError.cannotStore(url.path, reason: String(cString: strerror(errno))) }
        var done = false
        defer {
            if fd >= 0 { close(fd) }
            if !done { unlink(temporary) }
        }
        _ = fchmod(fd, DeskPermissions.database)
        // The desk's group, as SQLite's side files have it (the folder's setgid bit usually gives it already).
        var desk = stat()
        if stat(String(url.path.dropLast(".relevance-model".count)), &desk) == 0 { _ = fchown(fd, uid_t.max, desk.st_gid) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                throw errno == ENOSPC ? DeskError.diskFull(folder) : DeskError.cannotStore(url.path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw DeskError.cannotStore(url.path, reason: String(cString: strerror(errno))) }
        guard rename(temporary, url.path) == 0 else { throw DeskError.cannotStore(url.path, reason: String(cString: strerror(errno))) }
        done = true
    }

    /// A new label for a model learned from `generation`: the generation and a random token.
    static func label(generation: String) -> String {
        let token = (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max)) }.joined()
        return generation + " copy=" + token
    }
}
