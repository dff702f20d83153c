import BinhXetText
import BinhXetSimilarity
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Imports a nomination CSV (the format of `shared/corpus/dev/README.md`) and the initiative documents
/// it names into a desk.
///
/// A file imports whole or not at all; any problem refuses the file with the full list (file, row, column,
/// reason) and the desk is untouched. Re-importing a file changes nothing; a row whose ID is already stored
/// with other content is refused.
///
/// Two passes, so memory does not grow with the file (issue 13: 100,000 reports held at once took about
/// 2.4 GB): the first checks every row and that every report is a regular file within the size limit
/// (keeping where it is, not its bytes); the second, in the one write transaction, reads the reports a
/// batch at a time, decodes and fingerprints each batch on all cores while the one before is stored, and
/// stores them in the file's order, so what is stored (ids, slots, postings) never depends on the threads.
/// A report that does not decode refuses the file in the second pass, every such report listed, and the
/// transaction is rolled back.
public struct NominationImporter: Sendable {
    public let store: DeskStore
    public var actor: String
    /// The largest report read, in bytes; nil: the desk's `max_report_mb` setting.
    public var maxReportBytes: Int?

    /// Rows read, decoded and fingerprinted together in the second pass: two such batches are in memory at
    /// a time, whatever the file's size (tests make it small to cross many batch boundaries).
    var batchRows = 256
    /// Reports whose postings go to the fingerprint index together (as `DeskFingerprintIndex.add` chunks them).
    var indexChunk = DeskFingerprintIndex.chunkDocuments
    /// Whether a batch is prepared on all cores (tests compare with one thread).
    var concurrent = true

    public init(store: DeskStore, actor: String = CurrentUser.name, maxReportBytes: Int? = nil) {
        self.store = store
        self.actor = actor
        self.maxReportBytes = maxReportBytes
    }

    /// One valid CSV row, before it meets the desk.
    struct Row: Sendable {
        var line: Int
        var nominationID: String
        var year: Int
        var nomineeID: String
        var nomineeName: String
        var unit: String
        var position: String
        var duties: String
        var workerCategory: WorkerCategory
        var title: AwardTitle
        var initiativeTitle: String
        var initiativeFile: String
        var receivedOn: String

        /// Fields compared to decide whether a stored nomination is the same one.
        func sameContent(as other: Row) -> Bool {
            year == other.year && nomineeID == other.nomineeID && nomineeName == other.nomineeName
                && unit == other.unit && position == other.position && duties == other.duties
                && workerCategory == other.workerCategory && title == other.title
                && initiativeTitle == other.initiativeTitle && initiativeFile == other.initiativeFile
                && receivedOn == other.receivedOn
        }
    }

    /// What `progress` reports: the first pass (checking that each report is there, and hashing it), then
    /// the second (reading, decoding and storing each).
    public enum Stage: Sendable, Equatable {
        case checkingFiles, readingDocuments
    }

    /// One stage's (done, total) reports, passed on with the stage.
    static func reporting(_ stage: Stage, to progress: (@Sendable (Stage, Int, Int) -> Void)?) -> (@Sendable (Int, Int) -> Void)? {
        guard let progress else { return nil }
        return { done, total in progress(stage, done, total) }
    }

