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
    /// An array for `ModelViewReader`: as `array`, then padded with zeros to a multiple of 8 bytes, so the
    /// next one starts aligned in a mapped file.
    /// Another writer's bytes, as they are.
    mutating func append(_ other: ModelWriter) { bytes.append(contentsOf: other.bytes) }
    mutating func viewArray<T: BitwiseCopyable>(_ a: [T]) {
        array(a)
        while bytes.count % 8 != 0 { bytes.append(0) }
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
/// each time a model is loaded), or read in place from a mapped model (`readView`: the keys, values and
/// directory searched where they lie, nothing built).
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
    /// The same read in place (`readView`): keys, values and the directory written beside them.
    private var mapped: Mapped?
    private struct Mapped: Sendable {
        var keys: FrozenArray<UInt32>
        var values: FrozenArray<Value>
        var directory: FrozenArray<Int32>
        var bits: UInt32
    }

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
        (bits, directory) = Self.directory(entries.count) { entries[$0].key }
    }

    private static func directory(_ count: Int, key: (Int) -> UInt32) -> (UInt32, [Int32]) {
        var bits: UInt32 = 0
        while bits < 24, (1 << (bits + 1)) <= count { bits += 1 }
        guard bits > 0, (1..<max(1, count)).allSatisfy({ key($0 - 1) < key($0) }) else {
            return (0, [0, Int32(count)])
        }
        var directory = [Int32](repeating: Int32(count), count: (1 << Int(bits)) + 1)
        var b = 0
        for i in 0..<count {
            let top = Int(key(i) >> (32 - bits))
            while b <= top { directory[b] = Int32(i); b += 1 }
        }
        return (bits, directory)
    }

    var isEmpty: Bool { mapped.map { $0.keys.isEmpty } ?? entries.isEmpty }

    subscript(key: UInt32) -> Value? {
        if let mapped { return Self.find(key, in: mapped) }
        let b = bits == 0 ? 0 : Int(key >> (32 - bits))
        var low = Int(directory[b]), high = Int(directory[b + 1])
        while low < high {
            let mid = (low + high) >> 1
            if entries[mid].key < key { low = mid + 1 } else { high = mid }
        }
        // `low` is the first key of the bucket not below `key`, or the next bucket's first (never equal).
        return low < entries.count && entries[low].key == key ? entries[low].value : nil
    }

    /// The same search in place; a directory entry out of bounds (a damaged file) finds nothing.
    private static func find(_ key: UInt32, in m: Mapped) -> Value? {
        let b = m.bits == 0 ? 0 : Int(key >> (32 - m.bits))
        guard b + 1 < m.directory.count else { return nil }
        var low = Int(m.directory[b]), high = Int(m.directory[b + 1])
        guard low >= 0, low <= high, high <= m.keys.count else { return nil }
        while low < high {
            let mid = (low + high) >> 1
            if m.keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < m.keys.count && m.keys[low] == key ? m.values[low] : nil
    }

    private var sortedKeys: [UInt32] { mapped.map { $0.keys.array } ?? entries.map(\.key) }
    private var sortedValues: [Value] { mapped.map { $0.values.array } ?? entries.map(\.value) }

    func write(to w: inout ModelWriter) { w.array(sortedKeys); w.array(sortedValues) }

    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> SortedMap {
        try SortedMap(keys: r.array(UInt32.self), values: r.array(Value.self))
    }

    /// The form a mapped model holds (`ModelWriter.viewArray`): keys, values, and the directory.
    func writeView(to w: inout ModelWriter) { Self.writeView(keys: sortedKeys, values: sortedValues, to: &w) }

    static func writeView(keys: [UInt32], values: [Value], to w: inout ModelWriter) {
        let (bits, directory) = Self.directory(keys.count) { keys[$0] }
        w.viewArray(keys); w.viewArray(values)
        w.int(Int(bits)); w.viewArray(directory)
    }

    static func readView(from r: inout ModelViewReader) throws(ModelReader.Malformed) -> SortedMap {
        let keys = try r.array(UInt32.self), values = try r.array(Value.self)
        let bits = try r.int()
        let directory = try r.array(Int32.self)
        guard keys.count == values.count, bits >= 0, bits <= 24, directory.count == (bits == 0 ? 2 : (1 << bits) + 1) else {
            throw ModelReader.Malformed()
        }
        var map = SortedMap()
        map.mapped = Mapped(keys: keys, values: values, directory: directory, bits: UInt32(bits))
        return map
    }
}
