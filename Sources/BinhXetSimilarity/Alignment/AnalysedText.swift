/// A text prepared for matching: tokens, shingles at both sizes, fingerprints, and (once the archive's
/// boilerplate is known) the role of every token.
struct AnalysedText: Sendable {
    let info: DocumentInfo?
    let stream: TokenStream
    /// Shingles of the alignment seed size.
    let seedShingles: Shingles
    /// Shingles of the index size; the fingerprints are chosen among them.
    let indexShingles: Shingles
    let fingerprints: [Fingerprint]
    /// Folded token hashes of the document's title.
    let titleHashes: [UInt64]
    /// Token ranges where the title occurs in the text, in order.
    let titleOccurrences: [Range<Int>]
    private(set) var roles: [TokenRole] = []
    /// `separating[i]` = number of tokens before `i` whose role separates passages (content, field).
    private(set) var separatingPrefix: [Int32] = []
    /// Number of content tokens: what coverage is a fraction of.
    private(set) var contentCount = 0
    /// The seed shingles that may seed (`canSeed`), sorted by hash and then position, in two parallel
    /// arrays: a matching shingle of another text finds its positions here by binary search, in the order
    /// they occur. Made with the roles, once per analysed text (a source is aligned with each text it is a
    /// candidate for; a dictionary of arrays per alignment was most of the aligner's cost).
    private(set) var seedTableHashes: [UInt64] = []
    private(set) var seedTablePositions: [Int32] = []

    /// Shingle size of `seedShingles`.
    let seedSize: Int

    init(text: String, info: DocumentInfo?, parameters: SimilarityParameters) {
        self.info = info
        seedSize = parameters.seedSize
        stream = TokenStream(text: text, numbersAsClass: parameters.numbersAsClass)
        seedShingles = Shingles(stream, size: parameters.seedSize)
        indexShingles = Shingles(stream, size: parameters.shingleSize)
        fingerprints = Winnowing.fingerprints(indexShingles, window: parameters.window)
        let title = info?.title ?? ""
        titleHashes = title.isEmpty ? [] : TokenStream(text: title, numbersAsClass: parameters.numbersAsClass).hashes
        titleOccurrences = Self.occurrences(of: titleHashes, in: stream.tokens)
    }

    /// Where a token sequence occurs (titles of fewer than three tokens are too common to look for).
    private static func occurrences(of sequence: [UInt64], in tokens: [Token]) -> [Range<Int>] {
        guard sequence.count >= 3, tokens.count >= sequence.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        while start <= tokens.count - sequence.count {
            var k = 0
            while k < sequence.count && tokens[start + k].hash == sequence[k] { k += 1 }
            if k == sequence.count { result.append(start..<(start + k)); start += k } else { start += 1 }
        }
        return result
    }

    /// Assigns roles; needs the text's scalars for line shapes (colons, enumerators, sentence ends).
    mutating func assignRoles(_ assignment: RoleAssignment, text: String) {
        roles = assignment.roles(for: self, scalars: Array(text.unicodeScalars))
        var prefix = [Int32](repeating: 0, count: roles.count + 1)
        var content = 0
        for (i, r) in roles.enumerated() {
            prefix[i + 1] = prefix[i] + (r.separates ? 1 : 0)
            if r == .content { content += 1 }
        }
        separatingPrefix = prefix
        contentCount = content
        let k = seedSize
        var seedable: [Int32] = []
        seedable.reserveCapacity(seedShingles.hashes.count)
        for j in seedShingles.hashes.indices where canSeed(at: j, size: k) { seedable.append(Int32(j)) }
        let hashes = seedShingles.hashes
        seedable.sort { (hashes[Int($0)], $0) < (hashes[Int($1)], $1) }
        seedTablePositions = seedable
        seedTableHashes = seedable.map { hashes[Int($0)] }
    }

    /// The positions (ascending) of the seedable shingles with this hash, as a range of
    /// `seedTablePositions`; empty when there are none.
    func seedPositions(of hash: UInt64) -> Range<Int> {
        var low = 0, high = seedTableHashes.count
        while low < high {
            let mid = (low + high) >> 1
            if seedTableHashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < seedTableHashes.count && seedTableHashes[end] == hash { end += 1 }
        return low..<end
    }

    /// Number of tokens that separate passages in `from..<to` (0 when empty).
    @inline(__always)
    func separatingTokens(from: Int, to: Int) -> Int {
        guard to > from else { return 0 }
        return Int(separatingPrefix[to] - separatingPrefix[from])
    }

    /// True when the seed shingle at `i` lies on tokens that may seed.
    @inline(__always)
    func canSeed(at i: Int, size: Int) -> Bool {
        guard seedShingles.hashes[i] != 0 else { return false }
        for t in i..<(i + size) where !roles[t].seeds { return false }
        return true
    }
}
