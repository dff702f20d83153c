import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a relevance model read in place (issue 13): a file mapped read-only, or a copy in
/// memory (a model kept in the desk's database, tests). A model made from them (`DutyRelevance(mapped:)`)
/// keeps them alive and reads only the pages one assessment touches, so a check with duties costs the
/// same at 10,000 and 100,000 reports. Every read goes through `FrozenArray`, which checks its bounds.
public final class ModelBytes: @unchecked Sendable {
    /// Why a file could not be mapped.
    public struct MapError: Error, Sendable { public let reason: String }

    let base: UnsafeRawPointer
    public let count: Int
    private let release: @Sendable (UnsafeRawPointer, Int) -> Void

    /// A copy of these bytes (8-byte aligned, as the sections are laid out).
    public init(copying bytes: UnsafeRawBufferPointer) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        if let source = bytes.baseAddress, bytes.count > 0 { memory.copyMemory(from: source, byteCount: bytes.count) }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        release = { p, _ in UnsafeMutableRawPointer(mutating: p).deallocate() }
    }

    public convenience init(copying bytes: [UInt8]) {
        self.init(copying: bytes.withUnsafeBytes { $0 })
    }

    /// The file at `path` mapped read-only. A symbolic link is not followed (the model must be the desk's
    /// own file, not one elsewhere), nor is anything but a regular file mapped.
    public init(mapping path: String) throws(MapError) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw MapError(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw MapError(reason: String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw MapError(reason: "not a regular file") }
        let size = Int(st.st_size)
        guard size > 0 else { throw MapError(reason: "empty") }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw MapError(reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(p)
        count = size
        release = { p, n in _ = munmap(UnsafeMutableRawPointer(mutating: p), n) }
    }

    deinit { release(base, count) }

    /// The bytes, valid while this lives.
    public var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}

/// A read-only array of plain numbers: either owned (a model learned or read by copying) or a view into
/// `ModelBytes`. Reads outside it stop the program rather than read another's memory; the readers check
/// indices that come from a file before they use them (`contains`).
struct FrozenArray<T: BitwiseCopyable & Sendable>: Sendable {
    private let owned: [T]
    private let bytes: ModelBytes?
    private let offset: Int
    let count: Int

    init(_ array: [T] = []) {
        owned = array
        bytes = nil
        offset = 0
        count = array.count
    }

    /// A view of `count` elements at `offset`; the caller checked that they lie inside `bytes`.
    init(view bytes: ModelBytes, offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count * MemoryLayout<T>.stride <= bytes.count)
        owned = []
        self.bytes = bytes
        self.offset = offset
        self.count = count
    }

    var isEmpty: Bool { count == 0 }
    var indices: Range<Int> { 0..<count }
    func contains(index i: Int) -> Bool { i >= 0 && i < count }

    subscript(i: Int) -> T {
        precondition(i >= 0 && i < count, "model read out of bounds")
        if let bytes { return bytes.base.loadUnaligned(fromByteOffset: offset + i * MemoryLayout<T>.stride, as: T.self) }
        return owned[i]
    }

    /// Elements `range`, copied.
    func slice(_ range: Range<Int>) -> [T] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "model read out of bounds")
        if bytes == nil { return Array(owned[range]) }
        return range.map { self[$0] }
    }

    var array: [T] { slice(0..<count) }

    /// The index of `key` in this array, sorted ascending (binary search).
    func firstIndex(ofSorted key: T) -> Int? where T: Comparable {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) >> 1
            if self[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == key ? low : nil
    }
}

/// Strings kept as one byte array and `count + 1` offsets into it, sorted by their UTF-8 bytes when
/// `sorted` (then searched by binary search). Found by bytes: the desk's ids, persons and title
/// subjects are compared as the same bytes, as they were stored.
struct FrozenStrings: Sendable {
    let offsets: FrozenArray<UInt64>
    let bytes: FrozenArray<UInt8>

    var count: Int { max(0, offsets.count - 1) }

