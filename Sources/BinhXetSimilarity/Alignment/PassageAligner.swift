/// Two shingles that match: token position in the checked text and in the source.
struct Seed: Sendable {
    var s: Int32
    var r: Int32
}

/// A group of seeds that lie close together in both texts: one re-used passage, in token terms.
struct AlignedCluster: Sendable {
    var seeds: [Seed]
    /// Tokens of the checked text covered by seeds, and of the source.
    var suspTokens: Range<Int>
    var sourceTokens: Range<Int>
    /// Matched content tokens of the checked text and of the source.
    var matchedContent = 0
    var matchedSourceContent = 0
    /// True when this cluster, or one merged into it, is an anchor (see `PassageAligner.isAnchor`).
    var anchored = false
}

/// Passage alignment in the manner of the PAN text-alignment winners (Sanchez-Perez et al. 2014):
/// seed with exact shingle matches, cluster the seeds that are close in the checked text and then in the
/// source (alternately, until nothing splits), drop clusters too small to be more than chance, and merge
/// clusters that the removal of noise left adjacent.
///
/// Distances count only tokens whose role separates passages (content and form fields): the headings and
/// stock phrases between two copied paragraphs cost nothing, an inserted paragraph does. Because a
/// cluster is closed under proximity in both texts, not order, sentences and paragraphs reordered within
/// reach stay in one cluster, which is what judges a copy (`isAnchor`); `PassageSegmentation` then cuts
/// the clusters into the passages shown, in the source's order.
struct PassageAligner {
    let parameters: SimilarityParameters

    func align(_ susp: AnalysedText, _ source: AnalysedText) -> [AlignedCluster] {
        align(susp, source, seeds: findSeeds(susp, source))
    }

    /// The same with the seeds already found (`findSeeds`).
    func align(_ susp: AnalysedText, _ source: AnalysedText, seeds: [Seed]) -> [AlignedCluster] {
        guard !seeds.isEmpty else { return [] }
        var clusters = [seeds]
        var round = 0
        var changed = true
        while changed && round < 12 {
            changed = false
            round += 1
            var next: [[Seed]] = []
            for cluster in clusters {
                let bySusp = split(cluster, in: susp, key: \.s)
                if bySusp.count > 1 { changed = true }
                for part in bySusp {
                    let bySource = split(part, in: source, key: \.r)
                    if bySource.count > 1 { changed = true }
                    next.append(contentsOf: bySource)
                }
            }
            clusters = next
        }
        var kept = clusters.map { summarise($0, susp, source) }.filter { isPassage($0, susp, source) }
        for i in kept.indices { kept[i].anchored = isAnchor(kept[i], susp, source) }
        kept = mergeAdjacent(kept, susp, source)
        return dropShadowed(kept, susp).sorted { $0.suspTokens.lowerBound < $1.suspTokens.lowerBound }
    }

    /// A stretch of the checked text is copied from one place: of clusters that cover mostly the same
    /// tokens of it (a phrase the source repeats elsewhere matches there too), the largest stays.
    private func dropShadowed(_ clusters: [AlignedCluster], _ susp: AnalysedText) -> [AlignedCluster] {
        var kept: [AlignedCluster] = []
        for c in clusters.sorted(by: { $0.matchedContent > $1.matchedContent }) {
            let span = max(1, susp.separatingTokens(from: c.suspTokens.lowerBound, to: c.suspTokens.upperBound))
            let shadowed = kept.contains { k in
                let lo = max(k.suspTokens.lowerBound, c.suspTokens.lowerBound), hi = min(k.suspTokens.upperBound, c.suspTokens.upperBound)
                return hi > lo && 2 * susp.separatingTokens(from: lo, to: hi) >= span
            }
            if !shadowed { kept.append(c) }
        }
        return kept
    }

    // MARK: - Seeds

