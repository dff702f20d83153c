/// A passage in token terms: a stretch of the checked text and the stretch of the source it follows.
struct TokenPassage: Sendable {
    var susp: Range<Int>
    var source: Range<Int>
}

/// Cuts the aligned clusters of a pair into passages that follow the source in order.
///
/// A cluster groups the matches that lie close together in both texts whatever their order: that is what
/// tells a copy from chance. A passage is what the council reads side by side, a stretch of the checked
/// text and the stretch of the source it takes in the same order; so passages break where the copy
/// reordered paragraphs, left out a paragraph of the source or inserted one of its own, while sentences
/// reordered inside one paragraph stay one passage.
///
/// The checked text is read in units: its lines (paragraphs), or pieces of `maxUnitTokens` of a longer
/// line, for text without paragraph structure. A unit keeps the matches of its largest group that lie
/// within `maxGap` of each other in the source (matches elsewhere are a phrase the source repeats).
/// Consecutive units stay one passage when they are next to each other in both texts: on following
/// paragraphs with the frame between them kept as in the source (an edit at the end of one paragraph or
/// the start of the next does not cut a copy in two), or within `maxGap` content tokens.
struct PassageSegmentation {
    let parameters: SimilarityParameters

    private struct Unit {
        var susp: Range<Int>
        var source: Range<Int>
        var starts: [Int32]
    }

    func passages(of clusters: [AlignedCluster], _ susp: AnalysedText, _ source: AnalysedText) -> [TokenPassage] {
        var result: [TokenPassage] = []
        var current: TokenPassage?
        var currentStarts: [Int32] = []
        var previous: Unit?
        func flush() {
            if let c = current, matchedContent(currentStarts, in: c.susp, susp) >= parameters.minPassageTokens {
                result.append(c)
            }
            current = nil
            currentStarts = []
        }
        for unit in units(of: clusters.flatMap(\.seeds), susp, source) {
            if let c = current, let p = previous, continues(c, last: p, with: unit, susp, source) {
                current = TokenPassage(susp: c.susp.lowerBound..<max(c.susp.upperBound, unit.susp.upperBound),
                                       source: min(c.source.lowerBound, unit.source.lowerBound)..<max(c.source.upperBound, unit.source.upperBound))
            } else {
                flush()
                current = TokenPassage(susp: unit.susp, source: unit.source)
            }
            currentStarts += unit.starts
            previous = unit
        }
        flush()
        return joinedAfterExtension(result, susp, source)
    }

