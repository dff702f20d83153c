/// What a stretch of one side of a matched passage is, compared with the other side.
public enum WordDifference: UInt8, Sendable, Hashable, Codable {
    /// The same words on both sides (compared folded, as the checker compares them: case, tones and đ do
    /// not matter, so a copy typed without marks or in a legacy code still reads as the same words).
    case same
    /// Words that stand where the other side has other words: the changed number, name or school year
    /// ("2017 - 2018 … 27 em" against "2012 - 2013 … 31 em"), the usual disguise of a copy.
    case changed
    /// Words only this side has: inserted here, or left out by the other side.
    case onlyHere
}

/// A stretch of a text as written, as Unicode scalar offsets into the whole text (the offsets of
/// `PassagePair`), with what it is.
public struct AlignedSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var difference: WordDifference
    /// Template or stock wording (or a form field, or the report's own title): shown dimmed, not counted.
    public var template: Bool

    public init(start: Int, end: Int, difference: WordDifference, template: Bool = false) {
        self.start = start; self.end = end; self.difference = difference; self.template = template
    }

    public var range: Range<Int> { start..<end }
}

/// Word by word alignment of the two sides of a matched passage, over the texts as written.
///
/// Words are the checker's tokens (runs of letters and digits; combining marks continue a word, so NFD
/// text aligns with NFC text) compared folded but with numbers compared as written: the checker matches
/// every number with every other, which is what lets it find a copy whose figures were changed, and
/// exactly those figures are what the reader must see. The alignment is a shortest edit script (Myers'
/// O((N+M)·D) algorithm, after the common head and tail are taken off): a matched passage differs in few
/// words, so D is small. Between two shared words, words on both sides are `changed`, words on one side
/// only are `onlyHere`. Spaces and punctuation between two words of one kind take that kind; elsewhere
/// they are `same`, so a span never starts or ends on a space.
public enum WordAlignment {
    /// A word of one side: its scalar range in the whole text and its folded hash (numbers as written).
    struct Word {
        var start: Int
        var end: Int
        var hash: UInt64
        /// Index of the word in its text's token stream.
        var index: Int
    }

    /// The spans of the left range of `left` and the right range of `right`, each covering its range
    /// completely, in order, with neighbouring spans of one kind merged.
    ///
    /// - Parameter maxEdits: beyond this many differing words the edit script is not searched further
    ///   and the unaligned middle is marked `changed` on both sides (a bound on time and memory, O(D²)).
    public static func align(_ left: String, _ leftRange: Range<Int>, _ right: String, _ rightRange: Range<Int>,
                             maxEdits: Int = 1000) -> (left: [AlignedSpan], right: [AlignedSpan]) {
        let a = words(of: left, in: leftRange), b = words(of: right, in: rightRange)
        let (ka, kb) = kinds(a.map(\.hash), b.map(\.hash), maxEdits: maxEdits)
        return (spans(a, ka, over: leftRange), spans(b, kb, over: rightRange))
    }

    /// The words of a text that lie wholly inside `range`.
    static func words(of text: String, in range: Range<Int>) -> [Word] {
        let stream = TokenStream(text: text, numbersAsClass: false)
        var out: [Word] = []
        for (i, t) in stream.tokens.enumerated() where t.start >= range.lowerBound && t.end <= range.upperBound {
            out.append(Word(start: t.start, end: t.end, hash: t.hash, index: i))
        }
        return out
    }

    /// The kind of each word of `a` and of `b`.
    static func kinds(_ a: [UInt64], _ b: [UInt64], maxEdits: Int) -> ([WordDifference], [WordDifference]) {
        var ka = [WordDifference](repeating: .same, count: a.count)
        var kb = [WordDifference](repeating: .same, count: b.count)
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)]), midB = Array(b[head..<(b.count - tail)])
        guard let script = editScript(midA, midB, maxEdits: maxEdits) else {
            // Too different to align word by word: the middle differs as a whole.
            let kind: (Bool) -> WordDifference = { $0 ? .changed : .onlyHere }
            for i in head..<(a.count - tail) { ka[i] = kind(!midB.isEmpty) }
            for j in head..<(b.count - tail) { kb[j] = kind(!midA.isEmpty) }
            return (ka, kb)
        }
        // Walk the matches; the words between two matches differ.
        var i = 0, j = 0
        func closeGap(to ni: Int, _ nj: Int) {
            let both = ni > i && nj > j
            for x in i..<ni { ka[head + x] = both ? .changed : .onlyHere }
            for y in j..<nj { kb[head + y] = both ? .changed : .onlyHere }
        }
        for (mi, mj) in script {
            closeGap(to: mi, mj)
            i = mi + 1; j = mj + 1
        }
        closeGap(to: midA.count, midB.count)
        return (ka, kb)
    }

    /// The matched word pairs (index in `a`, index in `b`) of a shortest edit script, in order, or nil
    /// when more than `maxEdits` insertions and deletions would be needed.
    static func editScript(_ a: [UInt64], _ b: [UInt64], maxEdits: Int) -> [(Int, Int)]? {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return n + m <= maxEdits ? [] : nil }
        let limit = min(n + m, maxEdits)
        // v[k + offset] = furthest x on diagonal k; `trace[d]` keeps v for diagonals -d...d after step d.
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = -1
        outer: for d in 0...limit {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = d; trace.append(Array(v[(offset - d)...(offset + d)])); break outer }
            }
            trace.append(Array(v[(offset - d)...(offset + d)]))
        }
        guard found >= 0 else { return nil }
        // Back from the end: each step d came from diagonal k ± 1 of step d − 1; the snake after it is matches.
        var matches: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: found, through: 1, by: -1) {
            let previous = trace[d - 1]
            func at(_ k: Int) -> Int { previous[k + (d - 1)] }
            let k = x - y
            let down = k == -d || (k != d && at(k - 1) < at(k + 1))
            let pk = down ? k + 1 : k - 1
            let px = at(pk), py = px - pk
            let sx = down ? px : px + 1, sy = sx - k
            while x > sx && y > sy { x -= 1; y -= 1; matches.append((x, y)) }
            x = px; y = py
        }
        while x > 0 && y > 0 { x -= 1; y -= 1; matches.append((x, y)) }
        return matches.reversed()
    }

    /// Spans covering `range`: each word with its kind, the text between two words of one kind with
    /// that kind, any other text `same`; neighbours of one kind merged.
    static func spans(_ words: [Word], _ kinds: [WordDifference], over range: Range<Int>) -> [AlignedSpan] {
        var out: [AlignedSpan] = []
        func add(_ start: Int, _ end: Int, _ kind: WordDifference) {
            guard end > start else { return }
            if let last = out.last, last.difference == kind, last.end == start { out[out.count - 1].end = end }
            else { out.append(AlignedSpan(start: start, end: end, difference: kind)) }
        }
        var at = range.lowerBound
        for (w, (word, kind)) in zip(words, kinds).enumerated() {
            let gapKind: WordDifference = w > 0 && kinds[w - 1] == kind ? kind : .same
            add(at, word.start, gapKind)
            add(word.start, word.end, kind)
            at = word.end
        }
        add(at, range.upperBound, .same)
        return out
    }
}