    /// Every pair of seedable shingles that match, in the checked text's order and then the source's;
    /// a shingle the source holds more than `maxSeedOccurrences` times seeds nothing.
    func findSeeds(_ susp: AnalysedText, _ source: AnalysedText) -> [Seed] {
        let k = parameters.seedSize
        var seeds: [Seed] = []
        for (i, h) in susp.seedShingles.hashes.enumerated() where h != 0 {
            let found = source.seedPositions(of: h)
            guard !found.isEmpty, found.count <= parameters.maxSeedOccurrences, susp.canSeed(at: i, size: k) else { continue }
            for j in found { seeds.append(Seed(s: Int32(i), r: source.seedTablePositions[j])) }
        }
        return seeds
    }

    /// False when no cluster of these seeds can be an anchor (`isAnchor`): fewer distinct shingles of the
    /// checked text than an anchor needs. Every cluster holds a subset of the seeds, so this is exact: a
    /// candidate that fails it has no finding, and its alignment is skipped.
    func mayAnchor(_ seeds: [Seed], _ susp: AnalysedText) -> Bool {
        let needed = parameters.minAnchorTokens - parameters.seedSize + 1
        guard needed > 0 else { return true }
        guard seeds.count >= needed else { return false }
        var distinct = Set<UInt64>(minimumCapacity: seeds.count)
        for seed in seeds where distinct.insert(susp.seedShingles.hashes[Int(seed.s)]).inserted {
            if distinct.count >= needed { return true }
        }
        return false
    }

    // MARK: - Clustering

