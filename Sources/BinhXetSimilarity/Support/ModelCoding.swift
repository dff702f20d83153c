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
/// each time a model is loaded), or read in place from a mapped model (`readView`).
struct SortedMap<Value: BitwiseCopyable>: Sendable where Value: Sendable {
    private(set) var keys: FrozenArray<UInt32>
    private(set) var values: FrozenArray<Value>
    /// `directory[b]`: the first index of `keys` whose top `bits` bits are at least `b`, once made
    /// (`makeDirectory`). The keys are hashes (uniform), so a lookup is one directory read and a search
    /// among a key or two, instead of a binary search whose last steps each miss the cache (a scan looks
    /// up every term of 1,232 texts in the 1.5 million terms of the archive's document frequencies). A
    /// map read in place from a mapped model has none until asked: making it reads every key, which one
    /// check of one text does not need.
    private var directory: [Int32] = []
    private var bits: UInt32 = 0

    init() { keys = FrozenArray(); values = FrozenArray() }

    init(_ dictionary: [UInt32: Value]) {
        let sorted = dictionary.sorted { $0.key < $1.key }
        keys = FrozenArray(sorted.map(\.key))
        values = FrozenArray(sorted.map(\.value))
        makeDirectory()
    }

    init(keys: FrozenArray<UInt32>, values: FrozenArray<Value>) throws(ModelReader.Malformed) {
        guard keys.count == values.count else { throw ModelReader.Malformed() }
        self.keys = keys
        self.values = values
    }

    /// Makes the directory (about two keys per entry) for a map that will be looked up many times; keys
    /// not in order (a malformed snapshot) get none and are searched as before.
    mutating func makeDirectory() {
        guard directory.isEmpty else { return }
        var bits: UInt32 = 0
        while bits < 24, (1 << (bits + 1)) <= keys.count { bits += 1 }
        guard bits > 0 else { return }
        var directory = [Int32](repeating: Int32(keys.count), count: (1 << Int(bits)) + 1)
        var b = 0
        var previous: UInt32? = nil
        for i in keys.indices {
            let key = keys[i]
            if let previous, previous >= key { return }
            previous = key
            let top = Int(key >> (32 - bits))
            while b <= top { directory[b] = Int32(i); b += 1 }
        }
        self.directory = directory
        self.bits = bits
    }

    var isEmpty: Bool { keys.isEmpty }

    subscript(key: UInt32) -> Value? {
        guard !directory.isEmpty else { return keys.firstIndex(ofSorted: key).map { values[$0] } }
        let b = Int(key >> (32 - bits))
        var low = Int(directory[b]), high = Int(directory[b + 1])
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        // `low` is the first key of the bucket not below `key`, or the next bucket's first (never equal).
        return low < keys.count && keys[low] == key ? values[low] : nil
    }

    func write(to w: inout ModelWriter) { w.array(keys.array); w.array(values.array) }

    static func read(from r: inout ModelReader) throws(ModelReader.Malformed) -> SortedMap {
        var map = try SortedMap(keys: FrozenArray(r.array(UInt32.self)), values: FrozenArray(r.array(Value.self)))
        map.makeDirectory()
        return map
    }

    /// The form a mapped model holds (`ModelWriter.viewArray`).
    func writeView(to w: inout ModelWriter) { w.viewArray(keys.array); w.viewArray(values.array) }

    static func readView(from r: inout ModelViewReader) throws(ModelReader.Malformed) -> SortedMap {
        try SortedMap(keys: r.array(UInt32.self), values: r.array(Value.self))
    }
}
