/// The archive of earlier initiative reports, fingerprinted and indexed, and the checks against it.
///
/// The desk keeps one instance in memory: `add` on import (persisting the returned fingerprint blob),
/// `restore` from the blobs at start-up, `remove` when a nomination is deleted, `check` for a scan or an
/// ad-hoc file. Texts are not held here: `check` asks for a candidate source's text when it aligns it.
///
/// An archive made `over` a `FingerprintSource` (the desk's stored index) reads that index hash by hash
/// instead of holding it; documents added to it are held in memory beside it and count with it.
public struct SimilarityArchive: Sendable {
    public let parameters: SimilarityParameters
    private var templates: TemplatePhrases
    private var index: FingerprintIndex
    private var documents: [DocumentInfo?] = []
    private var slots: [String: Int32] = [:]
    /// The stored index this archive reads, if any. Its documents take the keys `-1 - slot` in
    /// `candidates`, so they never meet the in-memory slots.
    private let external: (any FingerprintSource)?
    /// The hashes at or above the boilerplate threshold, while the archive is unchanged since
    /// `freezeBoilerplate` (nil otherwise).
    private var boilerplate: BoilerplateHashes?

    /// - Parameter capacity: the number of documents expected, to size the index once.
    public init(parameters: SimilarityParameters = .standard, templates: TemplatePhrases = .none, capacity: Int = 1024) {
        self.init(parameters: parameters, templates: templates, capacity: capacity, external: nil)
    }

    /// An archive reading a stored index (`source`): documents added later are held in memory beside it.
    public init(parameters: SimilarityParameters = .standard, templates: TemplatePhrases = .none,
                over source: any FingerprintSource) {
        self.init(parameters: parameters, templates: templates, capacity: 16, external: source)
    }

    /// An archive that holds no document and reads texts (`ownText`, `lineRoles`) with `boilerplate` as
    /// the hashes at or above its threshold (`boilerplateThreshold` of the archive they were taken from):
    /// what learning the relevance model needs, read from the desk's stored index without loading the
    /// index (58 million postings at 100,000 reports, for a few thousand boilerplate hashes). Reads a
    /// text as an archive holding those documents reads it; finds no re-use.
    public init(parameters: SimilarityParameters = .standard, templates: TemplatePhrases = .none,
                boilerplate hashes: [UInt64]) {
        self.init(parameters: parameters, templates: templates, capacity: 1, external: nil)
        boilerplate = BoilerplateHashes(hashes)
    }

    private init(parameters: SimilarityParameters, templates: TemplatePhrases, capacity: Int, external: (any FingerprintSource)?) {
        self.external = external
        self.parameters = parameters
        var t = templates
        t.prepare(sizes: [parameters.seedSize, parameters.shingleSize], numbersAsClass: parameters.numbersAsClass)
        self.templates = t
        // About 580 fingerprints per report of 2,600 syllables, of which about 370 distinct hashes no
        // other report holds: sized so that the table need not grow (growing holds both tables at once).
        index = FingerprintIndex(capacity: capacity * 400)
    }

    /// Number of documents in the archive.
    public var count: Int { slots.count + (external?.documentCount ?? 0) }

    /// Size of the index: distinct fingerprint hashes, postings, and the hash table's slots.
    public var indexSize: (hashes: Int, postings: Int, slots: Int) { (index.hashCount, index.postingCount, index.slotCount) }

    /// The archived document with this nomination id.
    public func document(id: String) -> DocumentInfo? {
        if let slot = slots[id] { return documents[Int(slot)] }
        return external.flatMap { source in source.slot(of: id).flatMap(source.document(slot:)) }
    }

    /// Every archived document held in memory, in no particular order.
    public var allDocuments: [DocumentInfo] { documents.compactMap { $0 } }

    /// Fingerprints a text and adds it (replacing a document with the same id). Returns the fingerprint
    /// blob for the desk to store, so start-up can `restore` without re-reading the text.
    @discardableResult
    public mutating func add(_ info: DocumentInfo, text: String) -> [UInt8] {
        let fingerprints = Self.fingerprints(of: text, parameters: parameters)
        insert(info, fingerprints)
        return FingerprintCoding.encode(fingerprints, parameters: parameters)
    }

    /// Adds a document from its stored fingerprint blob. Throws `parametersDiffer` when the blob was made
    /// with other fingerprint parameters: the caller then adds the text again.
    public mutating func restore(_ info: DocumentInfo, fingerprints blob: [UInt8]) throws(FingerprintCoding.DecodingError) {
        insert(info, try FingerprintCoding.decode(blob, parameters: parameters))
    }