    /// The string at `i`, or nil when `i` or its offsets are out of bounds.
    subscript(i: Int) -> String? {
        guard i >= 0, i + 1 < offsets.count else { return nil }
        let from = Int(truncatingIfNeeded: offsets[i]), to = Int(truncatingIfNeeded: offsets[i + 1])
        guard from >= 0, from <= to, to <= bytes.count else { return nil }
        return String(decoding: bytes.slice(from..<to), as: UTF8.self)
    }

    /// Compares the string at `i` with `key`'s bytes; nil when `i`'s offsets are out of bounds.
    private func compare(_ i: Int, _ key: [UInt8]) -> Int? {
        let from = Int(truncatingIfNeeded: offsets[i]), to = Int(truncatingIfNeeded: offsets[i + 1])
        guard from >= 0, from <= to, to <= bytes.count else { return nil }
        let n = min(to - from, key.count)
        for k in 0..<n {
            let a = bytes[from + k], b = key[k]
            if a != b { return a < b ? -1 : 1 }
        }
        return (to - from) == key.count ? 0 : ((to - from) < key.count ? -1 : 1)
    }

    /// The index of `key` among strings sorted by their bytes.
    func index(of key: String) -> Int? {
        let k = Array(key.utf8)
        var low = 0, high = count
        while low < high {
            let mid = (low + high) >> 1
            guard let c = compare(mid, k) else { return nil }
            if c < 0 { low = mid + 1 } else { high = mid }
        }
        guard low < count, compare(low, k) == 0 else { return nil }
        return low
    }

    /// Written as two arrays (offsets, bytes).
    static func write(_ strings: [String], to w: inout ModelWriter) {
        var offsets: [UInt64] = [0]
        var bytes: [UInt8] = []
        for s in strings { bytes.append(contentsOf: s.utf8); offsets.append(UInt64(bytes.count)) }
        w.viewArray(offsets)
        w.viewArray(bytes)
    }

    static func read(from r: inout ModelViewReader) throws(ModelReader.Malformed) -> FrozenStrings {
        let offsets = try r.array(UInt64.self)
        let bytes = try r.array(UInt8.self)
        guard offsets.count >= 1 else { throw ModelReader.Malformed() }
        return FrozenStrings(offsets: offsets, bytes: bytes)
    }

    /// Sorted by UTF-8 bytes, the order `index(of:)` searches.
    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// Reads what `ModelWriter` wrote (with `align()` after each array) as views into `ModelBytes`, checking
/// every length against the bytes: arrays are not copied, only located.
struct ModelViewReader {
    let bytes: ModelBytes
    private(set) var offset: Int
    let end: Int

    init(_ bytes: ModelBytes, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        end = bytes.count
    }

    var atEnd: Bool { offset == end }

    mutating func int() throws(ModelReader.Malformed) -> Int {
        guard offset >= 0, offset + 8 <= end else { throw ModelReader.Malformed() }
        let v = Int64(littleEndian: bytes.base.loadUnaligned(fromByteOffset: offset, as: Int64.self))
        offset += 8
        return Int(v)
    }

    mutating func double() throws(ModelReader.Malformed) -> Double {
        Double(bitPattern: UInt64(truncatingIfNeeded: try int()))
    }

    /// An array written by `ModelWriter.array` and padded to 8 bytes (`ModelWriter.align`).
    mutating func array<T: BitwiseCopyable & Sendable>(_: T.Type) throws(ModelReader.Malformed) -> FrozenArray<T> {
        let n = try int()
        let stride = MemoryLayout<T>.stride
        guard n >= 0, n <= (end - offset) / max(1, stride) else { throw ModelReader.Malformed() }
        let view = FrozenArray<T>(view: bytes, offset: offset, count: n)
        offset += n * stride
        let padded = (offset + 7) & ~7
        guard padded <= end else { throw ModelReader.Malformed() }
        offset = padded
        return view
    }

    mutating func string() throws(ModelReader.Malformed) -> String {
        String(decoding: try array(UInt8.self).array, as: UTF8.self)
    }

    mutating func seek(_ to: Int) throws(ModelReader.Malformed) {
        guard to >= 0, to <= end else { throw ModelReader.Malformed() }
        offset = to
    }
}
