/// A plain binary form for what the relevance model learned (`DutyRelevance.snapshot`): integers and
/// floating-point numbers as their bit patterns, arrays as a count and their elements' bytes, so a
/// snapshot of 10,000 reports reads back as a few memory copies. Little-endian hosts only (x86-64 and
/// ARM64 Linux, where the desk runs); the header says so and a snapshot from elsewhere is refused.
struct ModelWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func double(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }
    mutating func strings(_ a: [String]) { int(a.count); for s in a { string(s) } }
    /// An array of plain numbers, its elements' bytes as they are in memory.
    mutating func array<T: BitwiseCopyable>(_ a: [T]) {
        int(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `ModelWriter` wrote; every read checks the length first. It reads the caller's buffer in
/// place (the desk hands SQLite's own copy of the blob: one copy of 18 MB fewer at 10,000 reports), so it
/// must not outlive the buffer: arrays and strings it returns are copies.
struct ModelReader {
    struct Malformed: Error {}
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws(Malformed) -> Range<Int> {
        guard n >= 0, offset + n <= bytes.count else { throw Malformed() }
        defer { offset += n }
        return offset..<(offset + n)
    }

    mutating func int() throws(Malformed) -> Int {
        let r = try take(8)
        var v: Int64 = 0
        withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: UnsafeRawBufferPointer(rebasing: bytes[r])) }
        return Int(Int64(littleEndian: v))
    }

    mutating func double() throws(Malformed) -> Double {
        let r = try take(8)
        var v: UInt64 = 0
        withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: UnsafeRawBufferPointer(rebasing: bytes[r])) }
        return Double(bitPattern: UInt64(littleEndian: v))
    }

    mutating func string() throws(Malformed) -> String {
        let n = try int()
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[try take(n)]), as: UTF8.self)
    }

    mutating func strings() throws(Malformed) -> [String] {
        let n = try int()
        guard n >= 0, n <= bytes.count else { throw Malformed() }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func array<T: BitwiseCopyable>(_: T.Type) throws(Malformed) -> [T] {
        let n = try int()
        guard n >= 0, n <= bytes.count else { throw Malformed() }
        let r = try take(n * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: n) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyBytes(from: UnsafeRawBufferPointer(rebasing: bytes[r]))
            count = n
        }
    }
}

/// A map frozen into two sorted arrays: built once from a dictionary, read by binary search, written and
/// read back as two array copies (a dictionary of a million terms would take a tenth of a second to build
/// each time a model is loaded).
struct SortedMap<Value: BitwiseCopyable>: Sendable where Value: Sendable {
    /// A key beside its value: a lookup reads one cache line where two arrays cost two misses.
    private struct Entry: Sendable { var key: UInt32; var value: Value }
    private var entries: [Entry]
    /// `directory[b]`: the first index of `entries` whose key's top `bits` bits are at least `b`. The
    /// keys are hashes (uniform), so a lookup is one directory read and a search among a key or two,
    /// instead of a binary search whose last steps each miss the cache (a scan looks up every term of
    /// 1,232 texts in the 1.5 million terms of the archive's document frequencies).
    private var directory: [Int32] = [0, 0]
    private var bits: UInt32 = 0

    init() { entries = [] }

    init(_ dictionary: [UInt32: Value]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { Entry(key: $0.key, value: $0.value) }
        makeDirectory()
    }

    init(keys: [UInt32], values: [Value]) throws(ModelReader.Malformed) {
        guard keys.count == values.count else { throw ModelReader.Malformed() }
        entries = zip(keys, values).map { Entry(key: $0, value: $1) }
        makeDirectory()
    }

    /// About two keys per directory entry; keys not in order (a malformed snapshot) get one entry over
    /// all of them, searched as before.
    private mutating func makeDirectory() {
        var bits: UInt32 = 0
        while bits < 24, (1 << (bits + 1)) <= entries.count { bits += 1 }
        guard bits > 0, zip(entries, entries.dropFirst()).allSatisfy({ $0.key < $1.key }) else {
            directory = [0, Int32(entries.count)]
            self.bits = 0
            return
        }
        var directory = [Int32](repeating: Int32(entries.count), count: (1 << Int(bits)) + 1)
        var b = 0
        for (i, entry) in entries.enumerated() {
            let top = Int(entry.key >> (32 - bits))
            while b <= top { directory[b] = Int32(i); b += 1 }
        }
        self.directory = directory
        self.bits = bits
    }

    var isEmpty: Bool { entries.isEmpty }

    subscript(key: UInt32) -> Value? {
        let b = bits == 0 ? 0 : Int(key >> (32 - bits))
        var low = Int(directory[b]), high = Int(directory[b + 1])
        while low < high {
            let mid = (low + high) >> 1
            if entries[mid].key < key { low = mid + 1 } else { high = mid }
        }
        // `low` is the first key of the bucket not below `key`, or the next bucket's first (never equal).
        return low < entries.count && entries[low].key == key ? entries[low].value : nil
    }

    func write(to w: inout ModelWriter) { w.array(entries.map(\.key)); w.array(entries.map(\.value)) }

    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> SortedMap {
        try SortedMap(keys: r.array(UInt32.self), values: r.array(Value.self))
    }
}