    /// Adds many documents from their stored fingerprint blobs at once (`next` gives them one by one,
    /// nil at the end), into an archive that holds none yet: the index is built in bulk, several times
    /// faster than `restore` one by one, and reads the same. Returns the documents whose blob could not be
    /// used (the caller adds their texts). Into an archive that holds documents already, or for an id
    /// given twice, it restores one by one.
    public mutating func restoreAll(_ next: () throws -> (DocumentInfo, [UInt8])?) rethrows -> [DocumentInfo] {
        var unusable: [DocumentInfo] = []
        guard count == 0 else {
            while let item = try next() {
                let (info, blob) = item
                if (try? restore(info, fingerprints: blob)) == nil { unusable.append(info) }
            }
            return unusable
        }
        // Sorted in bulk first (`PackedFingerprintIndex`): adding 5.8 million postings one by one to the hash
        // table was three cache misses each.
        var builder = PackedFingerprintIndex.Builder(cap: index.maxPostingsPerHash)
        var again: [(DocumentInfo, [Fingerprint])] = []
        while let item = try next() {
            let (info, blob) = item
            guard let fingerprints = try? FingerprintCoding.decode(blob, parameters: parameters) else {
                unusable.append(info)
                continue
            }
            guard slots[info.id] == nil else { again.append((info, fingerprints)); continue }
            let slot = Int32(documents.count)
            documents.append(info)
            slots[info.id] = slot
            builder.add(fingerprints, document: slot)
        }
        // Then into the hash table that lookups read (the packed arrays cost a cache miss more a lookup, and
        // lookups were slower than the table's): its keys arrive in the order of their home slots, so it
        // fills front to back.
        index = FingerprintIndex(unpacking: PackedFingerprintIndex(builder))
        boilerplate = nil
        for (info, fingerprints) in again { insert(info, fingerprints) }
        return unusable
    }

    /// Removes a document; a no-op when the id is unknown.
    public mutating func remove(id: String) {
        guard let slot = slots.removeValue(forKey: id) else { return }
        boilerplate = nil
        documents[Int(slot)] = nil
        index.remove(document: slot)
    }

    /// The fingerprints of a text as the archive would store them.
    public static func fingerprints(of text: String, parameters: SimilarityParameters = .standard) -> [Fingerprint] {
        let stream = TokenStream(text: text, numbersAsClass: parameters.numbersAsClass)
        return Winnowing.fingerprints(Shingles(stream, size: parameters.shingleSize), window: parameters.window)
    }

    private mutating func insert(_ info: DocumentInfo, _ fingerprints: [Fingerprint]) {
        remove(id: info.id)
        boilerplate = nil
        let slot = Int32(documents.count)
        documents.append(info)
        slots[info.id] = slot
        index.add(fingerprints, document: slot)
    }

    // MARK: - Checking

    /// Document frequency from which a fingerprint is boilerplate in the archive as it is now.
    public var boilerplateThreshold: Int { boilerplateThreshold(documents: count) }

    /// The same for an archive of `documents` documents.
    public func boilerplateThreshold(documents: Int) -> Int {
        max(parameters.boilerplateMinDocuments, Int((parameters.boilerplateMinFraction * Double(documents)).rounded(.up)))
    }

    /// True when the archive holds the hash in at least `threshold` (its `boilerplateThreshold`)
    /// documents: read from the frozen boilerplate table when there is one.
    @inline(__always)
    private func isBoilerplate(_ hash: UInt64, threshold: Int) -> Bool {
        if let boilerplate { return boilerplate.contains(hash) }
        return documentFrequency(hash) >= threshold
    }

    /// Takes the boilerplate hashes out of the index into a small table of their own (`BoilerplateHashes`),
    /// for many checks against an archive that does not change meanwhile (a scan): reading a text's roles
    /// then costs no lookups in the big index. Adding or removing a document drops the table. Not for an
    /// archive over a stored index, whose frequencies are read hash by hash.
    public mutating func freezeBoilerplate() {
        guard external == nil, boilerplateThreshold >= 1 else { return }
        boilerplate = BoilerplateHashes(index.hashes(heldByAtLeast: boilerplateThreshold))
    }

    /// The frozen boilerplate table's hashes in increasing order (0 held as 1), or nil when there is none:
    /// with the templates and parameters, all a check reads of the archive beyond the sources it aligns,
    /// so a scan names by it what its stored findings were made with (`DeskChecker`'s scan stamps).
    public var frozenBoilerplateHashes: [UInt64]? { boilerplate?.sortedHashes }

