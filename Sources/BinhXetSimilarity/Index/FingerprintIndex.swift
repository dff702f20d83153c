/// Inverted index from fingerprint hash to the documents and token positions where it was selected,
/// with the number of documents holding each hash (its document frequency, which tells boilerplate).
///
/// Sized for 10⁵ documents of a few thousand syllables, where nine hashes in ten are held by one document
/// only: an open-addressing table of 16-byte slots (hash, and two 32-bit fields) at most three quarters
/// full, its size any number (multiply-shift, not a power of two, so it grows by half and wastes little).
/// A hash held once keeps its one posting in its slot; a hash held more often keeps its document count
/// there and its postings in one shared pool of 12-byte entries chained per hash — instead of a
/// Dictionary of Arrays, whose per-array heap blocks would cost several times more.
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

    /// Slot `i` holds hash `keys[i]` (0: empty). When `first[i] >= 0` the hash has one posting, in the
    /// slot: document `first[i]`, position `second[i]`. Otherwise its postings are chained in `pool` from
    /// index `-2 - first[i]` (-1 for none) and `second[i]` is its document count.
    private var keys: [UInt64]
    private var first: [Int32]
    private var second: [UInt32]
    private var pool: [Posting] = []
    private var used = 0

    /// - Parameter capacity: the number of distinct hashes expected, to size the table once.
    public init(capacity: Int = 1 << 12) {
        let size = max(16, capacity + capacity / 3 + 1)
        keys = [UInt64](repeating: 0, count: size)
        first = [Int32](repeating: -1, count: size)
        second = [UInt32](repeating: 0, count: size)
    }

    /// The index a packed one (`PackedFingerprintIndex`) stands for, for adding or removing documents
    /// after a bulk load: the same counts, and the same postings chained newest first.
    init(unpacking packed: PackedFingerprintIndex) {
        self.init(capacity: packed.hashCount)
        maxPostingsPerHash = packed.cap
        pool.reserveCapacity(packed.postingCount)
        packed.forEachHash { hash, count, documents, positions in
            let (slot, _) = findOrInsert(hash)
            if count == 1 && documents.count == 1 {
                first[slot] = documents[documents.startIndex]
                second[slot] = UInt32(bitPattern: positions[positions.startIndex])
                return
            }
            var head: Int32 = -1
            for (d, p) in zip(documents, positions) {
                pool.append(Posting(document: d, position: p, next: head))
                head = Int32(pool.count - 1)
            }
            first[slot] = -2 - head
            second[slot] = UInt32(count)
        }
    }

    /// Number of distinct hashes held.
    public var hashCount: Int { used }
    /// Number of postings held.
    public var postingCount: Int {
        var inline = 0
        for f in first where f >= 0 { inline += 1 }
        return pool.count + inline
    }
    /// Number of slots of the hash table.
    public var slotCount: Int { keys.count }

    /// Adds the fingerprints of the document in slot `document`.
    public mutating func add(_ fingerprints: [Fingerprint], document: Int32) {
        // Whether this document already holds a hash is read from the hash's newest posting (this
        // document's postings are the newest while it is added), not from a set of the document's
        // hashes (hashing every fingerprint again was a tenth of loading the index). Only hashes past
        // the cap, whose postings are no longer kept, are remembered here.
        var unrecorded: [UInt64] = []
        for f in fingerprints {
            let hash = f.hash == 0 ? 1 : f.hash
            if (used + 1) * 4 > keys.count * 3 { grow() }
            let (slot, isNew) = findOrInsert(hash)
            let newDocument: Bool
            if isNew {
                newDocument = true
            } else if first[slot] >= 0 {
                newDocument = first[slot] != document
            } else if second[slot] > UInt32(maxPostingsPerHash) {
                newDocument = !unrecorded.contains(hash)
            } else {
                let newest = -2 - first[slot]
                newDocument = newest < 0 || pool[Int(newest)].document != document
            }
            let position = UInt32(clamping: f.position)
            if isNew {
                first[slot] = document
                second[slot] = position
                continue
            }
            if first[slot] >= 0 {
                // A second posting: the one in the slot moves to the pool.
                pool.append(Posting(document: first[slot], position: Int32(clamping: second[slot]), next: -1))
                first[slot] = Int32(-2 - (pool.count - 1))
                second[slot] = 1
            }
            if newDocument { second[slot] &+= 1 }
            guard second[slot] <= UInt32(maxPostingsPerHash) else {
                if newDocument { unrecorded.append(hash) }
                continue
            }
            pool.append(Posting(document: document, position: Int32(clamping: position), next: -2 - first[slot]))
            first[slot] = Int32(-2 - (pool.count - 1))
        }
    }

    /// Removes every posting of the document in slot `document` (a sweep of the whole index: removal is
    /// rare, and keeping per-document lists would double the memory). Hashes stay in the table.
    public mutating func remove(document: Int32) {
        for slot in 0..<keys.count where keys[slot] != 0 {
            if first[slot] >= 0 {
                if first[slot] == document { first[slot] = -1; second[slot] = 0 }
                continue
            }
            var previous: Int32 = -1
            var cursor = -2 - first[slot]
            var removed = false
            while cursor >= 0 {
                let p = pool[Int(cursor)]
                if p.document == document {
                    removed = true
                    if previous < 0 { first[slot] = -2 - p.next } else { pool[Int(previous)].next = p.next }
                } else {
                    previous = cursor
                }
                cursor = p.next
            }
            // A hash whose postings were capped may hold the document without a posting: its count
            // stays a little high, which only matters far above any threshold.
            if removed, second[slot] > 0 { second[slot] -= 1 }
        }
    }

    /// Number of documents whose fingerprints include `hash`.
    public func documentFrequency(_ hash: UInt64) -> Int {
        guard let slot = find(hash == 0 ? 1 : hash) else { return 0 }
        return first[slot] >= 0 ? 1 : Int(second[slot])
    }

    /// Every hash held by at least `documents` documents (`documentFrequency(hash) >= documents`).
    public func hashes(heldByAtLeast documents: Int) -> [UInt64] {
        var out: [UInt64] = []
        for slot in 0..<keys.count where keys[slot] != 0 && (first[slot] >= 0 ? 1 : Int(second[slot])) >= documents {
            out.append(keys[slot])
        }
        return out
    }

    /// Calls `body` with every posting of `hash`, most recently added first.
    public func forEachPosting(_ hash: UInt64, _ body: (Posting) -> Void) {
        guard let slot = find(hash == 0 ? 1 : hash) else { return }
        if first[slot] >= 0 {
            body(Posting(document: first[slot], position: Int32(clamping: second[slot]), next: -1))
            return
        }
        var cursor = -2 - first[slot]
        while cursor >= 0 {
            let p = pool[Int(cursor)]
            body(p)
            cursor = p.next
        }
    }

    // MARK: - Open addressing

    @inline(__always)
    private func home(_ hash: UInt64) -> Int {
        // Winnowing keeps the least hash of each window, so fingerprint hashes crowd towards small values
        // and their high bits are not uniform; their low bits are. Multiplying by an odd constant spreads
        // the low bits into the high ones, and the high half of that times the size is a uniform slot.
        Int((hash &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(keys.count)).high)
    }

    private func find(_ hash: UInt64) -> Int? {
        var i = home(hash)
        while true {
            let k = keys[i]
            if k == hash { return i }
            if k == 0 { return nil }
            i += 1
            if i == keys.count { i = 0 }
        }
    }

    private mutating func findOrInsert(_ hash: UInt64) -> (slot: Int, isNew: Bool) {
        var i = home(hash)
        while true {
            let k = keys[i]
            if k == hash { return (i, false) }
            if k == 0 { keys[i] = hash; used += 1; return (i, true) }
            i += 1
            if i == keys.count { i = 0 }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldFirst = first, oldSecond = second
        let size = oldKeys.count + oldKeys.count / 2
        keys = [UInt64](repeating: 0, count: size)
        first = [Int32](repeating: -1, count: size)
        second = [UInt32](repeating: 0, count: size)
        used = 0
        for i in 0..<oldKeys.count where oldKeys[i] != 0 {
            let slot = findOrInsert(oldKeys[i]).slot
            first[slot] = oldFirst[i]
            second[slot] = oldSecond[i]
        }
    }
}
