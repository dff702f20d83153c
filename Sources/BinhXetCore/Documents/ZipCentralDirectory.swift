import Foundation

/// The entries of a zip archive as its central directory lists them, read from the raw bytes without
/// inflating anything.
///
/// ZIPFoundation does not expose an entry's flags (encryption) nor check that entries lie inside the
/// file, and a .docx comes from outside the office, so the archive is vetted here before ZIPFoundation
/// extracts anything: structure and bounds, entry count, names, sizes, encryption.
struct ZipCentralDirectory {
    struct Entry {
        /// The entry name as stored (UTF-8 when the archive says so or when it is valid UTF-8).
        var path: String
        var flags: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        /// Offset of the local header, and end of the entry's data, in the file.
        var localHeaderOffset: UInt64
        var dataEnd: UInt64

        /// General-purpose flag bit 0: the entry is encrypted (bit 6, strong encryption, implies it).
        var isEncrypted: Bool { flags & 1 != 0 }

        /// The name would write outside an extraction folder (`../`, an absolute path, a drive letter)
        /// or hides a NUL: the classic "zip slip".
        var hasUnsafePath: Bool {
            let bytes = Array(path.utf8)
            if bytes.first == UInt8(ascii: "/") || bytes.first == UInt8(ascii: "\\") || bytes.contains(0) { return true }
            if bytes.count >= 2, bytes[1] == UInt8(ascii: ":"), (bytes[0] | 0x20) >= 0x61, (bytes[0] | 0x20) <= 0x7A {
                return true
            }
            return bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
                .contains { $0.elementsEqual("..".utf8) }
        }
    }

    private(set) var entries: [Entry] = []

    static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let centralHeaderSignature: UInt32 = 0x0201_4B50
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50

    /// Reads the directory; throws `notAZip`, `truncatedZip`, `corruptZip` or `zipBomb` (too many entries).
    init(data: Data, maxEntries: Int) throws {
        entries = try data.withUnsafeBytes { raw in try Self.read(Bytes(raw: raw), maxEntries: maxEntries) }
    }

