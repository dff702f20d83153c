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
/// A file imports whole or not at all: every row is checked and every document decoded first; any
/// problem refuses the file with the full list (file, row, column, reason) and the desk is untouched.
/// Re-importing a file changes nothing; a row whose ID is already stored with other content is refused.
public struct NominationImporter: Sendable {
    public let store: DeskStore
    public var actor: String
    /// The largest report read, in bytes; nil: the desk's `max_report_mb` setting.
    public var maxReportBytes: Int?

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

    /// Imports a CSV file. `progress` is called with (documents read, documents in all).
    @discardableResult
    public func importCSV(at url: URL, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ImportReport {
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

        // Decode every document of new rows (the slow part), two at a time on two cores.
        let newRows = rows.filter { existing.nominations[$0.nominationID] == nil }
        var unique: [String: Row] = [:]
        for r in newRows where unique[r.nominationID] == nil { unique[r.nominationID] = r }
        let toRead = unique.values.filter { !$0.initiativeFile.isEmpty }.sorted { $0.line < $1.line }
        let maxBytes = try maxReportBytes ?? (store.rules().maxReportMB << 20)
        let documents = readDocuments(toRead, folder: folder, file: fileName, maxBytes: maxBytes, progress: progress)
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
            return try storeNew(stillNew, documents: documents, unitList: unitList, csvBytes: csvBytes,
                             fileName: fileName, unchanged: unchanged, outcomes: (outcomeRows, rows))
        }
    }

    /// Originals first (content-addressed, so a file already there is the same file), then one
    /// transaction; if it fails, the files this import created are removed again. Runs under the import
    /// lock, so no other import commits or cleans up in between.
    private func storeNew(_ rows: [Row], documents: Documents, unitList: UnitList?, csvBytes: Data, fileName: String,
                       unchanged: Int, outcomes: ([OutcomeImporter.Row], [Row])) throws -> ImportReport {
        var originals: [(URL, ReadDocument)] = []
        var planned = Set<URL>()
        for r in rows {
            guard let doc = documents.byNomination[r.nominationID] else { continue }
            let dest = store.documentURL(sha256: doc.sha256, format: doc.format.rawValue)
            if planned.insert(dest).inserted, !FileManager.default.fileExists(atPath: dest.path) {
                originals.append((dest, doc))
            }
        }
        let pending = try store.beginStoring(originals.map(\.0))
        defer { store.endStoring(pending) }
        var created: [URL] = []
        var bytes = 0
        do {
            for (dest, doc) in originals {
                guard try store.storeOriginal(doc.data, at: dest) else { continue }
                created.append(dest)
                bytes += doc.data.count
            }
            let ids = rows.map(\.nominationID)
            try store.write { db in
                // The transaction checks what it depends on: none of these nominations may exist yet.
                let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
                let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM nomination WHERE id IN (\(placeholders))",
                                             arguments: StatementArguments(ids)) ?? 0
                if taken > 0 { throw ImportFailed(problems: [ImportProblem(file: fileName, reason: Self.addedMeanwhile)]) }
                try unitList?.apply(db)
                try write(rows, documents: documents, csvSHA: SHA256.hex(of: csvBytes), fileName: fileName,
                          unchanged: unchanged, db: db)
                if !outcomes.0.isEmpty { try writeOutcomes(outcomes.0, rows: outcomes.1, file: fileName, db: db) }
            }
            return ImportReport(file: fileName, added: rows.count, unchanged: unchanged,
                                documentsStored: created.count, documentBytes: bytes)
        } catch {
            for f in created { unlink(f.path) }
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
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }

