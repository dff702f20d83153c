/// The fingerprint hashes the archive holds often enough to be boilerplate (`boilerplateThreshold`),
/// taken out of the index once, for an archive that does not change while it is used (a scan).
///
/// Reading every token's role asks the archive for the document frequency of each index shingle of
/// a text: 2,600 lookups in a table of millions of hashes, nearly all cache misses, for an answer that
/// is "not boilerplate" almost every time (3,255 of 3.68 million hashes at 10,000 reports). This table
/// holds only the boilerplate ones, a few tens of kilobytes, and answers the same.
struct BoilerplateHashes: Sendable {
    /// Open addressing, a power of two at most a quarter full; 0 marks an empty slot (no stored hash is
    /// 0: the index keeps hash 0 as 1, and so does this table).
    private let slots: [UInt64]
    private let shift: UInt64

    init(_ hashes: [UInt64]) {
        var bits: UInt64 = 4
        while (1 << bits) < 4 * max(1, hashes.count) { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let shift = 64 - bits
        for h in hashes {
            let key = h == 0 ? 1 : h
            var i = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & (slots.count - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.shift = shift
    }

    /// The hashes held, in increasing order (0 held as 1): what a scan's stamps name the table by.
    var sortedHashes: [UInt64] { slots.filter { $0 != 0 }.sorted() }

    /// True when the archive held `hash` in at least the threshold's number of documents.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        var i = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = slots[i]
            if k == key { return true }
            if k == 0 { return false }
            i = (i + 1) & (slots.count - 1)
        }
    }
}
