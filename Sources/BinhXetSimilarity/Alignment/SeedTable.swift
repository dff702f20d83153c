/// A text's seed shingles that may seed (`AnalysedText.canSeed`), sorted by hash and then position: a
/// matching shingle of the other text finds its positions here by binary search, in the order they
/// occur. Made for the source of each alignment (a dictionary of arrays made there, one array per
/// shingle, was most of the aligner's cost).
struct SeedTable {
    private let hashes: [UInt64]
    let positions: [Int32]

    init(_ text: AnalysedText, seedSize k: Int) {
        var seedable: [Int32] = []
        seedable.reserveCapacity(text.seedShingles.hashes.count)
        for j in text.seedShingles.hashes.indices where text.canSeed(at: j, size: k) { seedable.append(Int32(j)) }
        let all = text.seedShingles.hashes
        seedable.sort { (all[Int($0)], $0) < (all[Int($1)], $1) }
        positions = seedable
        hashes = seedable.map { all[Int($0)] }
    }

    /// The places in `positions` (ascending positions) of the seedable shingles with this hash; empty
    /// when there are none.
    func places(of hash: UInt64) -> Range<Int> {
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) >> 1
            if hashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < hashes.count && hashes[end] == hash { end += 1 }
        return low..<end
    }
}
