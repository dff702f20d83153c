/// The fields' centroids (`FieldCentroids`) by term: for each term, the fields whose centroid holds it
/// and its weight there, so a text's similarity to every centroid is one lookup per term of its
/// vector instead of one per term and field.
///
/// Learning places every archived text against the centroids (`prepare`): with one dictionary per
/// field that was a lookup per term per field, 13 % of an incremental import's CPU at 10,000 reports.
/// The sums are the same to the last bit: a term a centroid lacks added 0 to that field's sum, and
/// each field's sum still runs over the vector's terms in their order.
struct CentroidTerms: Sendable {
    /// Open addressing, a power of two at most half full: key (high 32 bits) and the term's index + 1.
    private var slots: [UInt64]
    private var shift: UInt32
    /// Per term index, its fields and weights in `fields`/`weights`, from `starts[i]` to `starts[i + 1]`.
    private var starts: [Int32] = [0]
    private var fields: [Int32] = []
    private var weights: [Double] = []
    let fieldCount: Int
    /// Whether any centroid holds a term.
    var isEmpty: Bool { fields.isEmpty }

    init(_ centroids: [[UInt32: Double]]) {
        fieldCount = centroids.count
        var triples: [(term: UInt32, field: Int32, weight: Double)] = []
        triples.reserveCapacity(centroids.reduce(0) { $0 + $1.count })
        for (f, c) in centroids.enumerated() { for (t, w) in c { triples.append((t, Int32(f), w)) } }
        triples.sort { ($0.term, $0.field) < ($1.term, $1.field) }
        var distinct = 0
        for i in triples.indices where i == 0 || triples[i].term != triples[i - 1].term { distinct += 1 }
        var bits: UInt32 = 4
        while (1 << bits) < 2 * max(1, distinct) { bits += 1 }
        slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        shift = 32 - bits
        fields.reserveCapacity(triples.count)
        weights.reserveCapacity(triples.count)
        for i in triples.indices {
            if i == 0 || triples[i].term != triples[i - 1].term {
                if i > 0 { starts.append(Int32(fields.count)) }
                let index = UInt64(starts.count)   // the term's index + 1 (0 marks an empty slot)
                let mask = slots.count - 1
                var s = home(triples[i].term)
                while slots[s] != 0 { s = (s + 1) & mask }
                slots[s] = UInt64(triples[i].term) << 32 | index
            }
            fields.append(triples[i].field)
            weights.append(triples[i].weight)
        }
        starts.append(Int32(fields.count))
    }

    @inline(__always)
    private func home(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift)
    }

    /// The dot product of a vector with every centroid, in the vector's term order per field.
    func similarities(_ v: [(UInt32, Double)]) -> [Double] {
        var sums = [Double](repeating: 0, count: fieldCount)
        let mask = slots.count - 1
        for (term, weight) in v {
            var s = home(term)
            while true {
                let slot = slots[s]
                if slot == 0 { break }
                if UInt32(truncatingIfNeeded: slot >> 32) == term {
                    let i = Int(slot & 0xFFFF_FFFF) - 1
                    for k in Int(starts[i])..<Int(starts[i + 1]) { sums[Int(fields[k])] += weight * weights[k] }
                    break
                }
                s = (s + 1) & mask
            }
        }
        return sums
    }
}
