/// How many learned texts hold each term (`FieldCentroids.Term`): an open-addressed table of 32-bit
/// keys and 32-bit counts, eight bytes a slot in two flat arrays.
///
/// It replaced a `Dictionary<Term, Int32>`: at 10,000 reports it holds 1.5 million terms, and every
/// lookup (each term of each text, in `add` and again when every text's vector is made) was a cache
/// miss through the dictionary's hashing and metadata — 37 % of an incremental import's CPU (issue 13).
/// Here a lookup is one multiply, a shift and usually one cache line.
///
/// A term once counted stays in the table even when its count goes back to 0 (a text learned again
/// takes back its terms first), as the dictionary kept it: the snapshot lists such terms too.
struct TermFrequencies: Sendable {
    /// A power of two at most half full.
    private var keys: [UInt32]
    private var counts: [Int32]
    /// Marks an empty slot in `counts` (a count is never negative).
    private static let empty = Int32.min
    private var shift: UInt32
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var bits: UInt32 = 4
        while (1 << bits) < 2 * max(1, capacity) { bits += 1 }
        keys = [UInt32](repeating: 0, count: 1 << Int(bits))
        counts = [Int32](repeating: Self.empty, count: 1 << Int(bits))
        shift = 32 - bits
    }

    @inline(__always)
    private func home(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        let mask = keys.count - 1
        var i = home(key)
        while counts[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The count of `term`; nil when it was never counted.
    subscript(term: UInt32) -> Int32? {
        let i = slot(term)
        return counts[i] == Self.empty ? nil : counts[i]
    }

    /// Adds `delta` to the term's count (a term not yet held starts at `start`).
    @inline(__always)
    mutating func add(_ term: UInt32, _ delta: Int32, startingAt start: Int32 = 0) {
        var i = slot(term)
        if counts[i] == Self.empty {
            if 2 * (count + 1) > keys.count {
                grow()
                i = slot(term)
            }
            keys[i] = term
            counts[i] = start
            count += 1
        }
        counts[i] += delta
    }

    private mutating func grow() {
        let (oldKeys, oldCounts) = (keys, counts)
        keys = [UInt32](repeating: 0, count: oldKeys.count * 2)
        counts = [Int32](repeating: Self.empty, count: oldKeys.count * 2)
        shift -= 1
        for i in oldKeys.indices where oldCounts[i] != Self.empty {
            let j = slot(oldKeys[i])
            keys[j] = oldKeys[i]
            counts[j] = oldCounts[i]
        }
    }

    /// Every term and its count, in term order (for the snapshot's `SortedMap`).
    func sorted() -> (keys: [UInt32], values: [Int32]) {
        var pairs: [(UInt32, Int32)] = []
        pairs.reserveCapacity(count)
        for i in keys.indices where counts[i] != Self.empty { pairs.append((keys[i], counts[i])) }
        pairs.sort { $0.0 < $1.0 }
        return (pairs.map(\.0), pairs.map(\.1))
    }
}
