import BinhXetText
import Foundation
import GRDB

/// Imports what became of earlier years' nominations: the council's outcome with the chairman's decision,
/// and whether the unit recognised the initiative (`shared/corpus/dev/outcomes.csv`). The same columns
/// may stand in a nominations CSV (`NominationImporter` hands them here).
///
/// A file imports whole or not at all, every problem named by row and column. Each outcome and each
/// recognition is an event carrying its file and row; an imported outcome sets the nomination's status
/// in the same transaction. Re-importing the same facts changes nothing; other facts for a nomination
/// that already has them are refused (the archive is not rewritten by a second file).
public struct OutcomeImporter: Sendable {
    public let store: DeskStore
    public var actor: String

    public init(store: DeskStore, actor: String = CurrentUser.name) {
        self.store = store
        self.actor = actor
    }

    /// One row's outcome and recognition, checked on its own (the desk not yet consulted).
    struct Row: Sendable {
        var line: Int
        var nominationID: String
        var outcome: ImportedOutcome?
        var recognition: InitiativeRecognition?
    }

    /// What the desk (or the same file's nomination rows) knows of a nomination an outcome row names.
    struct Target {
        var year: Int
        var title: AwardTitle
        var hasInitiative: Bool
        var receivedOn: String
        /// The kind of a decision recorded at the desk (approved, rejected…), if any.
        var deskDecision: DeskEvent.Kind?
        var imported: ImportedOutcome?
        var recognition: InitiativeRecognition?
    }

