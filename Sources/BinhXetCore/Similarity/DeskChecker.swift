import BinhXetSimilarity
import BinhXetText
import Foundation
import GRDB

/// The similarity checker working on a desk: the archive index rebuilt from the fingerprints the desk
/// keeps, scans that store their findings, and ad-hoc checks of a file.
///
/// Two ways to open it: `init` loads the whole index in memory (a scan checks many initiatives, and the
/// index is read in 0.5 s at 10,000 reports), `forChecking` reads the desk's stored index hash by hash
/// and writes nothing (one check of a file reads a few thousand entries of it).
public final class DeskChecker: Sendable {
    public let store: DeskStore
    public let data: SimilarityData
    public let parameters: SimilarityParameters
    /// Every initiative of the desk, indexed.
    public let archive: SimilarityArchive
    private let documents: [String: DocumentInfo]
    private let profiles: [String: DutyProfile]
    /// Whether this checker may store what it derives (fingerprints, the index, the relevance model).
    private let writes: Bool
    /// The initiatives its archive holds, as `archiveKey` names them (nil: a checker that holds no whole
    /// archive, which a scan does not use).
    private let loadedArchive: String?

    /// Loads the index from the desk. Initiatives without fingerprints (or with fingerprints made with
    /// other parameters) are fingerprinted now and their blobs stored, in one transaction.
    public convenience init(store: DeskStore, parameters: SimilarityParameters = .standard,
                            data: SimilarityData? = nil) throws {
        try self.init(store: store, parameters: parameters, data: data, writing: !store.isReadOnly)
    }