    /// Number of archived documents whose fingerprints include the shingle hash.
    public func documentFrequency(_ hash: UInt64) -> Int {
        index.documentFrequency(hash) + (external?.documentFrequency(hash == 0 ? 1 : hash) ?? 0)
    }

    /// Finds the archived reports that `text` re-uses.
    ///
    /// - Parameters:
    ///   - text: the report to check, as stored (offsets in findings count its Unicode scalars).
    ///   - info: its metadata; its `id` names it in findings and is never its own source.
    ///   - isSource: which archived documents may be sources; by default those received before it.
    ///   - sourceText: the text of an archived document (nil when unavailable: it is then skipped).
    /// - Returns: one finding per source, largest coverage first.
    public func check(text: String, as info: DocumentInfo,
                      isSource: ((DocumentInfo) -> Bool)? = nil,
                      sourceText: (DocumentInfo) -> String?) -> [Finding] {
        check(analyse(text, info), info: info, isSource: isSource, sourceText: sourceText)
    }

    /// `check`, and the text's own words (`ownText`) from the same reading of it: a scan assesses each
    /// report's relevance from them, and reading the text twice was a tenth of its work.
    public func checkWithOwnText(text: String, as info: DocumentInfo,
                                 isSource: ((DocumentInfo) -> Bool)? = nil,
                                 sourceText: (DocumentInfo) -> String?) -> (findings: [Finding], ownText: String) {
        let susp = analyse(text, info)
        return (check(susp, info: info, isSource: isSource, sourceText: sourceText), ownText(susp, text))
    }

    /// `checkWithOwnText`, and the own words as the check tokenised them (`OwnWords`; nil when they
    /// cannot stand for the own text's): a scan's relevance pass reads them instead of tokenising the
    /// own text twice more.
    public func checkWithOwnWords(text: String, as info: DocumentInfo,
                                  isSource: ((DocumentInfo) -> Bool)? = nil,
                                  sourceText: (DocumentInfo) -> String?) -> (findings: [Finding], ownText: String, ownWords: OwnWords?) {
        let susp = analyse(text, info)
        return (check(susp, info: info, isSource: isSource, sourceText: sourceText), ownText(susp, text),
                OwnWords(susp, text: text, numbersAsClass: parameters.numbersAsClass))
    }

    private func check(_ susp: AnalysedText, info: DocumentInfo, isSource: ((DocumentInfo) -> Bool)?,
                       sourceText: (DocumentInfo) -> String?) -> [Finding] {
        var findings: [Finding] = []
        for candidate in candidates(for: susp, info: info, isSource: isSource ?? { $0.precedes(info) }) {
            guard let sourceString = sourceText(candidate) else { continue }
            let source = analyse(sourceString, candidate)
            if let finding = evaluate(susp, source) { findings.append(finding) }
        }
        return findings.sorted { ($0.coverage, $1.source) > ($1.coverage, $0.source) }
    }

    /// The passages two texts share, without an archive: for comparing two files side by side. Template
    /// is then only what the phrase list names.
    public static func compare(_ text: String, with source: String, parameters: SimilarityParameters = .standard,
                               templates: TemplatePhrases = .none) -> [PassagePair] {
        let archive = SimilarityArchive(parameters: parameters, templates: templates, capacity: 1)
        let a = archive.analyse(text, nil)
        let b = archive.analyse(source, nil)
        return archive.passages(PassageAligner(parameters: parameters).align(a, b), a, b)
    }

    /// How the checker reads each line of a text, one character per line: `C` content, `T` template,
    /// `F` form field, `t` title, `M` mixed (content with template phrases), `B` blank. For the desk to
    /// dim template lines, and for diagnosing a finding.
    public func lineRoles(of text: String, as info: DocumentInfo? = nil) -> String {
        let analysed = analyse(text, info)
        var out = ""
        for line in 0..<analysed.stream.lineCount {
            let roles = Set(analysed.stream.tokenRange(ofLine: line).map { analysed.roles[$0] })
            switch roles {
            case []: out += "B"
            case [.content]: out += "C"
            case [.template]: out += "T"
            case [.field]: out += "F"
            case _ where roles.contains(.title): out += "t"
            default: out += "M"
            }
        }
        return out
    }

