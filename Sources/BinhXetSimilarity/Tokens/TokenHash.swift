/// 64-bit hashes of folded tokens and of token shingles.
///
/// FNV-1a over the folded scalars is cheap and stable across runs and machines (unlike `Hasher`, which is
/// seeded per process), so hashes can be persisted in the desk and compared between sessions.
public enum TokenHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash every all-digit token gets when numbers are matched as a class: a copy that changed
    /// "15 cán bộ" to "13 cán bộ" still matches.
    public static let number: UInt64 = fnv1a("#")

    /// FNV-1a of a string's scalars (callers pass folded text).
    public static func fnv1a(_ text: String) -> UInt64 {
        var h = offsetBasis
        for u in text.unicodeScalars { h = step(h, u.value) }
        return h
    }

    @inline(__always)
    static func step(_ h: UInt64, _ scalarValue: UInt32) -> UInt64 {
        // Scalars below 0x80 are one byte as in UTF-8; larger ones are mixed in whole, which is enough
        // for distinct values to give distinct hashes with overwhelming probability.
        (h ^ UInt64(scalarValue)) &* prime
    }

    /// Final avalanche (splitmix64) so shingle hashes are uniform: winnowing picks minima, and a biased
    /// hash would make it pick the same kinds of shingles everywhere.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Hash of `count` consecutive token hashes starting at `start`, order-sensitive.
    @inline(__always)
    static func shingle(_ hashes: UnsafeBufferPointer<UInt64>, start: Int, count: Int) -> UInt64 {
        var h: UInt64 = 0x2545_f491_4f6c_dd1d
        for i in start..<(start + count) { h = (h &* 0x9e37_79b9_7f4a_7c15) ^ hashes[i] }
        let m = mix(h)
        return m == 0 ? 1 : m  // 0 marks an empty slot in the index table
    }
}
