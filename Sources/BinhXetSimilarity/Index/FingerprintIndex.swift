/// Inverted index from fingerprint hash to the documents and token positions where it was selected,
/// with the number of documents holding each hash (its document frequency, which tells boilerplate).
///
/// Sized for 10⁵ documents of a few thousand syllables: an open-addressing table of hashes (16 bytes a
/// slot, at most three quarters full) and one pool of 12-byte postings chained per hash, instead of a Dictionary of Arrays whose
/// per-array heap blocks would cost several times more for the many hashes seen once.
public struct FingerprintIndex: Sendable {
    /// A document and token position where a fingerprint was selected.
    public struct Posting: Sendable, Equatable {
        public var document: Int32
        public var position: Int32
        var next: Int32
    }

    /// Documents whose postings are kept per hash; beyond it only the document count grows. Such a hash is far above any
    /// boilerplate threshold, so its postings would never be read.
    public var maxPostingsPerHash = 4096

    private var keys: [UInt64]
    private var frequencies: [UInt32]
    private var heads: [Int32]
    private var pool: [Posting] = []
    private var used = 0

    public init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        frequencies = [UInt32](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
    }

    /// Number of distinct hashes held.
    public var hashCount: Int { used }
    /// Number of postings held.
    public var postingCount: Int { pool.count }

    /// Adds the fingerprints of the document in slot `document`.
    public mutating func add(_ fingerprints: [Fingerprint], document: Int32) {
        var seen = Set<UInt64>(minimumCapacity: fingerprints.count)
        for f in fingerprints {
            let hash = f.hash == 0 ? 1 : f.hash
            if (used + 1) * 4 > keys.count * 3 { grow() }
            let slot = findOrInsert(hash)
            if seen.insert(hash).inserted { frequencies[slot] &+= 1 }
            guard frequencies[slot] <= UInt32(maxPostingsPerHash) else { continue }
            pool.append(Posting(document: document, position: Int32(clamping: f.position), next: heads[slot]))
            heads[slot] = Int32(pool.count - 1)
        }
    }

    /// Removes every posting of the document in slot `document` (a sweep of the whole index: removal is
    /// rare, and keeping per-document lists would double the memory).
    public mutating func remove(document: Int32) {
        for slot in 0..<keys.count where keys[slot] != 0 {
            var previous: Int32 = -1
            var cursor = heads[slot]
            var removed = false
            while cursor >= 0 {
                let p = pool[Int(cursor)]
                if p.document == document {
                    removed = true
                    if previous < 0 { heads[slot] = p.next } else { pool[Int(previous)].next = p.next }
                } else {
                    previous = cursor
                }
                cursor = p.next
            }
            // A hash whose postings were capped may hold the document without a posting: its count
            // stays a little high, which only matters far above any threshold.
            if removed, frequencies[slot] > 0 { frequencies[slot] -= 1 }
        }
    }

    /// Number of documents whose fingerprints include `hash`.
    public func documentFrequency(_ hash: UInt64) -> Int {
        guard let slot = find(hash == 0 ? 1 : hash) else { return 0 }
        return Int(frequencies[slot])
    }

    /// Calls `body` with every posting of `hash`, most recently added first.
    public func forEachPosting(_ hash: UInt64, _ body: (Posting) -> Void) {
        guard let slot = find(hash == 0 ? 1 : hash) else { return }
        var cursor = heads[slot]
        while cursor >= 0 {
            let p = pool[Int(cursor)]
            body(p)
            cursor = p.next
        }
    }

    // MARK: - Open addressing

    private func find(_ hash: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = keys[i]
            if k == hash { return i }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func findOrInsert(_ hash: UInt64) -> Int {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = keys[i]
            if k == hash { return i }
            if k == 0 { keys[i] = hash; used += 1; return i }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldFrequencies = frequencies, oldHeads = heads
        let size = oldKeys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        frequencies = [UInt32](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        used = 0
        for i in 0..<oldKeys.count where oldKeys[i] != 0 {
            let slot = findOrInsert(oldKeys[i])
            frequencies[slot] = oldFrequencies[i]
            heads[slot] = oldHeads[i]
        }
    }
}
