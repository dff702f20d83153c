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
    /// A power of two at most half full. Each slot holds a key (high 32 bits) and its count (low 32
    /// bits, as `Int32`): one cache line answers a lookup.
    private var slots: [UInt64]
    /// An empty slot: key 0 with the count `Int32.min`, which no count reaches (counts are never
    /// negative).
    private static let empty: UInt64 = 0x8000_0000
    private var shift: UInt32
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var bits: UInt32 = 4
        while (1 << bits) < 2 * max(1, capacity) { bits += 1 }
        slots = [UInt64](repeating: Self.empty, count: 1 << Int(bits))
        shift = 32 - bits
    }

    @inline(__always)
    private func home(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt32) -> Int {
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let s = slots[i]
            if s == Self.empty || UInt32(truncatingIfNeeded: s >> 32) == key { return i }
            i = (i + 1) & mask
        }
    }

    /// The count of `term`; nil when it was never counted.
    subscript(term: UInt32) -> Int32? {
        let s = slots[slot(term)]
        return s == Self.empty ? nil : Int32(bitPattern: UInt32(truncatingIfNeeded: s))
    }

    /// Adds `delta` to the term's count (a term not yet held starts at `start`).
    @inline(__always)
    mutating func add(_ term: UInt32, _ delta: Int32, startingAt start: Int32 = 0) {
        var i = slot(term)
        var value: Int32
        if slots[i] == Self.empty {
            if 2 * (count + 1) > slots.count {
                grow()
                i = slot(term)
            }
            count += 1
            value = start
        } else {
            value = Int32(bitPattern: UInt32(truncatingIfNeeded: slots[i]))
        }
        value += delta
        slots[i] = UInt64(term) << 32 | UInt64(UInt32(bitPattern: value))
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: old.count * 2)
        shift -= 1
        for s in old where s != Self.empty {
            slots[slot(UInt32(truncatingIfNeeded: s >> 32))] = s
        }
    }

    /// Every term and its count, in term order (for the snapshot's `SortedMap`).
    func sorted() -> (keys: [UInt32], values: [Int32]) {
        var held: [UInt64] = []
        held.reserveCapacity(count)
        for s in slots where s != Self.empty { held.append(s) }
        held.sort()   // by key: the key is the high half, and keys are distinct
        return (held.map { UInt32(truncatingIfNeeded: $0 >> 32) },
                held.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) })
    }
}