    /// - Parameter writing: whether initiatives without usable fingerprints get them stored (and the
    ///   desk's index completed); without, they are fingerprinted in memory only.
    init(store: DeskStore, parameters: SimilarityParameters, data: SimilarityData?, writing: Bool) throws {
        self.store = store
        self.parameters = parameters
        let data = data ?? SimilarityData.forDesk(folder: store.url.deletingLastPathComponent())
        self.data = data
        var documents: [String: DocumentInfo] = [:]
        var profiles: [String: DutyProfile] = [:]
        var stale: [String] = []
        // The index is built in bulk from every stored blob (`restoreAll`); initiatives whose blob is
        // missing or was made with other parameters are fingerprinted below.
        var archive = SimilarityArchive(parameters: parameters, templates: data.templates, capacity: 16)
        var loaded = (count: 0, last: 0)
        try store.read { db in
            // The initiatives read below, in the same read (the same snapshot of the desk).
            loaded = try DeskTally.initiatives(db: db)
            // Row by row from a cursor: every blob fetched at once would be about 550 MB at 100,000 reports.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT n.id, n.personID, u.name AS unit, n.year, n.receivedOn, n.position, n.duties,
                       i.title, f.blob
                FROM initiative i JOIN nomination n ON n.id = i.nominationID JOIN unit u ON u.id = n.unitID
                LEFT JOIN fingerprint f ON f.nominationID = n.id
                """)
            let unusable = try archive.restoreAll {
                while let row = try rows.next() {
                    let info = DocumentInfo(id: row["id"], nomineeID: row["personID"], unit: row["unit"], year: row["year"],
                                            title: row["title"], receivedOn: row["receivedOn"])
                    documents[info.id] = info
                    profiles[info.id] = DutyProfile(position: row["position"], duties: row["duties"], unit: row["unit"])
                    // Read in place from SQLite's buffer: one copy of the blob fewer.
                    if let blob = try row.withUnsafeData(atIndex: 8, { $0.map { [UInt8]($0) } }) { return (info, blob) }
                    stale.append(info.id)
                }
                return nil
            }
            stale += unusable.map(\.id)
        }
        if !stale.isEmpty && !writing {
            for id in stale {
                guard let text = try store.initiativeText(of: id), let info = documents[id] else { continue }
                archive.add(info, text: text)
            }
        } else if !stale.isEmpty {
            var blobs: [(String, [UInt8])] = []
            for id in stale {
                guard let text = try store.initiativeText(of: id), let info = documents[id] else { continue }
                blobs.append((id, archive.add(info, text: text)))
            }
            try store.write { db in
                for (id, blob) in blobs { try DeskFingerprintIndex.storeBlob(blob, of: id, db: db) }
            }
        }
        if writing {
            // Initiatives stored before the desk kept its index (or whose blob was made again above).
            try store.write { db in _ = try DeskFingerprintIndex.addStored(db: db, parameters: parameters) }
        }
        // Nothing is added to this archive from here on: its boilerplate is read from a small table.
        archive.freezeBoilerplate()
        self.archive = archive
        self.documents = documents
        self.profiles = profiles
        writes = writing
        loadedArchive = Self.archiveKey(count: loaded.count, last: loaded.last)
    }

    private init(store: DeskStore, parameters: SimilarityParameters, data: SimilarityData, archive: SimilarityArchive,
                 documents: [String: DocumentInfo], profiles: [String: DutyProfile], writing: Bool) {
        self.store = store
        self.parameters = parameters
        self.data = data
        self.archive = archive
        self.documents = documents
        self.profiles = profiles
        writes = writing
        loadedArchive = nil
    }

    /// A checker for ad-hoc files that reads the desk's stored index (`DeskFingerprintIndex`) instead of
    /// loading it, and never writes: initiatives the index lacks are fingerprinted in memory. Falls back
    /// to `init`'s whole index in memory when the desk has no index made with `parameters`.
    public static func forChecking(store: DeskStore, parameters: SimilarityParameters = .standard,
                                   data: SimilarityData? = nil) throws -> DeskChecker {
        let data = data ?? SimilarityData.forDesk(folder: store.url.deletingLastPathComponent())
        guard let (index, missing) = try DeskFingerprintIndex.open(store, parameters: parameters) else {
            return try DeskChecker(store: store, parameters: parameters, data: data, writing: false)
        }
        var archive = SimilarityArchive(parameters: parameters, templates: data.templates, over: index)
        for id in missing {
            guard let row = try store.read({ db in
                try Row.fetchOne(db, sql: """
                    SELECT n.id, n.personID, u.name AS unit, n.year, n.receivedOn, i.title, i.text, f.blob
                    FROM initiative i JOIN nomination n ON n.id = i.nominationID JOIN unit u ON u.id = n.unitID
                    LEFT JOIN fingerprint f ON f.nominationID = n.id WHERE n.id = ?
                    """, arguments: [id])
            }) else { continue }
            let info = DocumentInfo(id: row["id"], nomineeID: row["personID"], unit: row["unit"], year: row["year"],
                                    title: row["title"], receivedOn: row["receivedOn"])
            if let blob = row["blob"] as Data?, (try? archive.restore(info, fingerprints: [UInt8](blob))) != nil { continue }
            archive.add(info, text: row["text"])
        }
        return DeskChecker(store: store, parameters: parameters, data: data, archive: archive,
                           documents: [:], profiles: [:], writing: false)
    }

    /// The fingerprint blob of a text, as the importer stores it.
    public static func fingerprintBlob(of text: String, parameters: SimilarityParameters = .standard) -> [UInt8] {
        FingerprintCoding.encode(SimilarityArchive.fingerprints(of: text, parameters: parameters), parameters: parameters)
    }

    /// What a scan did.
    public struct ScanReport: Sendable, Codable, Equatable {
        public var checked: Int
        public var reuseFindings: Int
        public var offDutyFindings: Int
        /// Nominations with at least one finding.
        public var flagged: Int
        /// Of the `checked`, those whose stored findings were kept: nothing they depend on had changed
        /// since they were stored (`ScanStamps`).
        public var kept: Int = 0
    }

    /// Checks the initiatives of `nominationIDs` against every initiative received before each (earlier
    /// years and earlier in the same year), assesses relevance to duties, and stores the findings.
    ///
    /// Only what changed is done again (`ScanStamps`): a target's re-use findings are kept when its
    /// re-use stamp holds, its off-duty finding when its relevance stamp does; the findings returned and
    /// stored are those a check of every target would give.
    /// - Parameters:
    ///   - recheckAll: check every target, whatever its stamps say.
    ///   - progress: told how many targets are checked.
    ///   - learning: told how far learning has gone when the stored relevance model is stale.
    @discardableResult
    public func scan(_ nominationIDs: [String], recheckAll: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil,
                     learning: (@Sendable (Int, Int) -> Void)? = nil) throws -> (ScanReport, [StoredFinding]) {
        let targets = nominationIDs.filter { documents[$0] != nil }
        let texts = TextCache(store: store)
        let stamps = try scanStamps(targets: targets)
        let before = try store.scanStamps(of: targets)
        let reuseStamps = targets.map { stamps?.reuse($0) }
        let keepReuse = targets.indices.map { i in
            !recheckAll && reuseStamps[i] != nil && before[targets[i]]?.reuse == reuseStamps[i]
        }
        let stored = try store.findingsAsStored(of: targets.filter { before[$0]?.reuse != nil || before[$0]?.relevance != nil })
        let recheck = targets.indices.filter { !keepReuse[$0] }
        // The relevance model first when targets are checked (read, or learned when stale): each one's reading
        // for it is then made from the words the re-use check tokenised, and assessed once the links are known.
        var model: (DutyRelevance, String?)?
        if !recheck.isEmpty {
            let (m, _, label) = try labelledRelevanceModel(texts: texts, keepingOwnTextOf: [], learning: learning)
            model = (m, label)
        }
        let results = LockedArray<[StoredFinding]>(count: targets.count)
        // Each checked target's own text, from the reading the re-use check made of it: an off-duty target
        // (and one without a reading) is assessed from it.
        let own = LockedArray<String>(count: targets.count)
        let readings = LockedArray<TextReading>(count: targets.count)
        let done = LockedCounter()
        let errors = LockedArray<Error>(count: 1)
        let reader = model?.0
        DispatchQueue.concurrentPerform(iterations: recheck.count) { k in
            let i = recheck[k]
            let id = targets[i]
            do {
                guard let info = documents[id], let text = try texts.text(id) else { return }
                let (found, ownText, ownWords) = archive.checkWithOwnWords(text: text, as: info) { source in try? texts.text(source.id) }
                results.set(i, found.map(StoredFinding.init))
                own.set(i, ownText)
                if let ownWords, let profile = profiles[id], let reader {
                    readings.set(i, reader.reading(title: info.title, unit: profile.unit, ownWords: ownWords))
                }
            } catch {
                errors.set(0, error)
            }
            let n = done.increment()
            progress?(n, recheck.count)
        }
        if let e = errors.get(0) { throw e }
        for i in targets.indices where keepReuse[i] {
            results.set(i, (stored[targets[i]] ?? []).filter { $0.kind != .offDuty })
        }
        let reuseFound = targets.indices.map { results.get($0) ?? [] }
        var findings = reuseFound.flatMap { $0 }
        let targetSet = Set(targets)
        let links = Self.reuseLinks(try store.reuseLinkPairs().filter { !targetSet.contains($0.nominationID) }
                                    + findings.compactMap { f in f.sourceID.map { (f.nominationID, $0) } })
        // Which targets' off-duty findings are kept: the stamp made with the stored model's label (the model
        // itself is read only when some target is assessed).
        var label = try model.map { $0.1 } ?? storedRelevanceModelLabel()
        func relevanceStamps() -> [String?] {
            targets.map { stamps?.relevance($0, model: label, linked: links[$0] ?? []) }
        }
        var relevanceStamp = relevanceStamps()
        var assess = targets.indices.filter { i in
            recheckAll || relevanceStamp[i] == nil || before[targets[i]]?.relevance != relevanceStamp[i]
        }
        if !assess.isEmpty && model == nil {
            let (m, _, l) = try labelledRelevanceModel(texts: texts, keepingOwnTextOf: [], learning: learning)
            model = (m, l)
            if l != label {
                label = l
                relevanceStamp = relevanceStamps()
                assess = targets.indices.filter { i in
                    recheckAll || relevanceStamp[i] == nil || before[targets[i]]?.relevance != relevanceStamp[i]
                }
            }
        }
        let assessed = Set(assess)
        let assessments = LockedArray<RelevanceAssessment>(count: targets.count)
        if let model = model?.0 {
            let assess = assess
            DispatchQueue.concurrentPerform(iterations: assess.count) { k in
                let i = assess[k]
                let id = targets[i]
                guard let info = documents[id], let profile = profiles[id] else { return }
                let linked = links[id] ?? []
                // From the reading: the same score and flag as from the text; an off-duty one is assessed from
                // the text again for its evidence (the words as the text writes them).
                if let reading = readings.get(i) {
                    let a = model.assess(id: id, person: info.nomineeID, profile, title: info.title, reading: reading, linked: linked)
                    guard a.offDuty else { return }
                }
                // A target whose re-use findings were kept was not read: its own text is read now.
                guard let o = own.get(i) ?? (try? texts.text(id)).flatMap({ $0.map { archive.ownText(of: $0, as: info) } }) else { return }
                assessments.set(i, model.assess(id: id, person: info.nomineeID, profile, title: info.title, text: o, linked: linked))
            }
        }
        let offDuty = targets.indices.compactMap { i -> StoredFinding? in
            guard assessed.contains(i) else { return stored[targets[i]]?.first { $0.kind == .offDuty } }
            guard let a = assessments.get(i), a.offDuty else { return nil }
            return StoredFinding(nominationID: targets[i], sourceID: nil, kind: .offDuty, coverage: 0, score: a.score,
                                 evidence: a.textEvidence, dutyEvidence: a.dutyEvidence, witnesses: a.subjectWitnesses)
        }
        findings += offDuty
        // Stored with their stamps, in one transaction that checks the desk is still what they name.
        let rewritten = targets.indices.filter { !keepReuse[$0] || assessed.contains($0) }
        let rewrittenSet = Set(rewritten)
        var newStamps: [String: ScanStamp] = [:]
        for i in rewritten { newStamps[targets[i]] = ScanStamp(reuse: reuseStamps[i], relevance: relevanceStamp[i]) }
        var kept: [String: ScanStamp] = [:]
        for i in targets.indices where !rewrittenSet.contains(i) { kept[targets[i]] = before[targets[i]] }
        if let loadedArchive {
            try store.storeScan(findings, rewritten: rewritten.map { targets[$0] }, stamps: newStamps,
                                assuming: .init(archiveKey: loadedArchive + relevanceDataKey(), model: label, kept: kept,
                                                boilerplate: stamps?.boilerplate))
        } else {
            try store.replaceFindings(findings, forNominations: targets)
        }
        let report = ScanReport(checked: targets.count, reuseFindings: findings.count - offDuty.count,
                                offDutyFindings: offDuty.count, flagged: Set(findings.map(\.nominationID)).count,
                                kept: kept.count)
        return (report, findings)
    }

    /// The scan of the year `year` (nil: every year) when every target's stamps hold, done without loading
    /// the index or the relevance model: the stored findings, in the order a scan gives them, with their
    /// check time renewed. Nil when some target must be checked (or the desk changed meanwhile): then
    /// `scan` of a loaded checker does it. A repeated scan of an unchanged desk costs a read of the
    /// initiatives' details and of the year's findings.
    public static func keptScan(store: DeskStore, year: Int?, parameters: SimilarityParameters = .standard,
                                data: SimilarityData? = nil) throws -> (ScanReport, [StoredFinding])? {
        guard !store.isReadOnly else { return nil }
        let data = data ?? SimilarityData.forDesk(folder: store.url.deletingLastPathComponent())
        let dataKey = relevanceDataKey(data: data, parameters: parameters)
        let (count, last) = try store.read { db in try DeskTally.initiatives(db: db) }
        let key = archiveKey(count: count, last: last) + dataKey
        guard let boilerplate = try store.scanBoilerplate(archiveKey: key) else { return nil }
        let stamps = try ScanStamps(store: store, targets: nil, archiveKey: key, boilerplate: boilerplate, dataKey: dataKey)
        let targets = stamps.years.filter { year == nil || $0.value == year }.map(\.key).sorted()
        let before = try store.scanStamps(of: targets)
        guard targets.allSatisfy({ id in before[id]?.reuse.map { $0 == stamps.reuse(id) } ?? false }) else { return nil }
        let label = try storedRelevanceModelLabel(store, key: key)
        let links = reuseLinks(try store.reuseLinkPairs())
        guard targets.allSatisfy({ id in
            before[id]?.relevance.map { $0 == stamps.relevance(id, model: label, linked: links[id] ?? []) } ?? false
        }) else { return nil }
        let stored = try store.findingsAsStored(of: targets)
        let reuse = targets.flatMap { (stored[$0] ?? []).filter { $0.kind != .offDuty } }
        let offDuty = targets.compactMap { stored[$0]?.first { $0.kind == .offDuty } }
        let findings = reuse + offDuty
        guard try store.storeScan(findings, rewritten: [], stamps: [:],
                                  assuming: .init(archiveKey: key, model: label, kept: before, boilerplate: nil)) else { return nil }
        let report = ScanReport(checked: targets.count, reuseFindings: reuse.count, offDutyFindings: offDuty.count,
                                flagged: Set(findings.map(\.nominationID)).count, kept: targets.count)
        return (report, findings)
    }

    /// The stamps of the scan's targets against the archive this checker loaded (nil: it cannot stamp).
    private func scanStamps(targets: [String]) throws -> ScanStamps? {
        guard let loadedArchive, let hashes = archive.frozenBoilerplateHashes else { return nil }
        return try ScanStamps(store: store, targets: Set(targets), archiveKey: loadedArchive + relevanceDataKey(),
                              boilerplate: ScanStamps.digest(boilerplate: hashes), dataKey: relevanceDataKey())
    }

    /// Initiatives linked by re-use, either way: they do not witness for each other.
    static func reuseLinks(_ reuse: [StoredFinding]) -> [String: Set<String>] {
        reuseLinks(reuse.compactMap { f in f.sourceID.map { (f.nominationID, $0) } })
    }

    /// The same from (nomination, source) pairs.
    static func reuseLinks(_ pairs: [(nominationID: String, sourceID: String)]) -> [String: Set<String>] {
        var linked: [String: Set<String>] = [:]
        for (id, source) in pairs {
            linked[id, default: []].insert(source)
            linked[source, default: []].insert(id)
        }
        return linked
    }

    /// Off-duty findings: the targets whose assessment (`relevance(of:)`) says off duty.
    func relevanceFindings(_ targets: [String], texts: TextCache, reuse: [StoredFinding],
                           ownTexts: [String: String]? = nil) throws -> [StoredFinding] {
        let assessments = try relevance(of: targets, texts: texts, reuse: reuse, ownTexts: ownTexts)
        return targets.compactMap { id in
            guard let a = assessments[id], a.offDuty else { return nil }
            return StoredFinding(nominationID: id, sourceID: nil, kind: .offDuty, coverage: 0, score: a.score,
                                 evidence: a.textEvidence, dutyEvidence: a.dutyEvidence, witnesses: a.subjectWitnesses)
        }
    }

    /// How well each target's initiative fits its nominee's duties, off duty or not, with the re-use
    /// findings stored in the desk.
    public func relevance(of targets: [String]) throws -> [String: RelevanceAssessment] {
        try relevance(of: targets, texts: TextCache(store: store), reuse: store.allFindings())
    }

    /// The relevance model learns from every initiative of the desk which subjects go with which duties,
    /// then judges the targets. Initiatives linked by re-use (`reuse`: either way) do not witness for each
    /// other: a copy says nothing about what colleagues choose to write about.
    /// - Parameter ownTexts: the targets' own texts when the caller read them already.
    func relevance(of targets: [String], texts: TextCache, reuse: [StoredFinding],
                   ownTexts known: [String: String]? = nil) throws -> [String: RelevanceAssessment] {
        let (model, own) = try relevanceModel(texts: texts, keepingOwnTextOf: known == nil ? Set(targets) : [])
        let linked = Self.reuseLinks(reuse)
        let assessments = LockedArray<RelevanceAssessment>(count: targets.count)
        let (prepared, links, ownTexts) = (model, linked, known ?? own)
        DispatchQueue.concurrentPerform(iterations: targets.count) { i in
            let id = targets[i]
            guard let info = documents[id], let profile = profiles[id], let o = ownTexts[id] else { return }
            assessments.set(i, prepared.assess(id: id, person: info.nomineeID, profile, title: info.title, text: o,
                                               linked: links[id] ?? []))
        }
        var out: [String: RelevanceAssessment] = [:]
        for (i, id) in targets.enumerated() { out[id] = assessments.get(i) }
        return out
    }

    /// The relevance model learned from every initiative of the desk, and the own text (template left
    /// out) of the initiatives `keep` names. Every initiative is read on all cores (decoding its own text
    /// is most of the work), then learned in id order, so the model is the same on every run.
    /// - Parameter learning: told how far learning has gone, when the stored model is stale and the model
    ///   is learned now (minutes at 100,000 reports: a terminal shows it).
    func relevanceModel(texts: TextCache, keepingOwnTextOf keep: Set<String>,
                        learning: (@Sendable (Int, Int) -> Void)? = nil) throws -> (DutyRelevance, [String: String]) {
        let (model, own, _) = try labelledRelevanceModel(texts: texts, keepingOwnTextOf: keep, learning: learning)
        return (model, own)
    }

    /// `relevanceModel`, and the label the desk stores it under (nil when it is not stored: learned by a
    /// checker that does not write, or initiatives arrived meanwhile) — what a scan's stamps name.
    func labelledRelevanceModel(texts: TextCache, keepingOwnTextOf keep: Set<String>,
                                learning: (@Sendable (Int, Int) -> Void)? = nil) throws -> (DutyRelevance, [String: String], String?) {
        let key = try relevanceModelKey()
        if let stored = try storedRelevanceModel(key: key) {
            return (stored.0, try ownTexts(of: keep.sorted(), texts: texts), stored.1)
        }
        if documents.isEmpty, archive.count > 0 {
            // A checker made `forChecking` holds no documents: the whole archive is read to learn.
            let (model, own) = try Self.forLearning(store: store, parameters: parameters, data: data, writing: false)
                .learnRelevanceModel(keepingOwnTextOf: keep, progress: learning)
            return (model, own, nil)
        }
        let (model, own) = try learnRelevanceModel(keepingOwnTextOf: keep, progress: learning)
        let label = writes ? try storeRelevanceModel(model, key: key) : nil
        return (model, own, label)
    }

    /// The label of the stored relevance model when it was learned from the desk as it is now (nil: none,
    /// or stale): what a scan's relevance stamps name, read without reading the model.
    func storedRelevanceModelLabel() throws -> String? {
        try Self.storedRelevanceModelLabel(store, key: relevanceModelKey())
    }

    private static func storedRelevanceModelLabel(_ store: DeskStore, key: String) throws -> String? {
        let generation = try store.read { db -> String? in
            guard try db.tableExists("relevance_model") else { return nil }
            return try String.fetchOne(db, sql: "SELECT generation FROM relevance_model WHERE id = 1")
        }
        guard let generation, generation == key || generation.hasPrefix(key + " copy=") else { return nil }
        return generation
    }

    /// The own text (template left out) of these initiatives, read on all cores.
    private func ownTexts(of ids: [String], texts: TextCache) throws -> [String: String] {
        let out = LockedArray<String>(count: ids.count)
        let errors = LockedArray<Error>(count: 1)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            do {
                guard let info = documents[ids[i]], let text = try texts.text(ids[i]) else { return }
                out.set(i, archive.ownText(of: text, as: info))
            } catch {
                errors.set(0, error)
            }
        }
        if let e = errors.get(0) { throw e }
        var own: [String: String] = [:]
        for (i, id) in ids.enumerated() { own[id] = out.get(i) }
        return own
    }

    /// Learns the relevance model from every initiative of the desk and stores it when it is stale (after
    /// an import: the next check with duties and the next scan then read it). Returns whether it learned.
    @discardableResult
    public func prepareRelevanceModel(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Bool {
        let key = try relevanceModelKey()
        guard try storedRelevanceModel(key: key) == nil else { return false }
        let (model, _) = try learnRelevanceModel(keepingOwnTextOf: [], progress: progress)
        if writes { try storeRelevanceModel(model, key: key) }
        return true
    }

    /// `prepareRelevanceModel` of a checker made for it alone (`forLearning`): what `binhxet import`
    /// runs after the importer. It loads no index: the learning needs the initiatives and which
    /// fingerprints are boilerplate, not the postings (at 100,000 reports the learning grew to 10 GB
    /// resident with the index loaded for it; issue 13).
    @discardableResult
    public static func prepareRelevanceModel(store: DeskStore, parameters: SimilarityParameters = .standard,
                                             data: SimilarityData? = nil,
                                             progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Bool {
        try forLearning(store: store, parameters: parameters, data: data, writing: !store.isReadOnly)
            .prepareRelevanceModel(progress: progress)
    }

    /// A checker that can learn the relevance model (and read own texts) but not check re-use: the
    /// initiatives' details, and an archive that holds only the boilerplate hashes, read from the desk's
    /// stored index (`StoredBoilerplate`). Own texts read as with the whole index loaded. Falls back to
    /// `init` when the stored index cannot stand for the archive.
    static func forLearning(store: DeskStore, parameters: SimilarityParameters, data: SimilarityData?,
                            writing: Bool) throws -> DeskChecker {
        let data = data ?? SimilarityData.forDesk(folder: store.url.deletingLastPathComponent())
        guard let archive = try StoredBoilerplate.archive(store, parameters: parameters, templates: data.templates) else {
            return try DeskChecker(store: store, parameters: parameters, data: data, writing: writing)
        }
        var documents: [String: DocumentInfo] = [:]
        var profiles: [String: DutyProfile] = [:]
        // Without the memory map: the page of each initiative's row holds the start of its text, so this
        // reads a good part of the desk once (issue 13: pages read through the map stay resident).
        try store.readUnmapped { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT n.id, n.personID, u.name AS unit, n.year, n.receivedOn, n.position, n.duties, i.title
                FROM initiative i JOIN nomination n ON n.id = i.nominationID JOIN unit u ON u.id = n.unitID
                """)
            while let row = try rows.next() {
                let info = DocumentInfo(id: row["id"], nomineeID: row["personID"], unit: row["unit"], year: row["year"],
                                        title: row["title"], receivedOn: row["receivedOn"])
                documents[info.id] = info
                profiles[info.id] = DutyProfile(position: row["position"], duties: row["duties"], unit: row["unit"])
            }
        }
        return DeskChecker(store: store, parameters: parameters, data: data, archive: archive,
                           documents: documents, profiles: profiles, writing: writing)
    }

    /// What the stored model must have been learned from to be used: the initiatives stored now (they
    /// are only ever added: their number and last row id tell), the similarity data and the parameters.
    private func relevanceModelKey() throws -> String {
        let (count, last) = try store.read { db in try DeskTally.initiatives(db: db) }
        return Self.archiveKey(count: count, last: last) + relevanceDataKey()
    }

    /// The initiatives stored, as a model's key (and a scan's stamps) name them; ends in a space.
    static func archiveKey(count: Int, last: Int) -> String {
        "initiatives=\(count) last=\(last) "
    }

    /// The similarity data and parameters a relevance model or reading is made with.
    private func relevanceDataKey() -> String { Self.relevanceDataKey(data: data, parameters: parameters) }

    static func relevanceDataKey(data: SimilarityData, parameters: SimilarityParameters) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let coded = (try? encoder.encode(parameters)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return "data=\(data.digest) parameters=\(SHA256.hex(of: coded).prefix(16))"
    }

    /// The stored model when it was learned from what `key` names: read in place from the desk's model
    /// file (`DeskRelevanceModelFile`) when that is the copy the desk's row names, else from the row
    /// itself — then a writing checker writes the file again (and a row of the form before the file, a
    /// `snapshot()`, in the new form), so only the first reading after an upgrade, a restore or a lost
    /// file pays for reading the whole model.
    /// Returns the model and the label it is stored under.
    private func storedRelevanceModel(key: String) throws -> (DutyRelevance, String)? {
        let lexicon = data.lexicon, parameters = parameters
        let file = DeskRelevanceModelFile(desk: store.url)
        guard let generation = try store.read({ db -> String? in
            guard try db.tableExists("relevance_model") else { return nil }
            return try String.fetchOne(db, sql: "SELECT generation FROM relevance_model WHERE id = 1")
        }) else { return nil }
        let mappedForm = generation.hasPrefix(key + " copy=")
        guard mappedForm || generation == key else { return nil }
        if mappedForm, let model = file.open(label: generation, lexicon: lexicon, parameters: parameters) { return (model, generation) }
        let (model, bytes) = try store.read { db -> (DutyRelevance?, ModelBytes?) in
            // Read in place from SQLite's buffer, inside the read (fetching a `Data` would be one more copy).
            let rows = try Row.fetchCursor(db, sql: "SELECT model FROM relevance_model WHERE id = 1 AND generation = ?",
                                           arguments: [generation])
            guard let row = try rows.next() else { return (nil, nil) }
            return try row.withUnsafeData(atIndex: 0) { data -> (DutyRelevance?, ModelBytes?) in
                data?.withUnsafeBytes { buffer -> (DutyRelevance?, ModelBytes?) in
                    guard mappedForm else { return (try? DutyRelevance(snapshot: buffer, lexicon: lexicon, parameters: parameters), nil) }
                    let bytes = ModelBytes(copying: buffer)
                    return (try? DutyRelevance(mapped: bytes, lexicon: lexicon, parameters: parameters), bytes)
                } ?? (nil, nil)
            }
        }
        guard let model else { return nil }
        if writes {
            // Kept for the next reader; a model that cannot be kept now is still used (and kept next time).
            if let bytes {
                try? file.write(bytes.buffer)
            } else {
                _ = try? storeRelevanceModel(model, key: key)
            }
        }
        return (model, generation)
    }

    /// Stores the model, unless initiatives arrived while it was learned (it would describe fewer): its
    /// mapped form as the desk's model file, then the same bytes in the desk's row under the file's label.
    /// Returns the label it is stored under (nil: not stored).
    @discardableResult
    private func storeRelevanceModel(_ model: DutyRelevance, key: String) throws -> String? {
        let current = try relevanceModelKey()
        guard current == key else { return nil }
        let label = DeskRelevanceModelFile.label(generation: key)
        guard let mapped = model.mappedSnapshot(label: label) else {
            // A model that cannot be written in place is kept as before: read whole by each check.
            return try storeRow(Data(model.snapshot()), generation: key, key: key) ? key : nil
        }
        try mapped.withUnsafeBytes { try DeskRelevanceModelFile(desk: store.url).write($0) }
        return try storeRow(Data(mapped), generation: label, key: key) ? label : nil
    }

    private func storeRow(_ bytes: Data, generation: String, key: String) throws -> Bool {
        try store.write { db in
            let (count, last) = try DeskTally.initiatives(db: db)
            guard key.hasPrefix(Self.archiveKey(count: count, last: last)) else { return false }
            try db.execute(sql: "INSERT OR REPLACE INTO relevance_model(id, generation, model) VALUES (1, ?, ?)",
                           arguments: [generation, bytes])
            return true
        }
    }

    /// Initiatives read at once while learning: the readings of a part, read on all cores, then learned
    /// in id order; the whole archive's readings are never held at once.
    static let learningPart = 1024

    /// Learns the model from every initiative's reading (see `relevanceModel`): the reading the desk keeps
    /// (`DeskRelevanceReadings`) when it is still valid, else one made from the text now, which a writing
    /// checker then keeps. The own text of the initiatives `keep` names is read from their texts.
    ///
    /// In two passes over the readings, a part at a time (`DutyRelevance.count`, then `learn` of each
    /// `vectorised`): the first counts their terms (and makes and stores the missing readings), the
    /// second reads them again to learn, so no reading's term counts are held past its part. Holding
    /// them all was most of the learning's memory (about 9 kB an initiative).
    /// - Parameter partSize: initiatives read at once (`learningPart`; tests make it small).
    func learnRelevanceModel(keepingOwnTextOf keep: Set<String>, partSize: Int = learningPart,
                             progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> (DutyRelevance, [String: String]) {
        // A reading that changed between the passes (another process made it again meanwhile) would be
        // counted as one and learned as another: then the whole learning is done again, once.
        if let learned = try learnRelevanceModelOnce(keepingOwnTextOf: keep, partSize: partSize, progress: progress) { return learned }
        guard let learned = try learnRelevanceModelOnce(keepingOwnTextOf: keep, partSize: partSize, progress: progress) else {
            throw DeskError.database("relevance readings changed while the model was learned")
        }
        return learned
    }

    private func learnRelevanceModelOnce(keepingOwnTextOf keep: Set<String>, partSize: Int,
                                         progress: (@Sendable (Int, Int) -> Void)?) throws -> (DutyRelevance, [String: String])? {
        var model = DutyRelevance(lexicon: data.lexicon, parameters: parameters)
        let reader = model
        let ids = documents.keys.sorted()
        let generation = relevanceDataKey()
        let archiveCount = ids.count
        // The own text is kept only for `keep` (all of them would be about 800 MB at 100,000 reports).
        var own: [String: String] = [:]
        // Readings made now that this checker does not store: the second pass takes them from here.
        var held: [String: [UInt8]] = [:]
        // What the first pass counted of each reading, to tell it is the one the second pass learns.
        var digests = [UInt64?](repeating: nil, count: ids.count)
        let done = LockedCounter()
        typealias Read = (own: String?, reading: DutyRelevance.Reading, made: Bool, digest: UInt64)

        /// The readings of one part, on all cores: from the stored or held bytes, else made from the
        /// text; `vectoriser` the model whose terms are all counted, in the second pass.
        func readPart(_ range: Range<Int>, _ part: DeskRelevanceReadings.Part, held: [String: [UInt8]],
                      vectoriser: DutyRelevance?) -> [Read?] {
            let out = LockedArray<Read>(count: range.count)
            let vectorise = vectoriser != nil
            DispatchQueue.concurrentPerform(iterations: range.count) { k in
                // Both passes move the progress line by half an initiative.
                defer { progress?(done.increment() / 2, ids.count) }
                let id = ids[range.lowerBound + k]
                guard let info = documents[id], let profile = profiles[id] else { return }
                let bytes = held[id].map { Data($0) } ?? part.readings[id]
                let kept = bytes.flatMap { bytes in
                    bytes.withUnsafeBytes { reader.read(id: id, person: info.nomineeID, profile, title: info.title, textPart: $0) }
                }
                var result: Read
                if let kept, vectorise || !keep.contains(id) {
                    result = (nil, kept, false, 0)
                } else {
                    // A stored reading that does not read (another version) is made again: its text was
                    // not fetched with the part.
                    guard let text = part.texts[id] ?? (try? store.initiativeText(of: id)) ?? nil else { return }
                    let keepOwn = keep.contains(id)
                    if let kept {
                        result = (archive.ownText(of: text, as: info), kept, false, 0)
                    } else {
                        // The text tokenised once, for its roles; the reading made from those tokens (it
                        // was tokenised twice more, as an own text, for the lexicon and the term pairs).
                        let (words, o) = archive.ownWords(of: text, as: info, withText: keepOwn)
                        let made = words.map { reader.read(id: id, person: info.nomineeID, profile, title: info.title, ownWords: $0) }
                            ?? reader.read(id: id, person: info.nomineeID, profile, title: info.title,
                                           text: o ?? archive.ownText(of: text, as: info))
                        result = (keepOwn ? o : nil, made, true, 0)
                    }
                }
                result.digest = result.reading.termDigest
                if let vectoriser { result.reading = vectoriser.vectorised(result.reading) }
                out.set(k, result)
            }
            return range.indices.map { out.get($0 - range.lowerBound) }
        }

        // First pass: every reading's terms counted; the missing readings made and stored (or held).
        var start = 0
        while start < ids.count {
            let range = start..<min(ids.count, start + partSize)
            let part = try DeskRelevanceReadings.part(store, ids: ids[range], generation: generation, archiveCount: archiveCount) {
                id, found in !found || keep.contains(id)
            }
            let readings = readPart(range, part, held: held, vectoriser: nil)
            var made: [(nominationID: String, bytes: [UInt8])] = []
            for (k, r) in readings.enumerated() {
                guard let r else { continue }
                let id = ids[range.lowerBound + k]
                if let o = r.own { own[id] = o }
                if r.made {
                    let bytes = DutyRelevance.textPart(of: r.reading)
                    if writes { made.append((id, bytes)) } else { held[id] = bytes }
                }
                digests[range.lowerBound + k] = r.digest
                model.count(r.reading)
            }
            if writes { try DeskRelevanceReadings.store(made, generation: generation, archiveCount: archiveCount, in: store) }
            start = range.upperBound
        }
        // Second pass: each reading read again, vectorised on all cores now that the frequencies are
        // final, and learned in id order.
        let counted = model
        start = 0
        while start < ids.count {
            let range = start..<min(ids.count, start + partSize)
            let part = try DeskRelevanceReadings.part(store, ids: ids[range], generation: generation, archiveCount: archiveCount) {
                id, found in !found && held[id] == nil
            }
            let readings = readPart(range, part, held: held, vectoriser: counted)
            for (k, r) in readings.enumerated() {
                guard r?.digest == digests[range.lowerBound + k] else { return nil }
                guard let r else { continue }
                model.learn(r.reading)
            }
            start = range.upperBound
        }
        model.prepare()
        return (model, own)
    }

    /// How well an initiative that is not in the desk (an ad-hoc file) fits a position and duties, judged
    /// by what the desk's archive teaches.
    /// - Parameter learning: told how far learning has gone when the stored model is stale (see `relevanceModel`).
    public func relevance(ofText text: String, title: String, profile: DutyProfile,
                          learning: (@Sendable (Int, Int) -> Void)? = nil) throws -> RelevanceAssessment {
        let (model, _) = try relevanceModel(texts: TextCache(store: store), keepingOwnTextOf: [], learning: learning)
        let info = DocumentInfo(id: "", unit: profile.unit, title: title, receivedOn: "9999-12-31")
        return model.assess(profile, title: title, text: archive.ownText(of: text, as: info))
    }

    /// The same for several texts at once: the archive is learned once (registrations are checked in a
    /// batch, and learning reads every initiative of the desk).
    public func relevance(ofTexts items: [(text: String, title: String, profile: DutyProfile)]) throws -> [RelevanceAssessment] {
        let (model, _) = try relevanceModel(texts: TextCache(store: store), keepingOwnTextOf: [])
        return items.map { item in
            let info = DocumentInfo(id: "", unit: item.profile.unit, title: item.title, receivedOn: "9999-12-31")
            return model.assess(item.profile, title: item.title, text: archive.ownText(of: item.text, as: info))
        }
    }

    /// Checks a text that is not in the desk (an ad-hoc file) against the whole archive.
    public func check(text: String, title: String = "") throws -> [Finding] {
        let texts = TextCache(store: store)
        let info = DocumentInfo(id: "", title: title, receivedOn: "9999-12-31")
        return archive.check(text: text, as: info, isSource: { _ in true }) { source in try? texts.text(source.id) }
    }

    /// IDs of the nominations with an initiative, optionally of one year.
    public func nominationIDs(year: Int? = nil) -> [String] {
        documents.values.filter { year == nil || $0.year == year }.map(\.id).sorted()
    }
}

/// Initiative texts read once per scan, shared by the workers.
final class TextCache: @unchecked Sendable {
    private let store: DeskStore
    private var texts: [String: String] = [:]
    private let lock = NSLock()
    init(store: DeskStore) { self.store = store }

    func text(_ id: String) throws -> String? {
        lock.lock()
        if let t = texts[id] { lock.unlock(); return t }
        lock.unlock()
        guard let t = try store.initiativeText(of: id) else { return nil }
        lock.lock(); texts[id] = t; lock.unlock()
        return t
    }
}