        let rules = outcomeIndex.isEmpty ? RuleSet.builtin(.standard) : try store.rules()
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
            if title == .cstdcs {
                if value(.initiativeTitle).isEmpty { problem(.initiativeTitle, "is empty; a CSTĐCS nomination needs an initiative") }
                if value(.initiativeFile).isEmpty { problem(.initiativeFile, "is empty; a CSTĐCS nomination needs an initiative report") }
            }
            if !value(.initiativeFile).isEmpty && value(.initiativeTitle).isEmpty && title != .cstdcs {
                problem(.initiativeTitle, "is empty but an initiative file is given")
            }
            if !outcomeIndex.isEmpty {
                switch OutcomeImporter.parseRow(line: rec.line, nominationID: value(.nominationID), file: file, rules: rules,
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

    func existingState(for rows: [Row]) throws -> ExistingState {
        try store.read { db in
            var state = ExistingState()
            for p in try Person.fetchAll(db) { state.persons[p.id] = p.name }
            let ids = Set(rows.map(\.nominationID))
            let sql = """
                SELECT n.*, p.name AS personName, u.name AS unitName, i.title AS initiativeTitle,
                       d.originalName AS originalName
                FROM nomination n JOIN person p ON p.id = n.personID JOIN unit u ON u.id = n.unitID
                LEFT JOIN initiative i ON i.nominationID = n.id LEFT JOIN document d ON d.sha256 = i.documentSHA256
                """
            for r in try GRDB.Row.fetchAll(db, sql: sql) where ids.contains(r["id"]) {
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
        var names = existing.persons
        var nameSource: [String: Int] = [:]
        var seen: [String: Row] = [:]
        for r in rows {
            if let n = names[r.nomineeID], n != r.nomineeName {
                let where_ = nameSource[r.nomineeID].map { "row \($0) of this file" } ?? "the desk"
                problems.append(ImportProblem(file: file, row: r.line, column: NominationColumn.nomineeName.rawValue,
                    reason: "nominee ID \(r.nomineeID) is '\(n)' in \(where_), not '\(r.nomineeName)'"))
            } else if names[r.nomineeID] == nil {
                names[r.nomineeID] = r.nomineeName
                nameSource[r.nomineeID] = r.line
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

    struct Documents {
        var byNomination: [String: ReadDocument] = [:]
        /// Winnowed fingerprints of each text, stored with it so the index needs no re-reading.
        var fingerprints: [String: [UInt8]] = [:]
        var problems: [ImportProblem] = []
    }

    func readDocuments(_ rows: [Row], folder: URL, file: String, maxBytes: Int,
                       progress: (@Sendable (Int, Int) -> Void)?) -> Documents {
        let results = LockedArray<Result<(ReadDocument, [UInt8]), ImportProblem>>(count: rows.count)
        let done = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: rows.count) { i in
            let r = rows[i]
            let result: Result<(ReadDocument, [UInt8]), ImportProblem>
            func refused(_ reason: String, vietnamese: String? = nil) -> ImportProblem {
                ImportProblem(file: file, row: r.line, column: NominationColumn.initiativeFile.rawValue,
                              reason: "\(r.initiativeFile): \(reason)",
                              vietnameseReason: "\(r.initiativeFile): \(vietnamese ?? ErrorWords.importReason(reason))")
            }
            do {
                // Only a regular file inside the CSV's folder, read by its resolved path (no link followed).
                let path = try ReportPath.resolve(r.initiativeFile, in: folder)
                let doc = try DocumentReader.read(url: URL(fileURLWithPath: path), limits: DocxReader.Limits(),
                                                  maxBytes: maxBytes, followLinks: false)
                if doc.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                    result = .failure(refused("the report is empty (no text after decoding)"))
                } else {
                    result = .success((doc, DeskChecker.fingerprintBlob(of: doc.text)))
                }
            } catch {
                result = .failure(refused("\(error)", vietnamese: ErrorWords.vietnamese(error)))
            }
            results.set(i, result)
            let n = done.increment()
            progress?(n, rows.count)
        }
        var out = Documents()
        for (i, r) in rows.enumerated() {
            switch results.get(i) {
            case .success(let (d, blob))?:
                out.byNomination[r.nominationID] = d
                out.fingerprints[r.nominationID] = blob
            case .failure(let p)?: out.problems.append(p)
            case nil: break
            }
        }
        return out
    }

    // MARK: - Writing

    func write(_ rows: [Row], documents: Documents, csvSHA: String, fileName: String,
               unchanged: Int, db: Database) throws {
        let now = Clock.isoNow()
        var unitIDs: [String: Int64] = [:]
        for u in try OrgUnit.fetchAll(db) { unitIDs[u.name] = u.id }
        for r in rows {
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
            if let doc = documents.byNomination[r.nominationID] {
                if try !StoredDocument.exists(db, key: doc.sha256) {
                    try StoredDocument(sha256: doc.sha256, format: doc.format.rawValue, encoding: doc.encoding.rawValue,
                                       byteCount: doc.data.count,
                                       originalName: (r.initiativeFile as NSString).lastPathComponent).insert(db)
                }
                var ini = Initiative(nominationID: r.nominationID, title: r.initiativeTitle, text: doc.text,
                                     documentSHA256: doc.sha256, textSHA256: SHA256.hex(of: doc.text),
                                     scalarCount: doc.text.unicodeScalars.count)
                try ini.insert(db)
                if let blob = documents.fingerprints[r.nominationID] {
                    try DeskFingerprintIndex.storeBlob(blob, of: r.nominationID, db: db)
                }
            }
            var e = DeskEvent(nominationID: r.nominationID, kind: .received, actor: actor, at: now,
                              payload: ["file": (fileName as NSString).lastPathComponent, "row": String(r.line)])
            try e.insert(db)
        }
        // The desk's fingerprint index, in the same transaction: it always describes the stored initiatives.
        var indexed: [(id: String, fingerprints: [Fingerprint])] = []
        for r in rows {
            guard let blob = documents.fingerprints[r.nominationID],
                  let fingerprints = try? FingerprintCoding.decode(blob, parameters: .standard) else { continue }
            indexed.append((r.nominationID, fingerprints))
        }
        try DeskFingerprintIndex.add(indexed, db: db)
        try db.execute(sql: """
            INSERT INTO import(fileName, fileSHA256, at, actor, added, unchanged) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [fileName, csvSHA, now, actor, rows.count, unchanged])
    }
}