    /// Splits seeds wherever, sorted by one text's positions, the separating tokens between the covered
    /// stretch so far and the next seed exceed the gap.
    private func split(_ seeds: [Seed], in text: AnalysedText, key: KeyPath<Seed, Int32>) -> [[Seed]] {
        let k = parameters.seedSize
        let sorted = seeds.sorted { $0[keyPath: key] < $1[keyPath: key] }
        var parts: [[Seed]] = []
        var current: [Seed] = []
        var coverEnd = -1
        for seed in sorted {
            let p = Int(seed[keyPath: key])
            if !current.isEmpty && text.separatingTokens(from: coverEnd, to: p) > parameters.maxGap {
                parts.append(current)
                current = []
            }
            current.append(seed)
            coverEnd = max(coverEnd, p + k)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Long enough, and dense enough on both sides: scattered common phrases (names of institutions,
    /// formulaic sentences of one source article) matching across several paragraphs are not a passage.
    private func isPassage(_ c: AlignedCluster, _ susp: AnalysedText, _ source: AnalysedText) -> Bool {
        guard c.matchedContent >= parameters.minPassageTokens else { return false }
        let suspSpan = susp.separatingTokens(from: c.suspTokens.lowerBound, to: c.suspTokens.upperBound)
        let sourceSpan = source.separatingTokens(from: c.sourceTokens.lowerBound, to: c.sourceTokens.upperBound)
        return Double(c.matchedContent) >= parameters.minPassageDensity * Double(suspSpan)
            && Double(c.matchedSourceContent) >= parameters.minPassageDensity * Double(sourceSpan)
    }

    /// A passage that by itself shows copying: long, and matched almost one to one in both texts.
    /// Common wording (formulaic sentences of one source article, names of institutions) gives short or
    /// loose passages, or maps several places of one text onto one place of the other.
    private func isAnchor(_ c: AlignedCluster, _ susp: AnalysedText, _ source: AnalysedText) -> Bool {
        guard min(c.matchedContent, c.matchedSourceContent) >= parameters.minAnchorTokens else { return false }
        // Text repeated inside one report (a formula used twice) matches every repetition in the other:
        // only distinct shingles show how much text was taken.
        let distinct = Set(c.seeds.map { susp.seedShingles.hashes[Int($0.s)] }).count + parameters.seedSize - 1
        guard distinct >= parameters.minAnchorTokens else { return false }
        let suspSpan = susp.separatingTokens(from: c.suspTokens.lowerBound, to: c.suspTokens.upperBound)
        let sourceSpan = source.separatingTokens(from: c.sourceTokens.lowerBound, to: c.sourceTokens.upperBound)
        let balance = Double(min(c.matchedContent, c.matchedSourceContent)) / Double(max(c.matchedContent, c.matchedSourceContent))
        let density = min(Double(c.matchedContent) / Double(max(1, suspSpan)),
                          Double(c.matchedSourceContent) / Double(max(1, sourceSpan)), balance)
        return density >= parameters.minAnchorDensity
    }

    private func summarise(_ seeds: [Seed], _ susp: AnalysedText, _ source: AnalysedText) -> AlignedCluster {
        let k = parameters.seedSize
        var sLow = Int.max, sHigh = 0, rLow = Int.max, rHigh = 0
        for seed in seeds {
            sLow = min(sLow, Int(seed.s)); sHigh = max(sHigh, Int(seed.s) + k)
            rLow = min(rLow, Int(seed.r)); rHigh = max(rHigh, Int(seed.r) + k)
        }
        var cluster = AlignedCluster(seeds: seeds, suspTokens: sLow..<sHigh, sourceTokens: rLow..<rHigh)
        count(&cluster, susp, source)
        return cluster
    }

    /// Matched content tokens of both texts over the union of the seeds' shingles.
    private func count(_ cluster: inout AlignedCluster, _ susp: AnalysedText, _ source: AnalysedText) {
        cluster.matchedContent = matched(cluster.seeds.map { Int($0.s) }, in: cluster.suspTokens, susp)
        cluster.matchedSourceContent = matched(cluster.seeds.map { Int($0.r) }, in: cluster.sourceTokens, source)
    }

    private func matched(_ starts: [Int], in span: Range<Int>, _ text: AnalysedText) -> Int {
        let k = parameters.seedSize
        var covered = [Bool](repeating: false, count: span.count)
        for start in starts {
            for t in (start - span.lowerBound)..<(start - span.lowerBound + k) { covered[t] = true }
        }
        var content = 0
        for (offset, isCovered) in covered.enumerated() where isCovered && text.roles[span.lowerBound + offset] == .content {
            content += 1
        }
        return content
    }

    // MARK: - Merging

    /// Merges clusters that are within the gap of each other in both texts (in either order in the
    /// source), until none are.
    private func mergeAdjacent(_ clusters: [AlignedCluster], _ susp: AnalysedText, _ source: AnalysedText) -> [AlignedCluster] {
        var list = clusters.sorted { $0.suspTokens.lowerBound < $1.suspTokens.lowerBound }
        var merged = true
        while merged && list.count > 1 {
            merged = false
            var i = 0
            while i < list.count {
                var j = i + 1
                while j < list.count {
                    if near(list[i].suspTokens, list[j].suspTokens, susp)
                        && (near(list[i].sourceTokens, list[j].sourceTokens, source)
                            || followsWithDeletion(list[i].sourceTokens, list[j].sourceTokens, source)) {
                        var combined = list[i]
                        combined.seeds += list[j].seeds
                        combined.anchored = combined.anchored || list[j].anchored
                        combined.suspTokens = min(combined.suspTokens.lowerBound, list[j].suspTokens.lowerBound)
                            ..< max(combined.suspTokens.upperBound, list[j].suspTokens.upperBound)
                        combined.sourceTokens = min(combined.sourceTokens.lowerBound, list[j].sourceTokens.lowerBound)
                            ..< max(combined.sourceTokens.upperBound, list[j].sourceTokens.upperBound)
                        count(&combined, susp, source)
                        list[i] = combined
                        list.remove(at: j)
                        merged = true
                    } else {
                        j += 1
                    }
                }
                i += 1
            }
        }
        return list
    }

    /// `b` comes after `a` in the source, within a few deleted paragraphs: the checked text dropped
    /// some of the source between two stretches it kept in order, which is still one passage.
    private func followsWithDeletion(_ a: Range<Int>, _ b: Range<Int>, _ text: AnalysedText) -> Bool {
        b.lowerBound >= a.upperBound && text.separatingTokens(from: a.upperBound, to: b.lowerBound) <= parameters.maxDeletedGap
    }

    private func near(_ a: Range<Int>, _ b: Range<Int>, _ text: AnalysedText) -> Bool {
        if a.overlaps(b) { return true }
        let gap = a.upperBound <= b.lowerBound
            ? text.separatingTokens(from: a.upperBound, to: b.lowerBound)
            : text.separatingTokens(from: b.upperBound, to: a.lowerBound)
        return gap <= parameters.maxGap
    }
}