    /// Imports a CSV file. `progress` is called with the stage, documents done, documents in all.
    @discardableResult
    public func importCSV(at url: URL, progress: (@Sendable (Stage, Int, Int) -> Void)? = nil) throws -> ImportReport {
        let fileName = url.path
        let (rows, csvBytes, outcomeRows) = try parse(url)
        let folder = url.deletingLastPathComponent()
        let unitsFile = folder.appendingPathComponent("units.csv")
        let unitList = url.lastPathComponent != "units.csv" && FileManager.default.fileExists(atPath: unitsFile.path)
            ? try UnitList.read(unitsFile) : nil

        // The desk as it stands: what this file must agree with.
        let existing = try existingState(for: rows)
        var problems = crossCheck(rows, existing: existing, file: fileName)
        if !outcomeRows.isEmpty { problems += try checkOutcomes(outcomeRows, rows: rows, file: fileName) }

        // Find and hash every report of the new rows (the first pass; their text is read in the second).
        let newRows = rows.filter { existing.nominations[$0.nominationID] == nil }
        var unique: [String: Row] = [:]
        for r in newRows where unique[r.nominationID] == nil { unique[r.nominationID] = r }
        let toRead = unique.values.filter { !$0.initiativeFile.isEmpty }.sorted { $0.line < $1.line }
        let maxBytes = try maxReportBytes ?? (store.rules().maxReportMB << 20)
        let documents = locateDocuments(toRead, folder: folder, file: fileName, maxBytes: maxBytes,
                                        progress: Self.reporting(.checkingFiles, to: progress))
        problems += documents.problems
        if !problems.isEmpty {
            throw ImportFailed(problems: problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) })
        }
        if unique.isEmpty {
            // Nothing new; a unit list may still fill in codes the desk lacks (a no-op the second time).
            if let unitList { try store.write { db in try unitList.apply(db) } }
            if !outcomeRows.isEmpty { try store.write { db in try writeOutcomes(outcomeRows, rows: rows, file: fileName, db: db) } }
            return ImportReport(file: fileName, added: 0, unchanged: rows.count, documentsStored: 0, documentBytes: 0)
        }
        return try store.withImportLock {
            try store.removeLeftoversOfKilledImports()
            // The desk may have changed while the documents were read (the same file imported at the same
            // time): check again, and store only what is still new, as if the imports had run in turn.
            let now = try existingState(for: rows)
            let late = crossCheck(rows, existing: now, file: fileName)
            if !late.isEmpty { throw ImportFailed(problems: late.sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
            let stillNew = unique.values.filter { now.nominations[$0.nominationID] == nil }.sorted { $0.line < $1.line }
            let stillNewIDs = Set(stillNew.map(\.nominationID))
            let unchanged = rows.filter { !stillNewIDs.contains($0.nominationID) }.count
            if stillNew.isEmpty {
                if let unitList { try store.write { db in try unitList.apply(db) } }
                if !outcomeRows.isEmpty { try store.write { db in try writeOutcomes(outcomeRows, rows: rows, file: fileName, db: db) } }
                return ImportReport(file: fileName, added: 0, unchanged: rows.count, documentsStored: 0, documentBytes: 0)
            }
            let reader = DocumentBatchReader(folder: folder, file: fileName, maxBytes: maxBytes, located: documents,
                                             batchRows: batchRows, concurrent: concurrent,
                                             progress: Self.reporting(.readingDocuments, to: progress))
            return try storeNew(stillNew, reader: reader, unitList: unitList, csvBytes: csvBytes,
                                fileName: fileName, unchanged: unchanged, outcomes: (outcomeRows, rows))
        }
    }

    /// One transaction, in which the reports are read, stored as originals (content-addressed, so a file
    /// already there is the same file) and their texts and fingerprints stored; if it fails, the
    /// originals this import created are removed again. Runs under the import lock, so no other import
    /// commits or cleans up in between; the journal names each batch's originals before they are written.
    private func storeNew(_ rows: [Row], reader: DocumentBatchReader, unitList: UnitList?, csvBytes: Data, fileName: String,
                          unchanged: Int, outcomes: ([OutcomeImporter.Row], [Row])) throws -> ImportReport {
        let pending = try store.beginStoring([])
        defer { store.endStoring(pending) }
        let written = OriginalsWritten(pending: pending)
        do {
            let ids = rows.map(\.nominationID)
            try store.write { db in
                // The transaction checks what it depends on: none of these nominations may exist yet.
                let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
                let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM nomination WHERE id IN (\(placeholders))",
                                             arguments: StatementArguments(ids)) ?? 0
                if taken > 0 { throw ImportFailed(problems: [ImportProblem(file: fileName, reason: Self.addedMeanwhile)]) }
                try unitList?.apply(db)
                try write(rows, reader: reader, originals: written, csvSHA: SHA256.hex(of: csvBytes), fileName: fileName,
                          unchanged: unchanged, db: db)
                if !outcomes.0.isEmpty { try writeOutcomes(outcomes.0, rows: outcomes.1, file: fileName, db: db) }
            }
            return ImportReport(file: fileName, added: rows.count, unchanged: unchanged,
                                documentsStored: written.files.count, documentBytes: written.bytes)
        } catch {
            for f in written.files { unlink(f.path) }
            if let e = error as? ImportFailed { throw e }
            if let e = error as? DeskError {
                switch e {
                case .diskFull, .cannotStore:
                    throw ImportFailed(problems: [ImportProblem(file: fileName, reason: "could not store: \(e)")])
                default: throw e
                }
            }
            throw ImportFailed(problems: [ImportProblem(file: fileName, reason: "could not store: \(error)")])
        }
    }

    /// The originals an import wrote, to count them and to remove them again when it fails.
    final class OriginalsWritten {
        let pending: DeskStore.PendingOriginals
        var files: [URL] = []
        var bytes = 0
        init(pending: DeskStore.PendingOriginals) { self.pending = pending }
    }

    /// The outcomes of a nominations file, checked against the desk and the file's own nominations; the
    /// year under review counts the file's years too (an outcome of its latest year is the council's).
    func checkOutcomes(_ outcomes: [OutcomeImporter.Row], rows: [Row], file: String) throws -> [ImportProblem] {
        try store.read { db in
            let (targets, open) = try outcomeTargets(outcomes, rows: rows, db: db)
            return OutcomeImporter.check(outcomes, targets: targets, openYear: open, file: file)
        }
    }

    func outcomeTargets(_ outcomes: [OutcomeImporter.Row], rows: [Row], db: Database) throws
        -> ([String: OutcomeImporter.Target], Int?) {
        var targets = try OutcomeImporter.targets(db, ids: Set(outcomes.map(\.nominationID)))
        let byID = Dictionary(rows.map { ($0.nominationID, $0) }, uniquingKeysWith: { a, _ in a })
        for o in outcomes where targets[o.nominationID] == nil {
            guard let r = byID[o.nominationID] else { continue }
            targets[o.nominationID] = OutcomeImporter.Target(year: r.year, title: r.title, hasInitiative: !r.initiativeFile.isEmpty,
                                                             receivedOn: r.receivedOn)
        }
        let review = try DeskStore.reviewYear(db)
        let open = review.isChosen ? review.year : [review.year, rows.map(\.year).max()].compactMap { $0 }.max()
        return (targets, open)
    }

    /// Writes the outcomes inside the import's transaction, checking them again against the desk as it now is.
    func writeOutcomes(_ outcomes: [OutcomeImporter.Row], rows: [Row], file: String, db: Database) throws {
        let (targets, open) = try outcomeTargets(outcomes, rows: rows, db: db)
        let late = OutcomeImporter.check(outcomes, targets: targets, openYear: open, file: file)
        if !late.isEmpty { throw ImportFailed(problems: late) }
        _ = try OutcomeImporter.write(outcomes, targets: targets, fileName: (file as NSString).lastPathComponent,
                                      actor: actor, db: db)
    }

    /// Why a file whose nominations were added by another import since it was checked is refused.
    static let addedMeanwhile = "another import added some of these nominations meanwhile; import the file again "
        + "to add what is still new"

    // MARK: - Parsing and checking

    /// The rows, the file's bytes, and the outcomes some rows carry (the outcome columns are optional).
    func parse(_ url: URL) throws -> ([Row], Data, [OutcomeImporter.Row]) {
        let file = url.path
        let data = try CSVTable.contents(of: url)
        let text: String
        do {
            text = try TextDecoder.decode(data).text
        } catch {
            throw ImportFailed(problems: [ImportProblem(file: file, reason: "\(error)", vietnameseReason: ErrorWords.vietnamese(error))])
        }
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            throw ImportFailed(problems: [ImportProblem(file: file, reason: error.description)])
        }
        // Header: every column known, every required column present, none twice.
        var problems: [ImportProblem] = []
        var index: [NominationColumn: Int] = [:]
        var outcomeIndex: [OutcomeColumn: Int] = [:]
        for (i, h) in table.header.enumerated() {
            if NominationColumn.matching(header: h) == nil, let c = OutcomeColumn.matching(header: h) {
                if outcomeIndex[c] != nil { problems.append(ImportProblem(file: file, row: 1, column: h, reason: "column appears twice")) }
                outcomeIndex[c] = i
                continue
            }
            guard let c = NominationColumn.matching(header: h) else {
                problems.append(ImportProblem(file: file, row: 1, column: h.isEmpty ? "#\(i + 1)" : h,
                                              reason: "unknown column (expected: \(NominationColumn.allCases.map(\.rawValue).joined(separator: ", ")))"))
                continue
            }
            if index[c] != nil {
                problems.append(ImportProblem(file: file, row: 1, column: h, reason: "column appears twice"))
            }
            index[c] = i
        }
        for c in NominationColumn.allCases where index[c] == nil {
            problems.append(ImportProblem(file: file, row: 1, column: c.rawValue, reason: "missing column"))
        }
        guard problems.isEmpty else {
            throw ImportFailed(problems: Self.otherKindOfFile(table.header).map { [ImportProblem(file: file, row: 1, reason: $0)] } ?? problems)
        }

        let rules = outcomeIndex.isEmpty ? RuleSet.builtin(.standard) : try store.rules()
        let asOf = try store.asOf()
        var rows: [Row] = []
        var outcomeRows: [OutcomeImporter.Row] = []
        for rec in table.records {
            if rec.fields.count != table.header.count {
                problems.append(ImportProblem(file: file, row: rec.line,
                    reason: "has \(rec.fields.count) fields, the header has \(table.header.count)"))
                continue
            }
            func value(_ c: NominationColumn) -> String {
                Normalization.nfc(rec.fields[index[c]!].trimmingCharacters(in: .whitespacesAndNewlines))
            }
            var rowProblems: [ImportProblem] = []
            func problem(_ c: NominationColumn, _ reason: String) {
                rowProblems.append(ImportProblem(file: file, row: rec.line, column: c.rawValue, reason: reason))
            }
            for c in NominationColumn.allCases where !c.mayBeEmpty && value(c).isEmpty { problem(c, "is empty") }
            for c in NominationColumn.allCases {
                if let (scalar, position) = StrayControlCharacters.firstStray(in: value(c)) {
                    problem(c, "contains the control character \(StrayControlCharacters.name(scalar)) at character "
                               + "\(position); remove it and import again")
                }
            }
            let year = Int(value(.year))
            if year == nil || !(1990...2100).contains(year!) { problem(.year, "'\(value(.year))' is not a year") }
            let title = AwardTitle(code: value(.title))
            if title == nil {
                problem(.title, "unknown title code '\(value(.title))' (expected CSTDCS, LDTT or CSTT)")
            }
            let category = WorkerCategory(code: value(.workerCategory))
            if category == nil {
                problem(.workerCategory, "unknown worker category '\(value(.workerCategory))' (expected one of \(WorkerCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let received = ISODate.parse(value(.receivedOn))
            if received == nil { problem(.receivedOn, "'\(value(.receivedOn))' is not a date (yyyy-mm-dd or dd/mm/yyyy)") }
            if let day = received.flatMap({ CalendarDay($0) }), let late = asOf.lateness(of: day) { problem(.receivedOn, late) }
            if title == .cstdcs {
                if value(.initiativeTitle).isEmpty { problem(.initiativeTitle, "is empty; a CSTĐCS nomination needs an initiative") }
                if value(.initiativeFile).isEmpty { problem(.initiativeFile, "is empty; a CSTĐCS nomination needs an initiative report") }
            }
            if !value(.initiativeFile).isEmpty && value(.initiativeTitle).isEmpty && title != .cstdcs {
                problem(.initiativeTitle, "is empty but an initiative file is given")
            }
            if !outcomeIndex.isEmpty {
                switch OutcomeImporter.parseRow(line: rec.line, nominationID: value(.nominationID), file: file, rules: rules, asOf: asOf,
                                                value: { c in outcomeIndex[c].map { OutcomeImporter.clean(rec.fields[$0]) } }) {
                case .success(let o?): outcomeRows.append(o)
                case .success(nil): break
                case .failure(let f): rowProblems += f.problems
                }
            }
            if !rowProblems.isEmpty { problems += rowProblems; continue }
            rows.append(Row(line: rec.line, nominationID: value(.nominationID), year: year!, nomineeID: value(.nomineeID),
                            nomineeName: value(.nomineeName), unit: value(.unit), position: value(.position),
                            duties: value(.duties), workerCategory: category!, title: title!,
                            initiativeTitle: value(.initiativeTitle), initiativeFile: value(.initiativeFile),
                            receivedOn: received!))
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        return (rows, data, outcomeRows)
    }

    /// What the desk already holds that rows of this file refer to.
    struct ExistingState {
        var persons: [String: String] = [:]
        var nominations: [String: Row] = [:]
    }

    /// The nominees the desk knows, and those of the file's nominations it holds already.
    ///
    /// The file's nominations are looked up by id: reading every stored nomination to keep the file's
    /// walked each initiative's text (the document's hash is stored after it in the row), 1.3 GB at
    /// 100,000 reports, through the desk's memory map into the resident size (issue 13). Read without the
    /// map all the same, since a file that names many stored nominations reads their texts once.
    func existingState(for rows: [Row]) throws -> ExistingState {
        try store.readUnmapped { db in
            var state = ExistingState()
            for p in try Person.fetchAll(db) { state.persons[p.id] = p.name }
            var ids = Set<String>()
            let statement = try db.makeStatement(sql: """
                SELECT n.*, p.name AS personName, u.name AS unitName, i.title AS initiativeTitle,
                       d.originalName AS originalName
                FROM nomination n JOIN person p ON p.id = n.personID JOIN unit u ON u.id = n.unitID
                LEFT JOIN initiative i ON i.nominationID = n.id LEFT JOIN document d ON d.sha256 = i.documentSHA256
                WHERE n.id = ?
                """)
            for row in rows where ids.insert(row.nominationID).inserted {
                guard let r = try GRDB.Row.fetchOne(statement, arguments: [row.nominationID]) else { continue }
                state.nominations[r["id"]] = Row(
                    line: 0, nominationID: r["id"], year: r["year"], nomineeID: r["personID"],
                    nomineeName: r["personName"], unit: r["unitName"], position: r["position"], duties: r["duties"],
                    workerCategory: try r.stored("workerCategory", table: "nomination"),
                    title: try r.stored("title", table: "nomination"),
                    initiativeTitle: r["initiativeTitle"] ?? "", initiativeFile: r["originalName"] ?? "",
                    receivedOn: r["receivedOn"])
            }
            return state
        }
    }

    /// Rows that contradict each other or the desk: a nominee ID with two names, a nomination ID
    /// with two contents.
    func crossCheck(_ rows: [Row], existing: ExistingState, file: String) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        var names = NomineeNames(desk: existing.persons)
        var seen: [String: Row] = [:]
        for r in rows {
            if let reason = names.problem(id: r.nomineeID, name: r.nomineeName, line: r.line) {
                problems.append(ImportProblem(file: file, row: r.line, column: NominationColumn.nomineeName.rawValue, reason: reason))
            }
            if let prior = seen[r.nominationID] {
                if !prior.sameContent(as: r) {
                    problems.append(ImportProblem(file: file, row: r.line, column: NominationColumn.nominationID.rawValue,
                        reason: "nomination ID \(r.nominationID) already appears at row \(prior.line) with different content"))
                }
            } else {
                seen[r.nominationID] = r
            }
            if let stored = existing.nominations[r.nominationID] {
                var mine = r
                // The desk keeps the file name only; compare it, not the folder it was given from.
                mine.initiativeFile = (r.initiativeFile as NSString).lastPathComponent
                if !stored.sameContent(as: mine) {
                    problems.append(ImportProblem(file: file, row: r.line, column: NominationColumn.nominationID.rawValue,
                        reason: "nomination ID \(r.nominationID) is already in the desk with different content"))
                }
            }
        }
        return problems
    }

    // MARK: - Documents

    /// A report as the first pass found it: its real path and size; it is read in the second.
    struct LocatedDocument: Sendable {
        var path: String
        var byteCount: Int
    }

    struct LocatedDocuments: Sendable {
        var byNomination: [String: LocatedDocument] = [:]
        var problems: [ImportProblem] = []
    }

    /// Why a report is refused: its row, the initiative_file column, the file as the row names it.
    static func refusal(_ row: Row, file: String, _ reason: String, vietnamese: String? = nil) -> ImportProblem {
        ImportProblem(file: file, row: row.line, column: NominationColumn.initiativeFile.rawValue,
                      reason: "\(row.initiativeFile): \(reason)",
                      vietnameseReason: "\(row.initiativeFile): \(vietnamese ?? ErrorWords.importReason(reason))")
    }

    /// The first pass: each report resolved inside the CSV's folder (no link followed), a regular file
    /// within the size limit that opens; nothing is read yet.
    func locateDocuments(_ rows: [Row], folder: URL, file: String, maxBytes: Int,
                         progress: (@Sendable (Int, Int) -> Void)?) -> LocatedDocuments {
        let results = LockedArray<Result<LocatedDocument, ImportProblem>>(count: rows.count)
        let done = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: rows.count) { i in
            let r = rows[i]
            do {
                let path = try ReportPath.resolve(r.initiativeFile, in: folder)
                let size = try RegularFile.examine(path, maxBytes: maxBytes, followLinks: false)
                results.set(i, .success(LocatedDocument(path: path, byteCount: size)))
            } catch {
                results.set(i, .failure(Self.refusal(r, file: file, "\(error)", vietnamese: ErrorWords.vietnamese(error))))
            }
            progress?(done.increment(), rows.count)
        }
        var out = LocatedDocuments()
        for (i, r) in rows.enumerated() {
            switch results.get(i) {
            case .success(let d)?: out.byNomination[r.nominationID] = d
            case .failure(let p)?: out.problems.append(p)
            case nil: break
            }
        }
        return out
    }

    /// A report read in the second pass, ready to store: the per-document work (decoding, fingerprinting)
    /// that runs on all cores. Whatever else is derived from each text at import belongs here, and is
    /// stored in `insert`, in the file's order.
    struct PreparedDocument: Sendable {
        var document: ReadDocument
        /// Winnowed fingerprints of the text, for the desk's index, and the blob they are stored in beside
        /// the text so the index needs no re-reading.
        var fingerprints: [Fingerprint]
        var fingerprintBlob: [UInt8]
        /// The text's SHA-256 and number of Unicode scalars, as the initiative's row keeps them (made here,
        /// on all cores, rather than on the writer's thread).
        var textSHA256: String
        var scalarCount: Int

        init(document: ReadDocument, parameters: SimilarityParameters = .standard) {
            self.document = document
            fingerprints = SimilarityArchive.fingerprints(of: document.text, parameters: parameters)
            fingerprintBlob = FingerprintCoding.encode(fingerprints, parameters: parameters)
            textSHA256 = SHA256.hex(of: document.text)
            scalarCount = document.text.unicodeScalars.count
        }
    }

    /// The second pass's reading: batches of rows, each prepared on all cores while the caller stores the
    /// one before.
    struct DocumentBatchReader: Sendable {
        var folder: URL
        var file: String
        var maxBytes: Int
        var located: LocatedDocuments
        var batchRows: Int
        var concurrent: Bool
        var progress: (@Sendable (Int, Int) -> Void)?

        /// Reads, decodes and fingerprints one report, or says why it cannot be stored.
        func prepare(_ r: Row) -> Result<PreparedDocument, ImportProblem> {
            guard let located = located.byNomination[r.nominationID] else {
                return .failure(NominationImporter.refusal(r, file: file, "was not found in the first pass"))
            }
            do {
                // By the path the first pass resolved, no link followed: a file swapped for a link since is refused.
                let doc = try DocumentReader.read(url: URL(fileURLWithPath: located.path), limits: DocxReader.Limits(),
                                                  maxBytes: maxBytes, followLinks: false)
                if doc.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                    return .failure(NominationImporter.refusal(r, file: file, "the report is empty (no text after decoding)"))
                }
                return .success(PreparedDocument(document: doc))
            } catch {
                return .failure(NominationImporter.refusal(r, file: file, "\(error)", vietnamese: ErrorWords.vietnamese(error)))
            }
        }

        /// Calls `body` with each batch of `rows` and its prepared reports (nil for a row without one), in
        /// order; the next batch is prepared on all cores meanwhile.
        func forEachBatch(_ rows: [Row], _ body: (ArraySlice<Row>, [Result<PreparedDocument, ImportProblem>?]) throws -> Void) throws {
            let total = rows.filter { !$0.initiativeFile.isEmpty }.count
            let done = LockedCounter()
            let size = max(1, batchRows)
            let batches = stride(from: 0, to: rows.count, by: size).map { $0..<min(rows.count, $0 + size) }
            func start(_ range: Range<Int>) -> (DispatchGroup, LockedArray<Result<PreparedDocument, ImportProblem>>) {
                let results = LockedArray<Result<PreparedDocument, ImportProblem>>(count: range.count)
                let group = DispatchGroup()
                let slice = Array(rows[range])
                let reader = self
                DispatchQueue.global().async(group: group) {
                    let one: @Sendable (Int) -> Void = { i in
                        guard !slice[i].initiativeFile.isEmpty else { return }
                        results.set(i, reader.prepare(slice[i]))
                        reader.progress?(done.increment(), total)
                    }
                    if reader.concurrent {
                        DispatchQueue.concurrentPerform(iterations: slice.count, execute: one)
                    } else {
                        for i in slice.indices { one(i) }
                    }
                }
                return (group, results)
            }
            var next = batches.first.map(start)
            // A batch still being prepared when `body` throws is waited for: nothing reads on after a return.
            defer { next?.0.wait() }
            for (b, range) in batches.enumerated() {
                guard let (group, results) = next else { break }
                group.wait()
                next = b + 1 < batches.count ? start(batches[b + 1]) : nil
                try body(rows[range], (0..<range.count).map { results.get($0) })
            }
        }
    }

    // MARK: - Writing

    /// Stores the rows in the file's order, their reports a batch at a time; the fingerprint index gets
    /// the postings of every `DeskFingerprintIndex.chunkDocuments` reports at once, as one pass over the
    /// whole file would have written them. A report that cannot be stored is listed and the rest only read,
    /// so that every such report is named; then the file is refused (the caller's transaction rolls back).
    func write(_ rows: [Row], reader: DocumentBatchReader, originals: OriginalsWritten, csvSHA: String, fileName: String,
               unchanged: Int, db: Database) throws {
        let now = Clock.isoNow()
        var unitIDs: [String: Int64] = [:]
        for u in try OrgUnit.fetchAll(db) { unitIDs[u.name] = u.id }
        var problems: [ImportProblem] = []
        let index = try FingerprintIndexWriter(db: db)
        var indexed: [(id: String, fingerprints: [Fingerprint])] = []
        try reader.forEachBatch(rows) { batch, prepared in
            // The batch's new originals are named in the import's journal before the first is written.
            var dests: [URL] = []
            for case .success(let d)? in prepared where problems.isEmpty {
                let dest = store.documentURL(sha256: d.document.sha256, format: d.document.format.rawValue)
                if !FileManager.default.fileExists(atPath: dest.path) { dests.append(dest) }
            }
            try store.noteStoring(dests, in: originals.pending)
            for (r, result) in zip(batch, prepared) {
                var document: PreparedDocument?
                switch result {
                case .failure(let p)?: problems.append(p); continue
                case .success(let d)?: document = d
                case nil: document = nil
                }
                guard problems.isEmpty else { continue }
                try insert(r, document, unitIDs: &unitIDs, originals: originals, now: now, fileName: fileName, db: db)
                if let fingerprints = document?.fingerprints {
                    indexed.append((r.nominationID, fingerprints))
                    if indexed.count == indexChunk {
                        try index.add(indexed)
                        indexed.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        if !problems.isEmpty { throw ImportFailed(problems: problems) }
        // The desk's fingerprint index, in the same transaction: it always describes the stored initiatives.
        try index.add(indexed)
        try index.finish()
        try db.execute(sql: """
            INSERT INTO import(fileName, fileSHA256, at, actor, added, unchanged) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [fileName, csvSHA, now, actor, rows.count, unchanged])
    }

    /// Stores one row: its unit and nominee when new, the nomination, its report (the original file, the
    /// document, the initiative's text and fingerprints) and the event that it was received.
    private func insert(_ r: Row, _ prepared: PreparedDocument?, unitIDs: inout [String: Int64], originals: OriginalsWritten,
                        now: String, fileName: String, db: Database) throws {
        let unitID: Int64
        if let id = unitIDs[r.unit] { unitID = id } else {
            var u = OrgUnit(name: r.unit)
            try u.insert(db)
            unitID = u.id!
            unitIDs[r.unit] = unitID
        }
        if try !Person.exists(db, key: r.nomineeID) {
            try Person(id: r.nomineeID, name: r.nomineeName).insert(db)
        }
        try Nomination(id: r.nominationID, year: r.year, personID: r.nomineeID, unitID: unitID,
                       position: r.position, duties: r.duties, workerCategory: r.workerCategory, title: r.title,
                       receivedOn: r.receivedOn).insert(db)
        if let prepared {
            let doc = prepared.document
            let dest = store.documentURL(sha256: doc.sha256, format: doc.format.rawValue)
            if try store.storeOriginal(doc.data, at: dest) {
                originals.files.append(dest)
                originals.bytes += doc.data.count
            }
            if try !StoredDocument.exists(db, key: doc.sha256) {
                try StoredDocument(sha256: doc.sha256, format: doc.format.rawValue, encoding: doc.encoding.rawValue,
                                   byteCount: doc.data.count,
                                   originalName: (r.initiativeFile as NSString).lastPathComponent).insert(db)
            }
            var ini = Initiative(nominationID: r.nominationID, title: r.initiativeTitle, text: doc.text,
                                 documentSHA256: doc.sha256, textSHA256: prepared.textSHA256,
                                 scalarCount: prepared.scalarCount)
            try ini.insert(db)
            try DeskFingerprintIndex.storeBlob(prepared.fingerprintBlob, of: r.nominationID, db: db)
        }
        var e = DeskEvent(nominationID: r.nominationID, kind: .received, actor: actor, at: now,
                          payload: ["file": (fileName as NSString).lastPathComponent, "row": String(r.line)])
        try e.insert(db)
    }
}

extension NominationImporter {
    /// What another of the desk's CSV files given as nominations is, and how to import it: one line
    /// instead of a line per column (the dev corpus's outcomes.csv given to `import` gave eleven). Nil
    /// for a nominations file with wrong columns (it has `received_on`), or a file of no kind known.
    static func otherKindOfFile(_ header: [String]) -> String? {
        let keys = Set(header.map(NominationColumn.foldHeader))
        guard !header.contains(where: { NominationColumn.matching(header: $0) == .receivedOn }) else { return nil }
        if header.contains(where: { OutcomeColumn.matching(header: $0) == .outcome }) {
            return "is an outcomes file, not nominations: import it with --outcomes, after its nominations"
        }
        if keys.contains("registered_on") || keys.contains("ngay_dang_ky") {
            return "is a registrations file, not nominations: import it with --registrations"
        }
        if keys.contains("unit_id") {
            return "is the units list, not nominations: put it beside the nominations CSV as units.csv, where it is read"
        }
        return nil
    }
}
