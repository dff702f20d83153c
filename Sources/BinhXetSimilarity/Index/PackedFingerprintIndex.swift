/// The fingerprint index of an archive loaded all at once (a scan), sorted in bulk from every document's
/// fingerprints: it answers exactly as a `FingerprintIndex` into which the same documents were added one
/// after another (document frequencies, postings in the same order, the same cap), and becomes one
/// (`FingerprintIndex(unpacking:)`) filled front to back, its keys in the order of their home slots.
///
/// Why: adding 5.8 million postings one by one to the hash table was a tenth of a year's scan at 10,000
/// reports, nearly every insertion three cache misses. Here the postings are appended to 256 runs by the
/// top bits of their key, each run sorted with a small counting sort that fits in cache, and laid out as
/// sorted arrays. It has no lookups of its own: read directly, lookups measured slower than the hash
/// table's, so it is only ever unpacked (its tests compare the unpacked table).
struct PackedFingerprintIndex: Sendable {
    /// Keys are hashes times an odd constant (a bijection of 64-bit numbers): uniform in their top bits
    /// though winnowing makes fingerprint hashes crowd towards small values. Hash 0 is kept as 1.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 { (hash == 0 ? 1 : hash) &* 0x9E37_79B9_7F4A_7C15 }
    /// The hash of a key (the constant's inverse modulo 2⁶⁴).
    @inline(__always)
    static func hash(ofKey key: UInt64) -> UInt64 { key &* 0xF1DE_83E1_9937_733D }

    /// Distinct keys, ascending.
    private let keys: [UInt64]
    /// Postings of `keys[i]`: `starts[i]..<starts[i + 1]`, in the order they were added.
    private let starts: [Int32]
    /// Number of documents holding `keys[i]` (postings are kept for the first `cap` of them only).
    private let counts: [Int32]
    private let documents: [Int32]
    private let positions: [Int32]
    /// Documents whose postings are kept per hash (`FingerprintIndex.maxPostingsPerHash`).
    let cap: Int

    /// Number of distinct hashes held.
    var hashCount: Int { keys.count }
    /// Number of postings held.
    var postingCount: Int { documents.count }

    /// Collects documents' fingerprints, each document once and in increasing slot order (the order a
    /// `FingerprintIndex` would have them added in: postings are laid out by slot).
    struct Builder {
        struct Record { var key: UInt64; var place: UInt64 }   // place: document << 32 | position
        fileprivate var runs = [[Record]](repeating: [], count: 256)
        let cap: Int

        init(cap: Int) { self.cap = cap }

        mutating func add(_ fingerprints: [Fingerprint], document: Int32) {
            for f in fingerprints {
                let key = PackedFingerprintIndex.key(f.hash)
                let place = UInt64(UInt32(bitPattern: document)) << 32 | UInt64(UInt32(bitPattern: Int32(clamping: f.position)))
                runs[Int(key >> 56)].append(Record(key: key, place: place))
            }
        }
    }

    init(_ builder: consuming Builder) {
        cap = builder.cap
        var runs = builder.runs
        let total = runs.reduce(0) { $0 + $1.count }
        var keys: [UInt64] = [], starts: [Int32] = [], counts: [Int32] = []
        var documents: [Int32] = [], positions: [Int32] = []
        keys.reserveCapacity(total / 2 + 16); starts.reserveCapacity(total / 2 + 17); counts.reserveCapacity(total / 2 + 16)
        documents.reserveCapacity(total); positions.reserveCapacity(total)
        var scratch: [Builder.Record] = []
        // Counting sort of each run by the next 16 bits of the key, then insertion sort of each (tiny)
        // bucket by key and place — document, then position: the order `FingerprintIndex.add` saw them.
        var bucketStart = [Int](repeating: 0, count: (1 << 16) + 1)
        for r in runs.indices {
            let run = runs[r]
            runs[r] = []
            guard !run.isEmpty else { continue }
            for i in bucketStart.indices { bucketStart[i] = 0 }
            for record in run { bucketStart[Int((record.key >> 40) & 0xFFFF) + 1] += 1 }
            for i in 1..<bucketStart.count { bucketStart[i] += bucketStart[i - 1] }
            scratch = run
            var next = bucketStart
            for record in run {
                let b = Int((record.key >> 40) & 0xFFFF)
                scratch[next[b]] = record
                next[b] += 1
            }
            scratch.withUnsafeMutableBufferPointer { s in
                for b in 0..<(1 << 16) {
                    let from = bucketStart[b], to = bucketStart[b + 1]
                    guard to - from > 1 else { continue }
                    for i in (from + 1)..<to {
                        let x = s[i]
                        var j = i
                        while j > from, (s[j - 1].key, s[j - 1].place) > (x.key, x.place) { s[j] = s[j - 1]; j -= 1 }
                        s[j] = x
                    }
                }
            }
            var i = 0
            while i < scratch.count {
                let key = scratch[i].key
                keys.append(key)
                starts.append(Int32(documents.count))
                var held: Int32 = 0
                var last: UInt32 = .max
                while i < scratch.count, scratch[i].key == key {
                    let document = UInt32(truncatingIfNeeded: scratch[i].place >> 32)
                    if document != last || held == 0 { held += 1; last = document }
                    // Past the cap a hash keeps counting documents but no longer their postings.
                    if held <= Int32(cap) {
                        documents.append(Int32(bitPattern: document))
                        positions.append(Int32(bitPattern: UInt32(truncatingIfNeeded: scratch[i].place)))
                    }
                    i += 1
                }
                counts.append(held)
            }
        }
        starts.append(Int32(documents.count))
        self.keys = keys
        self.starts = starts
        self.counts = counts
        self.documents = documents
        self.positions = positions
    }

    /// Every hash with its document count and its postings in the order they were added, hash by hash.
    func forEachHash(_ body: (_ hash: UInt64, _ documents: Int, _ postings: ArraySlice<Int32>, _ positions: ArraySlice<Int32>) -> Void) {
        for i in keys.indices {
            let range = Int(starts[i])..<Int(starts[i + 1])
            body(Self.hash(ofKey: keys[i]), Int(counts[i]), documents[range], positions[range])
        }
    }
}
