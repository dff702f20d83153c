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
    /// The text's Unicode scalars (once roles are assigned): the own text and the line shapes read them.
    private(set) var scalars: [Unicode.Scalar] = []
    /// `separating[i]` = number of tokens before `i` whose role separates passages (content, field).
    private(set) var separatingPrefix: [Int32] = []
    /// Number of content tokens: what coverage is a fraction of.
    private(set) var contentCount = 0
    init(text: String, info: DocumentInfo?, parameters: SimilarityParameters) {
        self.info = info
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
        // One decoding pass (`Array(text.unicodeScalars)` counts the scalars first: two).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars { scalars.append(u) }
        self.scalars = scalars
        roles = assignment.roles(for: self, scalars: scalars)
        var prefix = [Int32](repeating: 0, count: roles.count + 1)
        var content = 0
        for (i, r) in roles.enumerated() {
            prefix[i + 1] = prefix[i] + (r.separates ? 1 : 0)
            if r == .content { content += 1 }
        }
        separatingPrefix = prefix
        contentCount = content
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
