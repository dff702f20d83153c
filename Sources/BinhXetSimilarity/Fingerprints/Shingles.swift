/// Hashes of every run of `size` consecutive tokens on one line (k-syllable shingles).
///
/// Shingles never cross a line break: a line is a paragraph, heading or form field, and a shingle that
/// joined the end of a template line to the start of a prose line would match nowhere else but would hide
/// the line structure the aligner relies on.
public struct Shingles: Sendable {
    /// Shingle size k in tokens.
    public let size: Int
    /// `hashes[i]` is the hash of tokens `i..<i+size`, or 0 when they are not all on one line.
    public let hashes: [UInt64]

    public init(_ stream: TokenStream, size: Int) {
        precondition(size >= 1, "shingle size must be at least 1")
        self.size = size
        let n = stream.tokens.count
        var out = [UInt64](repeating: 0, count: n)
        let tokenHashes = stream.hashes
        tokenHashes.withUnsafeBufferPointer { buf in
            for line in 0..<stream.lineCount {
                let r = stream.tokenRange(ofLine: line)
                guard r.count >= size else { continue }
                for i in r.lowerBound...(r.upperBound - size) {
                    out[i] = TokenHash.shingle(buf, start: i, count: size)
                }
            }
        }
        self.hashes = out
    }

    /// Runs of consecutive positions that hold a shingle (one run per line long enough to have one).
    public var runs: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = -1
        for (i, h) in hashes.enumerated() {
            if h != 0 { if start < 0 { start = i } } else if start >= 0 { result.append(start..<i); start = -1 }
        }
        if start >= 0 { result.append(start..<hashes.count) }
        return result
    }
}
