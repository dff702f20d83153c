/// Lines a copy kept as they are in its source: what may lie between two copied paragraphs of one
/// passage, and the formulaic figure lines a passage takes in at its edges.
///
/// Between two copied paragraphs a report has its frame: headings, stock phrases, a sentence with the
/// unit's figures. Where the copy kept that frame as in the source, the two paragraphs are one passage;
/// where it rewrote it (another template, a stock sentence naming a new title, a heading of its own), the
/// council is shown two passages. Kept means the same folded tokens (figures matched as a class), or, for
/// figure lines, token pairs overlapping at least `keptLineSimilarity`.
///
/// Reports state their unit's figures in formulaic sentences ("Năm 2013, xã … thu ngân sách 8.537 triệu
/// đồng, bằng 160% dự toán"). Every report of a kind of unit words them alike, so the archive calls them
/// boilerplate and they never seed a match; but a copy carries the source's sentence along at the same
/// place, and it belongs to the copied passage. So a passage's edge moves over kept lines to the last
/// kept figure line beyond it.
struct KeptLines {
    let parameters: SimilarityParameters

    /// When the non-blank lines `a` of the checked text and `b` of the source pair up one to one, each
    /// pair kept or both prose: the content tokens of the prose lines in each text (for the caller to
    /// limit); nil when they do not pair up.
    func correspond(_ a: Range<Int>, _ susp: AnalysedText, _ b: Range<Int>, _ source: AnalysedText) -> (susp: Int, source: Int)? {
        let x = a.filter { !susp.stream.tokenRange(ofLine: $0).isEmpty }
        let y = b.filter { !source.stream.tokenRange(ofLine: $0).isEmpty }
        guard x.count == y.count else { return nil }
        var unmatched = (susp: 0, source: 0)
        for (l, m) in zip(x, y) where !kept(l, susp, m, source) {
            guard isProse(l, susp) && isProse(m, source) else { return nil }
            unmatched.susp += susp.stream.tokenRange(ofLine: l).count
            unmatched.source += source.stream.tokenRange(ofLine: m).count
        }
        return unmatched
    }

    /// The passage with its edges moved over kept lines to the farthest kept figure line on each side.
    func extend(_ passage: TokenPassage, _ susp: AnalysedText, _ source: AnalysedText) -> TokenPassage {
        var p = passage
        for forward in [true, false] {
            var a = susp.stream.tokens[forward ? p.susp.upperBound - 1 : p.susp.lowerBound].line
            var b = source.stream.tokens[forward ? p.source.upperBound - 1 : p.source.lowerBound].line
            while let x = nextLine(after: a, forward: forward, in: susp), let y = nextLine(after: b, forward: forward, in: source),
                  kept(x, susp, y, source) {
                a = x
                b = y
                guard isFigureLine(x, susp) && isFigureLine(y, source) else { continue }
                let rx = susp.stream.tokenRange(ofLine: x), ry = source.stream.tokenRange(ofLine: y)
                if forward {
                    p.susp = p.susp.lowerBound..<max(p.susp.upperBound, rx.upperBound)
                    p.source = p.source.lowerBound..<max(p.source.upperBound, ry.upperBound)
                } else {
                    p.susp = min(p.susp.lowerBound, rx.lowerBound)..<p.susp.upperBound
                    p.source = min(p.source.lowerBound, ry.lowerBound)..<p.source.upperBound
                }
            }
        }
        return p
    }

    /// True when line `x` of the checked text reads as line `y` of the source.
    func kept(_ x: Int, _ a: AnalysedText, _ y: Int, _ b: AnalysedText) -> Bool {
        let rx = a.stream.tokenRange(ofLine: x), ry = b.stream.tokenRange(ofLine: y)
        if rx.count == ry.count && zip(rx, ry).allSatisfy({ a.stream.tokens[$0].hash == b.stream.tokens[$1].hash }) {
            return true
        }
        guard isFigureLine(x, a) && isFigureLine(y, b) else { return false }
        let p = pairs(rx, a), q = pairs(ry, b)
        return 2 * Double(p.intersection(q).count) / Double(max(1, p.count + q.count)) >= parameters.keptLineSimilarity
    }

    /// The next line with tokens before or after `line`.
    private func nextLine(after line: Int, forward: Bool, in text: AnalysedText) -> Int? {
        var l = line
        while true {
            l += forward ? 1 : -1
            guard l >= 0 && l < text.stream.lineCount else { return nil }
            if !text.stream.tokenRange(ofLine: l).isEmpty { return l }
        }
    }

    /// A line of content tokens only: prose of the report's own.
    private func isProse(_ line: Int, _ text: AnalysedText) -> Bool {
        text.stream.tokenRange(ofLine: line).allSatisfy { text.roles[$0] == .content }
    }

    /// A sentence of the frame that states figures: longer than a heading, with a number after its first
    /// token (a leading one numbers a heading), and not prose of the report's own or a form field.
    private func isFigureLine(_ line: Int, _ text: AnalysedText) -> Bool {
        let range = text.stream.tokenRange(ofLine: line)
        return range.count > parameters.headingMaxTokens
            && range.contains { text.roles[$0] == .template } && !range.contains { text.roles[$0] == .field }
            && range.dropFirst().contains { text.stream.tokens[$0].hash == TokenHash.number }
    }

    private func pairs(_ range: Range<Int>, _ text: AnalysedText) -> Set<UInt64> {
        guard range.count > 1 else { return Set(range.map { text.stream.tokens[$0].hash }) }
        return Set((range.lowerBound..<(range.upperBound - 1)).map {
            TokenHash.mix(text.stream.tokens[$0].hash &* 31 ^ text.stream.tokens[$0 + 1].hash)
        })
    }
}
