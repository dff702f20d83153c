/// One selected shingle: its hash and the token position where it starts.
public struct Fingerprint: Sendable, Hashable {
    public var hash: UInt64
    public var position: Int

    public init(hash: UInt64, position: Int) {
        self.hash = hash
        self.position = position
    }
}

/// Winnowing (Schleimer, Wilkerson, Aiken 2003): from every window of `window` consecutive shingles keep
/// the minimal hash. With noise threshold k (shingle size) and guarantee threshold t, `window` = t − k + 1,
/// and any run of at least t tokens shared by two texts (on one line) yields at least one shared
/// fingerprint, while runs shorter than k never do.
///
/// This is *robust* winnowing: a window keeps the previous window's choice when that shingle is still in
/// it and still minimal, otherwise it takes the rightmost minimum, so a run of equal hashes (repeated text)
/// gives few fingerprints. A line shorter than one window still yields its minimal shingle, so short
/// lines are not invisible to the index.
public enum Winnowing {
    public static func fingerprints(_ shingles: Shingles, window: Int) -> [Fingerprint] {
        precondition(window >= 1, "window must be at least 1")
        var out: [Fingerprint] = []
        let h = shingles.hashes
        for run in shingles.runs {
            if run.count <= window {
                var best = run.lowerBound
                for i in run where h[i] <= h[best] { best = i }
                out.append(Fingerprint(hash: h[best], position: best))
                continue
            }
            var selected = -1
            for windowStart in run.lowerBound...(run.upperBound - window) {
                let windowEnd = windowStart + window
                var best = windowStart
                for i in windowStart..<windowEnd where h[i] <= h[best] { best = i }
                if selected >= windowStart && h[selected] == h[best] { continue }
                if best != selected {
                    selected = best
                    out.append(Fingerprint(hash: h[best], position: best))
                }
            }
        }
        return out
    }

    /// Window size for a guarantee threshold `guarantee` and shingle size `shingle` (t − k + 1).
    public static func window(guarantee: Int, shingle: Int) -> Int { max(1, guarantee - shingle + 1) }
}