    @discardableResult
    public func importCSV(at url: URL) throws -> OutcomeImportReport {
        let file = url.path
        let table = try Self.table(at: url)
        var index: [OutcomeColumn: Int] = [:]
        var problems: [ImportProblem] = []
        for (i, h) in table.header.enumerated() {
            guard let c = OutcomeColumn.matching(header: h) else {
                problems.append(ImportProblem(file: file, row: 1, column: h.isEmpty ? "#\(i + 1)" : h,
                    reason: "unknown column (expected: \(OutcomeColumn.allCases.map(\.rawValue).joined(separator: ", ")))"))
                continue
            }
            if index[c] != nil { problems.append(ImportProblem(file: file, row: 1, column: h, reason: "column appears twice")) }
            index[c] = i
        }
        for c in [OutcomeColumn.nominationID, .outcome] where index[c] == nil {
            problems.append(ImportProblem(file: file, row: 1, column: c.rawValue, reason: "missing column"))
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        let rules = try store.rules()
        let asOf = try store.asOf()
        var rows: [Row] = []
        for rec in table.records {
            if rec.fields.count != table.header.count {
                problems.append(ImportProblem(file: file, row: rec.line,
                    reason: "has \(rec.fields.count) fields, the header has \(table.header.count)"))
                continue
            }
            let id = Self.clean(rec.fields[index[.nominationID]!])
            if id.isEmpty {
                problems.append(ImportProblem(file: file, row: rec.line, column: OutcomeColumn.nominationID.rawValue, reason: "is empty"))
                continue
            }
            let parsed = Self.parseRow(line: rec.line, nominationID: id, file: file, rules: rules, asOf: asOf,
                                       value: { c in index[c].map { Self.clean(rec.fields[$0]) } })
            switch parsed {
            case .success(let r?): rows.append(r)
            case .success(nil):
                problems.append(ImportProblem(file: file, row: rec.line, column: OutcomeColumn.outcome.rawValue,
                    reason: "is empty and so is initiative_recognised: nothing to import"))
            case .failure(let p): problems += p.problems
            }
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        let name = (file as NSString).lastPathComponent
        return try store.write { db in
            let targets = try Self.targets(db, ids: Set(rows.map(\.nominationID)))
            let problems = try Self.check(rows, targets: targets, openYear: DeskStore.reviewYear(db).year, file: file)
            if !problems.isEmpty { throw ImportFailed(problems: problems) }
            var report = try Self.write(rows, targets: targets, fileName: name, actor: actor, db: db)
            report.file = file
            return report
        }
    }

    static func table(at url: URL) throws -> CSVTable { try CSVTable.read(file: url) }

    static func clean(_ s: String) -> String {
        Normalization.nfc(s.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Reads one row's outcome columns. `value` is nil for a column the file does not have. Success(nil):
    /// the row says nothing about an outcome or a recognition.
    static func parseRow(line: Int, nominationID: String, file: String, rules: RuleSet, asOf: AsOfDate,
                         value: (OutcomeColumn) -> String?) -> Result<Row?, ImportFailed> {
        var problems: [ImportProblem] = []
        func problem(_ c: OutcomeColumn, _ reason: String) {
            problems.append(ImportProblem(file: file, row: line, column: c.rawValue, reason: reason))
        }
        func text(_ c: OutcomeColumn) -> String? {
            guard let v = value(c), !v.isEmpty else { return nil }
            if let (scalar, position) = StrayControlCharacters.firstStray(in: v) {
                problem(c, "contains the control character \(StrayControlCharacters.name(scalar)) at character \(position); "
                           + "remove it and import again")
            }
            return v
        }
        func date(_ c: OutcomeColumn) -> String? {
            guard let v = text(c) else { return nil }
            guard let iso = ISODate.parse(v) else {
                problem(c, "'\(v)' is not a date (yyyy-mm-dd or dd/mm/yyyy)")
                return nil
            }
            if let day = CalendarDay(iso), let late = asOf.lateness(of: day) { problem(c, late) }
            return iso
        }
        var outcome: ImportedOutcome?
        let decisionNo = text(.decisionNo), decisionDate = date(.decisionDate)
        if let o = text(.outcome) {
            if let kind = ArchiveOutcome(code: o) {
                if kind == .awarded && decisionNo == nil { problem(.decisionNo, "is empty; an award has the chairman's decision number") }
                if kind == .awarded && decisionDate == nil && value(.decisionDate)?.isEmpty != false {
                    problem(.decisionDate, "is empty; an award has the date of the chairman's decision")
                }
                if kind == .withdrawn && (decisionNo != nil || decisionDate != nil) {
                    problem(decisionNo != nil ? .decisionNo : .decisionDate, "a withdrawn nomination has no decision; leave it empty")
                }
                outcome = ImportedOutcome(outcome: kind, decisionNo: decisionNo, decisionDate: decisionDate,
                                          file: (file as NSString).lastPathComponent, row: line)
            } else {
                problem(.outcome, "unknown outcome '\(o)' (expected \(ArchiveOutcome.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        } else if decisionNo != nil || decisionDate != nil {
            problem(.outcome, "is empty but a decision is given")
        }
        var recognition: InitiativeRecognition?
        let number = text(.recognitionNo), recognisedOn = date(.recognitionDate), by = text(.recognisedBy)
        let scope = text(.recognitionScope).map { NominationColumn.foldHeader($0) }
        if let s = scope, !rules.recognitionScopes.contains(s) {
            problem(.recognitionScope, "unknown scope '\(s)' (the rule set allows \(rules.recognitionScopes.joined(separator: ", ")))")
        }
        switch text(.initiativeRecognised).map(NominationColumn.foldHeader) {
        case nil:
            for (c, v) in [(OutcomeColumn.recognitionNo, number), (.recognitionDate, recognisedOn), (.recognisedBy, by),
                           (.recognitionScope, scope)] where v != nil {
                problem(c, "is given but initiative_recognised is empty; write yes if the unit recognised the initiative")
            }
        case "yes", "y", "co", "da_cong_nhan", "true", "1":
            if number == nil { problem(.recognitionNo, "is empty; a recognition has the number of its decision") }
            if recognisedOn == nil && value(.recognitionDate)?.isEmpty != false {
                problem(.recognitionDate, "is empty; a recognition has the date of its decision")
            }
            recognition = InitiativeRecognition(recognised: true, number: number, date: recognisedOn, by: by,
                                                scope: scope ?? InitiativeRecognition.unitScope,
                                                file: (file as NSString).lastPathComponent, row: line)
        case "no", "n", "khong", "chua", "false", "0":
            for (c, v) in [(OutcomeColumn.recognitionNo, number), (.recognitionDate, recognisedOn), (.recognisedBy, by),
                           (.recognitionScope, scope)] where v != nil {
                problem(c, "is given but initiative_recognised is no")
            }
            recognition = InitiativeRecognition(recognised: false, file: (file as NSString).lastPathComponent, row: line)
        case let v?:
            problem(.initiativeRecognised, "'\(value(.initiativeRecognised) ?? v)' is not yes or no")
        }
        if !problems.isEmpty { return .failure(ImportFailed(problems: problems)) }
        if outcome == nil && recognition == nil { return .success(nil) }
        return .success(Row(line: line, nominationID: nominationID, outcome: outcome, recognition: recognition))
    }

    /// The nominations the rows name, as the desk holds them.
    static func targets(_ db: Database, ids: Set<String>) throws -> [String: Target] {
        var out: [String: Target] = [:]
        guard !ids.isEmpty else { return out }
        let list = Array(ids)
        let marks = Array(repeating: "?", count: list.count).joined(separator: ",")
        let sql = """
            SELECT n.id, n.year, n.title, n.receivedOn, i.id AS initiativeID FROM nomination n
            LEFT JOIN initiative i ON i.nominationID = n.id WHERE n.id IN (\(marks))
            """
        for r in try GRDB.Row.fetchAll(db, sql: sql, arguments: StatementArguments(list)) {
            out[r["id"]] = Target(year: r["year"], title: try r.stored("title", table: "nomination"),
                                  hasInitiative: (r["initiativeID"] as Int64?) != nil, receivedOn: r["receivedOn"])
        }
        let kinds = decisionEventKinds.union(refusalEventKinds)
            .union([.outcomeImported, .initiativeRecognised, .initiativeNotRecognised])
        for e in try DeskEvent.filter(list.contains(Column("nominationID"))).filter(kinds.contains(Column("kind")))
            .order(Column("id")).fetchAll(db) {
            guard let id = e.nominationID else { continue }
            switch e.kind {
            case .outcomeImported: out[id]?.imported = ImportedOutcome(details: try e.details(EventPayload.Outcome.self))
            case .initiativeRecognised, .initiativeNotRecognised:
                out[id]?.recognition = InitiativeRecognition(kind: e.kind, details: try e.details(EventPayload.Recognition.self))
            default: out[id]?.deskDecision = e.kind
            }
        }
        return out
    }

    /// Rows that contradict the desk or each other.
    static func check(_ rows: [Row], targets: [String: Target], openYear: Int?, file: String) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        var seen: [String: Int] = [:]
        for r in rows {
            func problem(_ c: OutcomeColumn, _ reason: String, vietnamese: String? = nil) {
                problems.append(ImportProblem(file: file, row: r.line, column: c.rawValue, reason: reason, vietnameseReason: vietnamese))
            }
            if let prior = seen[r.nominationID] {
                problem(.nominationID, "\(r.nominationID) already appears at row \(prior)")
                continue
            }
            seen[r.nominationID] = r.line
            guard let t = targets[r.nominationID] else {
                problem(.nominationID, "no nomination with ID \(r.nominationID) in the desk; import its nominations file first")
                continue
            }
            if let o = r.outcome {
                if let open = openYear, t.year >= open {
                    problem(.outcome, "\(r.nominationID) belongs to \(t.year), the year under review (\(open)) or later: "
                               + "its outcome is the council's to decide (binhxet decide), not imported")
                } else if let d = t.deskDecision {
                    problem(.outcome, "\(r.nominationID) already has an outcome recorded at the desk (\(d.rawValue))",
                            vietnamese: "\(r.nominationID) đã có kết quả ghi tại bàn xét duyệt (\(Vocabulary.vi.eventKind(d)))")
                } else if let i = t.imported, !i.sameFacts(as: o) {
                    problem(.outcome, "\(r.nominationID) already has the imported outcome \(i.outcome.rawValue)"
                               + "\(i.decisionNo.map { " (\($0))" } ?? "") from \(i.file) row \(i.row); the archive is not rewritten",
                            vietnamese: "\(r.nominationID) đã có kết quả nhập trước đây: \(i.outcome.vietnamese)"
                               + "\(i.decisionNo.map { " (\($0))" } ?? "") từ tệp \(i.file) dòng \(i.row); hồ sơ lưu trữ không được ghi lại")
                }
                // A decision may be dated before the dossier's recorded receipt (69 of the dev corpus's 1,245
                // archive rows are: late-December receipts against a mid-December decision), but never before
                // the emulation year it awards.
                if let d = o.decisionDate, let y = Int(d.prefix(4)), y < t.year {
                    problem(.decisionDate, "\(CalendarDay(d)?.vietnamese ?? d) is before the year it would award (\(t.year))")
                }
            }
            if let rec = r.recognition {
                if !t.hasInitiative {
                    problem(.initiativeRecognised, "\(r.nominationID) is a \(t.title.rawValue) nomination without an initiative",
                            vietnamese: "\(r.nominationID) là hồ sơ đề nghị \(t.title.abbreviation), không có sáng kiến")
                } else if let prior = t.recognition, !prior.sameFacts(as: rec) {
                    let from = prior.file.map { " from \($0) row \(prior.row ?? 0)" } ?? " at the desk"
                    problem(.initiativeRecognised, "\(r.nominationID) already has a recognition recorded\(from) "
                               + "(\(prior.vietnamese)); the archive is not rewritten",
                            vietnamese: "\(r.nominationID) đã có quyết định về sáng kiến "
                               + (prior.file.map { "nhập từ tệp \($0) dòng \(prior.row ?? 0)" } ?? "ghi tại bàn xét duyệt")
                               + " (\(prior.vietnamese)); hồ sơ lưu trữ không được ghi lại")
                }
            }
        }
        return problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }
    }

    /// Writes the events of what is new, and the status of each newly imported outcome. Call after `check`.
    static func write(_ rows: [Row], targets: [String: Target], fileName: String, actor: String,
                      db: Database) throws -> OutcomeImportReport {
        let now = Clock.isoNow()
        var report = OutcomeImportReport(file: fileName, outcomesAdded: 0, recognitionsAdded: 0, unchanged: 0)
        for r in rows {
            let t = targets[r.nominationID]
            var wrote = false
            if let o = r.outcome, t?.imported == nil {
                var e = DeskEvent(nominationID: r.nominationID, kind: .outcomeImported, actor: actor,
                                  at: now, details: o.details)
                try e.insert(db)
                try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?",
                               arguments: [o.outcome.resultingStatus.rawValue, r.nominationID])
                report.outcomesAdded += 1
                wrote = true
            }
            if let rec = r.recognition, t?.recognition == nil {
                var e = DeskEvent(nominationID: r.nominationID, kind: rec.eventKind, actor: actor, at: now, details: rec.details)
                try e.insert(db)
                report.recognitionsAdded += 1
                wrote = true
            }
            if !wrote { report.unchanged += 1 }
        }
        return report
    }
}

/// What an outcomes import did.
public struct OutcomeImportReport: Sendable, Codable, Equatable {
    public var file: String
    public var outcomesAdded: Int
    public var recognitionsAdded: Int
    /// Rows whose facts the desk already held.
    public var unchanged: Int
}