    /// The text's own words: its lines and parts of lines that are neither template, form fields nor its
    /// title, joined by line breaks. What the initiative is about is read from this, not from the header
    /// that names the nominee's unit.
    public func ownText(of text: String, as info: DocumentInfo? = nil) -> String {
        ownText(analyse(text, info), text)
    }

    /// The text's own words (`OwnWords`) from one reading of it, and its own text (`ownText`) when
    /// `withText` asks for it: what the relevance model reads of an initiative, with the text tokenised
    /// once (`DutyRelevance.read(…ownWords:)`). The own words are nil when they cannot stand for the own
    /// text's (see `OwnWords`): then read the own text.
    public func ownWords(of text: String, as info: DocumentInfo? = nil, withText: Bool = false) -> (ownWords: OwnWords?, ownText: String?) {
        let analysed = analyse(text, info)
        return (OwnWords(analysed, text: text, numbersAsClass: parameters.numbersAsClass),
                withText ? ownText(analysed, text) : nil)
    }

    private func ownText(_ analysed: AnalysedText, _ text: String) -> String {
        let scalars = analysed.scalars.isEmpty ? Array(text.unicodeScalars) : analysed.scalars
        // Built as UTF-8 bytes: appending scalar by scalar to a String is most of the cost on a big desk.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for line in 0..<analysed.stream.lineCount {
            var any = false
            for t in analysed.stream.tokenRange(ofLine: line) where analysed.roles[t] == .content {
                let token = analysed.stream.tokens[t]
                for u in scalars[token.start..<token.end] { UTF8.encode(u) { out.append($0) } }
                out.append(0x20)
                any = true
            }
            if any { out.append(0x0A) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Internals

    func analyse(_ text: String, _ info: DocumentInfo?) -> AnalysedText {
        var analysed = AnalysedText(text: text, info: info, parameters: parameters)
        external?.prefetch(analysed.indexShingles.hashes.map { $0 == 0 ? 1 : $0 })
        let threshold = boilerplateThreshold
        let assignment = RoleAssignment(parameters: parameters, templates: templates,
                                        isBoilerplate: { isBoilerplate($0, threshold: threshold) })
        analysed.assignRoles(assignment, text: text)
        return analysed
    }

    /// Archived documents sharing enough non-boilerplate fingerprints, most shared first.
    ///
    /// A copied passage long enough to anchor a finding holds, by the winnowing guarantee, fingerprints at
    /// most a window apart in both texts; so a document whose shared fingerprints are all far apart from
    /// each other (common phrases scattered through two texts) is not worth aligning.
    private func candidates(for susp: AnalysedText, info: DocumentInfo, isSource: (DocumentInfo) -> Bool) -> [DocumentInfo] {
        let threshold = boilerplateThreshold
        let own = slots[info.id]
        let externalOwn = external?.slot(of: info.id).map { -1 - $0 }
        var shared: [Int32: Int] = [:]
        var places: [Int32: [(s: Int32, r: Int32)]] = [:]
        var seenHashes = Set<UInt64>()
        for f in susp.fingerprints where seenHashes.insert(f.hash).inserted {
            // Only fingerprints on the text's own content seed candidates.
            guard (f.position..<(f.position + parameters.shingleSize)).allSatisfy({ susp.roles[$0].seeds }) else { continue }
            guard !isBoilerplate(f.hash, threshold: threshold) else { continue }
            var last: Int32 = .min
            func add(_ document: Int32, _ position: Int32) {
                guard document != own, document != externalOwn else { return }
                places[document, default: []].append((Int32(f.position), position))
                guard document != last else { return }
                last = document
                shared[document, default: 0] += 1
            }
            index.forEachPosting(f.hash) { add($0.document, $0.position) }
            external?.forEachPosting(f.hash == 0 ? 1 : f.hash) { add(-1 - $0, $1) }
        }
        let span = Int32(2 * parameters.window)
        func close(_ list: [(s: Int32, r: Int32)]) -> Bool {
            let sorted = list.sorted { ($0.s, $0.r) < ($1.s, $1.r) }
            for i in sorted.indices {
                var j = i + 1
                while j < sorted.count && sorted[j].s - sorted[i].s <= span {
                    if sorted[j].s != sorted[i].s && abs(sorted[j].r - sorted[i].r) <= span { return true }
                    j += 1
                }
            }
            return false
        }
        let ranked = shared.filter { $0.value >= parameters.minSharedFingerprints }
            .compactMap { slot, n -> (DocumentInfo, Int)? in
                let held = slot >= 0 ? documents[Int(slot)] : external?.document(slot: -1 - slot)
                guard let doc = held, isSource(doc), close(places[slot] ?? []) else { return nil }
                return (doc, n)
            }
            .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        return ranked.prefix(parameters.maxCandidates).map(\.0)
    }

    /// The finding for one candidate source, or nil when too little of the text is shared.
    private func evaluate(_ susp: AnalysedText, _ source: AnalysedText) -> Finding? {
        let aligner = PassageAligner(parameters: parameters)
        let seeds = aligner.findSeeds(susp, source)
        // A finding needs an anchored passage: most candidates share too few shingles to hold one.
        guard aligner.mayAnchor(seeds, susp) else { return nil }
        let titleReused = titlesMatch(susp, source)
        let clusters = aligner.align(susp, source, seeds: seeds)
        guard !clusters.isEmpty else { return nil }
        let k = parameters.seedSize
        var suspCovered = [Bool](repeating: false, count: susp.stream.tokens.count)
        var sourceCovered = [Bool](repeating: false, count: source.stream.tokens.count)
        for cluster in clusters {
            for seed in cluster.seeds {
                for t in Int(seed.s)..<(Int(seed.s) + k) { suspCovered[t] = true }
                for t in Int(seed.r)..<(Int(seed.r) + k) { sourceCovered[t] = true }
            }
        }
        let reused = zip(suspCovered, susp.roles).reduce(0) { $0 + ($1.0 && $1.1 == .content ? 1 : 0) }
        guard reused >= parameters.minReusedTokens, clusters.contains(where: \.anchored) else { return nil }
        let sourceReused = zip(sourceCovered, source.roles).reduce(0) { $0 + ($1.0 && $1.1 == .content ? 1 : 0) }
        let coverage = min(1, Double(reused) / Double(max(1, susp.contentCount)))
        let score = min(1, Double(reused + sourceReused) / Double(max(1, susp.contentCount + source.contentCount)))
        let suspInfo = susp.info ?? DocumentInfo(id: "")
        let sourceInfo = source.info ?? DocumentInfo(id: "")
        let kind: FindingKind = coverage < parameters.partialCoverage ? .partial
            : suspInfo.sameNominee(as: sourceInfo) ? .selfReuse : .copyOther
        var pairs = passages(clusters, susp, source)
        if titleReused, susp.titleHashes == source.titleHashes,
           let a = susp.titleOccurrences.first, let b = source.titleOccurrences.first {
            // The kept title, where each text first states it, as a passage of its own. A reworded title
            // is reported (`titleReused`) but is not copied text.
            let snapping = LineSnapping(snapTokens: parameters.snapTokens, snapLineShare: parameters.snapLineShare)
            let x = snapping.scalarRange(of: a, in: susp), y = snapping.scalarRange(of: b, in: source)
            let title = PassagePair(offset: x.lowerBound, length: x.count, sourceOffset: y.lowerBound, sourceLength: y.count)
            if !pairs.contains(where: { $0.offset <= title.offset && title.offset + title.length <= $0.offset + $0.length }) {
                pairs.append(title)
                pairs.sort { $0.offset < $1.offset }
            }
        }
        return Finding(nomination: suspInfo.id, source: sourceInfo.id, kind: kind, coverage: coverage, score: score,
                       titleReused: titleReused, sourceYear: sourceInfo.year, sourceUnit: sourceInfo.unit,
                       passages: pairs)
    }

    /// The clusters as passages that follow the source in order, with the figure lines the copy kept at
    /// their edges, in scalar ranges snapped to line boundaries, in the order of the checked text.
    private func passages(_ clusters: [AlignedCluster], _ susp: AnalysedText, _ source: AnalysedText) -> [PassagePair] {
        let snapping = LineSnapping(snapTokens: parameters.snapTokens, snapLineShare: parameters.snapLineShare)
        return PassageSegmentation(parameters: parameters).passages(of: clusters, susp, source).map { p in
            let a = snapping.scalarRange(of: p.susp, in: susp)
            let b = snapping.scalarRange(of: p.source, in: source)
            return PassagePair(offset: a.lowerBound, length: a.count, sourceOffset: b.lowerBound, sourceLength: b.count)
        }
    }

    /// Dice overlap of the two titles' folded tokens against `titleSimilarity`.
    private func titlesMatch(_ a: AnalysedText, _ b: AnalysedText) -> Bool {
        guard !a.titleHashes.isEmpty, !b.titleHashes.isEmpty else { return false }
        let x = Set(a.titleHashes), y = Set(b.titleHashes)
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count) >= parameters.titleSimilarity
    }
}
