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
/// Consecutive units stay one passage when they are next to each other in both texts: within `maxGap`
/// content tokens, or on lines with nothing but template between them in each text, so an edit at the
/// end of one paragraph or the start of the next does not cut a copy in two.
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
        return result
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
        var units: [Unit] = []
        var start = 0
        while start < seeds.count {
            let key = unitKey(seeds[start].s)
            var end = start + 1
            while end < seeds.count && unitKey(seeds[end].s) == key { end += 1 }
            let unitSeeds = seeds[start..<end]
            start = end
            // A phrase the source repeats matches each of its places; where one of them is on the source
            // line most of the unit matches, the others are dropped.
            var matchedOnLine: [Int: Set<Int32>] = [:]
            for seed in unitSeeds { matchedOnLine[sourceLine(seed), default: []].insert(seed.s) }
            let mainLine = matchedOnLine.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }!.key
            let onMainLine = matchedOnLine[mainLine]!
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

    /// True when `unit` continues the passage whose last unit is `last`: next to it in the checked text,
    /// and in the source either next after it or overlapping it while moving forward.
    private func continues(_ passage: TokenPassage, last: Unit, with unit: Unit,
                           _ susp: AnalysedText, _ source: AnalysedText) -> Bool {
        let suspNext = susp.separatingTokens(from: passage.susp.upperBound, to: unit.susp.lowerBound) <= parameters.maxGap
            || adjacentLines(last.susp, unit.susp, susp)
        guard suspNext else { return false }
        if unit.source.lowerBound >= passage.source.upperBound {
            return source.separatingTokens(from: passage.source.upperBound, to: unit.source.lowerBound) <= parameters.maxGap
                || adjacentLines(passage.source, unit.source, source)
        }
        return unit.source.lowerBound >= last.source.lowerBound && unit.source.upperBound > last.source.upperBound
    }

    /// True when `b` is on the next line after the one where `a` ends that has any content or form
    /// field, with only template and blank lines between; both lines being units (paragraphs), not pieces
    /// of a longer line. What is unmatched at the end of one paragraph and the start of the next is then
    /// an edit inside a copied paragraph, not text of the copy's own.
    private func adjacentLines(_ a: Range<Int>, _ b: Range<Int>, _ text: AnalysedText) -> Bool {
        let stream = text.stream
        let from = stream.tokens[a.upperBound - 1].line
        let to = stream.tokens[b.lowerBound].line
        guard to > from, stream.tokenRange(ofLine: from).count <= parameters.maxUnitTokens,
              stream.tokenRange(ofLine: to).count <= parameters.maxUnitTokens else { return false }
        return text.separatingTokens(from: stream.tokenRange(ofLine: from).upperBound, to: stream.lineFirstToken[to]) == 0
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
