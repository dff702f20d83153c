/// Extends a passage over the figure lines the copy kept in place at its edges.
///
/// Reports state their unit's figures in formulaic sentences ("Năm 2013, xã … thu ngân sách 8.537 triệu
/// đồng, bằng 160% dự toán"). Every report of a kind of unit words them alike, so the archive calls them
/// boilerplate and they never seed a match; but a copy carries the source's sentence along at the same
/// place, figures and all, and it belongs to the copied passage. So where the next line of substance
/// after a passage's end (headings and stock phrases skipped) is, in both texts, a template line with
/// figures, and the two lines read alike (`keptLineSimilarity`), the passage takes it in; the same
/// before its start. Prose, a form field or the title ends the walk: only template lies between.
struct KeptFigureLines {
    let parameters: SimilarityParameters

    func extend(_ passage: TokenPassage, _ susp: AnalysedText, _ source: AnalysedText) -> TokenPassage {
        var p = passage
        for forward in [true, false] {
            var a = susp.stream.tokens[forward ? p.susp.upperBound - 1 : p.susp.lowerBound].line
            var b = source.stream.tokens[forward ? p.source.upperBound - 1 : p.source.lowerBound].line
            while let x = nextLine(after: a, forward: forward, in: susp),
                  let y = nextLine(after: b, forward: forward, in: source),
                  isFigureLine(x, susp), isFigureLine(y, source), similar(x, susp, y, source) {
                a = x
                b = y
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

    /// The next line with tokens that is not plain template (a heading or stock phrase without figures).
    private func nextLine(after line: Int, forward: Bool, in text: AnalysedText) -> Int? {
        var l = line
        while true {
            l += forward ? 1 : -1
            guard l >= 0 && l < text.stream.lineCount else { return nil }
            let range = text.stream.tokenRange(ofLine: l)
            if range.isEmpty { continue }
            if range.allSatisfy({ text.roles[$0] == .template }) && !hasFigure(range, text) { continue }
            return l
        }
    }

    /// A line the archive calls template that states figures.
    private func isFigureLine(_ line: Int, _ text: AnalysedText) -> Bool {
        let range = text.stream.tokenRange(ofLine: line)
        return range.allSatisfy { text.roles[$0] == .template } && hasFigure(range, text)
    }

    /// Figures in a sentence: a number after the line's first token (a leading one numbers a heading),
    /// on a line longer than a heading.
    private func hasFigure(_ range: Range<Int>, _ text: AnalysedText) -> Bool {
        range.count > parameters.headingMaxTokens
            && range.dropFirst().contains { text.stream.tokens[$0].hash == TokenHash.number }
    }

    /// Dice overlap of the two lines' token pairs (figures matched as a class) against the threshold.
    private func similar(_ x: Int, _ a: AnalysedText, _ y: Int, _ b: AnalysedText) -> Bool {
        func pairs(_ line: Int, _ text: AnalysedText) -> Set<UInt64> {
            let r = text.stream.tokenRange(ofLine: line)
            guard r.count > 1 else { return Set(r.map { text.stream.tokens[$0].hash }) }
            return Set((r.lowerBound..<(r.upperBound - 1)).map {
                TokenHash.mix(text.stream.tokens[$0].hash &* 31 ^ text.stream.tokens[$0 + 1].hash)
            })
        }
        let p = pairs(x, a), q = pairs(y, b)
        guard !p.isEmpty, !q.isEmpty else { return false }
        return 2 * Double(p.intersection(q).count) / Double(p.count + q.count) >= parameters.keptLineSimilarity
    }
}