    private static func read(_ b: Bytes, maxEntries: Int) throws -> [Entry] {
        let startsLikeZip = b.count >= 4 && b.u32(0) == localHeaderSignature
        guard let end = findEnd(b) else {
            // A zip that lost its tail (the directory is written last) still starts with a local header.
            throw startsLikeZip ? DocumentError.truncatedZip : DocumentError.notAZip
        }
        guard b.u16(end + 4) == 0, b.u16(end + 6) == 0 else { throw DocumentError.corruptZip(detail: "multi-part archive") }
        var count = UInt64(b.u16(end + 10))
        var directorySize = UInt64(b.u32(end + 12))
        var directoryOffset = UInt64(b.u32(end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: the real values are in the ZIP64 end record, found through its locator.
            guard end >= 20, b.u32(end - 20) == zip64LocatorSignature else {
                throw DocumentError.corruptZip(detail: "ZIP64 end record missing")
            }
            let record = b.u64(end - 12)
            guard record < UInt64(end), UInt64(end) - record >= 56 + 20, b.u32(Int(record)) == zip64EndSignature else {
                throw DocumentError.corruptZip(detail: "ZIP64 end record damaged")
            }
            count = b.u64(Int(record) + 32)
            directorySize = b.u64(Int(record) + 40)
            directoryOffset = b.u64(Int(record) + 48)
        }
        guard count <= UInt64(maxEntries) else {
            throw DocumentError.zipBomb(detail: "\(count) entries (limit \(maxEntries))")
        }
        guard directoryOffset <= UInt64(end), directorySize <= UInt64(end) - directoryOffset else {
            throw DocumentError.truncatedZip
        }
        var entries = [Entry]()
        entries.reserveCapacity(Int(count))
        var p = Int(directoryOffset)
        let directoryEnd = Int(directoryOffset + directorySize)
        for _ in 0..<count {
            guard p + 46 <= directoryEnd, b.u32(p) == centralHeaderSignature else {
                throw DocumentError.corruptZip(detail: "damaged central directory")
            }
            let nameLength = Int(b.u16(p + 28)), extraLength = Int(b.u16(p + 30)), commentLength = Int(b.u16(p + 32))
            guard p + 46 + nameLength + extraLength + commentLength <= directoryEnd else {
                throw DocumentError.corruptZip(detail: "damaged central directory")
            }
            var entry = Entry(path: Self.name(b.slice(p + 46, nameLength)), flags: b.u16(p + 8),
                              compressedSize: UInt64(b.u32(p + 20)), uncompressedSize: UInt64(b.u32(p + 24)),
                              localHeaderOffset: UInt64(b.u32(p + 42)), dataEnd: 0)
            readZip64Fields(b, extra: p + 46 + nameLength, length: extraLength, into: &entry)
            // The entry's data must lie in the file, before the directory.
            let local = entry.localHeaderOffset
            guard local < UInt64(b.count), UInt64(b.count) - local >= 30 else { throw DocumentError.truncatedZip }
            guard b.u32(Int(local)) == localHeaderSignature else {
                throw DocumentError.corruptZip(detail: "bad local header for \(entry.path)")
            }
            let dataStart = local + 30 + UInt64(b.u16(Int(local) + 26)) + UInt64(b.u16(Int(local) + 28))
            let (dataEnd, overflow) = dataStart.addingReportingOverflow(entry.compressedSize)
            guard !overflow, dataEnd <= UInt64(b.count) else { throw DocumentError.truncatedZip }
            guard dataEnd <= directoryOffset else {
                throw DocumentError.corruptZip(detail: "entry \(entry.path) overlaps the directory")
            }
            entry.dataEnd = dataEnd
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The end-of-central-directory record: the last 22+ bytes, after which only its comment may follow.
    private static func findEnd(_ b: Bytes) -> Int? {
        guard b.count >= 22 else { return nil }
        var p = b.count - 22
        let lowest = max(0, b.count - 22 - 0xFFFF)
        while p >= lowest {
            if b.u32(p) == endSignature, p + 22 + Int(b.u16(p + 20)) <= b.count { return p }
            p -= 1
        }
        return nil
    }

    /// ZIP64 extended information (extra field 0x0001) replaces the 32-bit fields that are 0xFFFFFFFF,
    /// in the order uncompressed size, compressed size, local header offset.
    private static func readZip64Fields(_ b: Bytes, extra: Int, length: Int, into entry: inout Entry) {
        var p = extra
        let end = extra + length
        while p + 4 <= end {
            let id = b.u16(p), size = Int(b.u16(p + 2))
            guard p + 4 + size <= end else { return }
            if id == 1 {
                var q = p + 4
                func next() -> UInt64? {
                    guard q + 8 <= p + 4 + size else { return nil }
                    defer { q += 8 }
                    return b.u64(q)
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let v = next() { entry.uncompressedSize = v }
                if entry.compressedSize == 0xFFFF_FFFF, let v = next() { entry.compressedSize = v }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let v = next() { entry.localHeaderOffset = v }
                return
            }
            p += 4 + size
        }
    }

    private static func name(_ bytes: UnsafeRawBufferPointer) -> String {
        // Invalid UTF-8 (an old CP437 name) shows as U+FFFD; only ASCII names matter to a .docx.
        String(decoding: bytes, as: UTF8.self)
    }

    /// Bounds-checked little-endian reads (out of range reads give 0, which no check accepts).
    private struct Bytes {
        let raw: UnsafeRawBufferPointer
        var count: Int { raw.count }

        func u16(_ p: Int) -> UInt16 {
            guard p >= 0, p + 2 <= raw.count else { return 0 }
            return UInt16(raw[p]) | UInt16(raw[p + 1]) << 8
        }

        func u32(_ p: Int) -> UInt32 {
            guard p >= 0, p + 4 <= raw.count else { return 0 }
            return UInt32(u16(p)) | UInt32(u16(p + 2)) << 16
        }

        func u64(_ p: Int) -> UInt64 {
            guard p >= 0, p + 8 <= raw.count else { return 0 }
            return UInt64(u32(p)) | UInt64(u32(p + 4)) << 32
        }

        func slice(_ p: Int, _ n: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: raw[max(0, p)..<min(raw.count, p + n)])
        }
    }
}