    /// The passages with the figure lines kept at their edges (`KeptLines.extend`); two that then meet in
    /// both texts were one copy, cut only by a figure line the alignment could not see.
    private func joinedAfterExtension(_ passages: [TokenPassage], _ susp: AnalysedText, _ source: AnalysedText) -> [TokenPassage] {
        let kept = KeptLines(parameters: parameters)
        var out: [TokenPassage] = []
        for p in passages.map({ kept.extend($0, susp, source) }).sorted(by: { $0.susp.lowerBound < $1.susp.lowerBound }) {
            if let last = out.last, last.susp.overlaps(p.susp), last.source.overlaps(p.source),
               p.source.lowerBound >= last.source.lowerBound {
                out[out.count - 1] = TokenPassage(susp: last.susp.lowerBound..<max(last.susp.upperBound, p.susp.upperBound),
                                                  source: last.source.lowerBound..<max(last.source.upperBound, p.source.upperBound))
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// The seeds grouped by unit of the checked text, in its order, each unit reduced to its main stretch
    /// of the source.
    private func units(of allSeeds: [Seed], _ susp: AnalysedText, _ source: AnalysedText) -> [Unit] {
        let k = parameters.seedSize
        let stream = susp.stream
        func unitKey(_ s: Int32) -> Int {
            let line = stream.tokens[Int(s)].line
            return line &* 1_000_003 &+ (Int(s) - stream.lineFirstToken[line]) / max(1, parameters.maxUnitTokens)
        }
        func sourceLine(_ seed: Seed) -> Int { source.stream.tokens[Int(seed.r)].line }
        let seeds = allSeeds.sorted { ($0.s, $0.r) < ($1.s, $1.r) }
        var groups: [ArraySlice<Seed>] = []
        var start = 0
        while start < seeds.count {
            let key = unitKey(seeds[start].s)
            var end = start + 1
            while end < seeds.count && unitKey(seeds[end].s) == key { end += 1 }
            groups.append(seeds[start..<end])
            start = end
        }
        // A phrase the source repeats matches each of its places; where one of them is on the source
        // line most of the unit matches, the others are dropped. Between lines matched equally (a title
        // and the stock sentence that repeats it), the one in line with the other units wins: nearest
        // the pair's median line offset.
        let matchedOnLine = groups.map { unitSeeds in
            var lines: [Int: Set<Int32>] = [:]
            for seed in unitSeeds { lines[sourceLine(seed), default: []].insert(seed.s) }
            return lines.mapValues(\.count)
        }
        var offsets: [Int] = []
        for (unitSeeds, lines) in zip(groups, matchedOnLine) {
            let top = lines.values.max()!
            let best = lines.filter { $0.value == top }
            if best.count == 1 { offsets.append(best.first!.key - stream.tokens[Int(unitSeeds.first!.s)].line) }
        }
        let medianOffset = offsets.isEmpty ? 0 : offsets.sorted()[offsets.count / 2]
        var units: [Unit] = []
        for (unitSeeds, lines) in zip(groups, matchedOnLine) {
            let suspLine = stream.tokens[Int(unitSeeds.first!.s)].line
            func rank(_ line: Int) -> (Int, Int, Int) { (lines[line]!, -abs(line - suspLine - medianOffset), -line) }
            let mainLine = lines.keys.max { rank($0) < rank($1) }!
            var onMainLine = Set<Int32>()
            for seed in unitSeeds where sourceLine(seed) == mainLine { onMainLine.insert(seed.s) }
            let kept = unitSeeds.filter { !onMainLine.contains($0.s) || sourceLine($0) == mainLine }
            // The unit's matches, by source position, cut where the source has more than the gap between
            // two of them; the group that covers most of the unit stays.
            let bySource = kept.sorted { ($0.r, $0.s) < ($1.r, $1.s) }
            var best: ArraySlice<Seed> = []
            var bestCovered = -1
            var groupStart = 0
            for i in 1...bySource.count {
                let cut = i == bySource.count
                    || source.separatingTokens(from: Int(bySource[i - 1].r) + k, to: Int(bySource[i].r)) > parameters.maxGap
                guard cut else { continue }
                let group = bySource[groupStart..<i]
                let covered = Set(group.map(\.s)).count
                if covered > bestCovered { best = group; bestCovered = covered }
                groupStart = i
            }
            var sLow = Int32.max, sHigh = Int32.min, rLow = Int32.max, rHigh = Int32.min
            for seed in best {
                sLow = min(sLow, seed.s); sHigh = max(sHigh, seed.s)
                rLow = min(rLow, seed.r); rHigh = max(rHigh, seed.r)
            }
            units.append(Unit(susp: Int(sLow)..<(Int(sHigh) + k), source: Int(rLow)..<(Int(rHigh) + k),
                              starts: best.map(\.s)))
        }
        return units
    }

    /// True when `unit` continues the passage whose last unit is `last`. On other lines than the passage
    /// ends in both texts: the lines between correspond (`KeptLines`) with at most `maxGap` content tokens
    /// on unmatched lines between in each text. Otherwise: close after it in the checked text, and in the
    /// source close after it or overlapping it while moving forward.
    private func continues(_ passage: TokenPassage, last: Unit, with unit: Unit,
                           _ susp: AnalysedText, _ source: AnalysedText) -> Bool {
        let suspFrom = susp.stream.tokens[last.susp.upperBound - 1].line, suspTo = susp.stream.tokens[unit.susp.lowerBound].line
        let sourceFrom = source.stream.tokens[passage.source.upperBound - 1].line
        let sourceTo = source.stream.tokens[unit.source.lowerBound].line
        if suspTo > suspFrom && sourceTo > sourceFrom {
            guard let between = KeptLines(parameters: parameters)
                .correspond((suspFrom + 1)..<suspTo, susp, (sourceFrom + 1)..<sourceTo, source) else { return false }
            return between.susp + edges(passage.susp.upperBound, unit.susp.lowerBound, suspFrom, suspTo, susp) <= parameters.maxGap
                && between.source + edges(passage.source.upperBound, unit.source.lowerBound, sourceFrom, sourceTo, source) <= parameters.maxGap
        }
        guard susp.separatingTokens(from: passage.susp.upperBound, to: unit.susp.lowerBound) <= parameters.maxGap else {
            return false
        }
        if unit.source.lowerBound >= passage.source.upperBound {
            return source.separatingTokens(from: passage.source.upperBound, to: unit.source.lowerBound) <= parameters.maxGap
        }
        return unit.source.lowerBound >= last.source.lowerBound && unit.source.upperBound > last.source.upperBound
    }

    /// Unmatched content tokens after token `end` on line `from` and before token `start` on line `to`.
    /// At the end of one paragraph and the start of the next they are edits inside copied paragraphs and
    /// do not count; only on a line longer than a unit (text without paragraph structure) do they.
    private func edges(_ end: Int, _ start: Int, _ from: Int, _ to: Int, _ text: AnalysedText) -> Int {
        let stream = text.stream
        var gap = 0
        if stream.tokenRange(ofLine: from).count > parameters.maxUnitTokens {
            gap += text.separatingTokens(from: end, to: stream.tokenRange(ofLine: from).upperBound)
        }
        if stream.tokenRange(ofLine: to).count > parameters.maxUnitTokens {
            gap += text.separatingTokens(from: stream.lineFirstToken[to], to: start)
        }
        return gap
    }

    /// Content tokens of the checked text covered by the seeds starting at `starts`.
    private func matchedContent(_ starts: [Int32], in span: Range<Int>, _ text: AnalysedText) -> Int {
        let k = parameters.seedSize
        var covered = [Bool](repeating: false, count: span.count)
        for s in starts {
            for t in Int(s)..<(Int(s) + k) where span.contains(t) { covered[t - span.lowerBound] = true }
        }
        var count = 0
        for (offset, isCovered) in covered.enumerated() where isCovered && text.roles[span.lowerBound + offset] == .content {
            count += 1
        }
        return count
    }
}
