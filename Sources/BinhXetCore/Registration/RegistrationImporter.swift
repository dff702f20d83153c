import BinhXetText
import Foundation
import GRDB

/// Reads a registrations CSV (columns nominee_id, nominee_name, unit, position, duties, initiative_title,
/// summary, registered_on, and optionally year; Vietnamese headers too) and adds it to the desk whole or
/// not at all, every problem named by file, row and column.
public struct RegistrationImporter: Sendable {
    public let store: DeskStore
    public let actor: String

    public init(store: DeskStore, actor: String) {
        self.store = store; self.actor = actor
    }

    /// The columns, with the folded Vietnamese headers accepted for each.
    static let columns: [(name: String, aliases: [String], optional: Bool)] = [
        ("nominee_id", ["ma_can_bo", "ma_ca_nhan", "ma_cb"], false),
        ("nominee_name", ["ho_va_ten", "ho_ten", "ten_can_bo"], false),
        ("unit", ["don_vi", "co_quan", "don_vi_cong_tac"], false),
        ("position", ["chuc_vu", "chuc_danh"], false),
        ("duties", ["nhiem_vu", "nhiem_vu_duoc_giao", "linh_vuc_phu_trach"], false),
        ("initiative_title", ["ten_sang_kien", "ten_de_tai", "sang_kien_du_kien", "ten_sang_kien_du_kien"], false),
        ("summary", ["tom_tat", "noi_dung_tom_tat", "tom_tat_noi_dung"], false),
        ("registered_on", ["ngay_dang_ky"], false),
        ("year", ["nam", "nam_thi_dua"], true),
    ]

    /// What an import did.
    public struct Report: Sendable, Codable, Equatable {
        public var file: String
        public var added: Int
        /// Registrations already in the desk (same person, year and title).
        public var unchanged: Int
        /// Registrations linked to a nomination already in the desk.
        public var linked: Int
    }

    /// What the desk knows that a registration must agree with: its nominees' names, its units and its
    /// today (the as-of date when one is set).
    struct Known: Sendable {
        var persons: [String: String]
        var units: Set<String>
        var today: AsOfDate
    }

    public func importCSV(at url: URL) throws -> Report {
        let file = url.path
        let known = try store.read { db in
            Known(persons: Dictionary(try Person.fetchAll(db).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                  units: Set(try OrgUnit.fetchAll(db).map(\.name)), today: try DeskStore.asOf(db))
        }
        let rows = try Self.read(url, known: known)
        return try store.write { db in
            var added = 0, unchanged = 0
            for var r in rows {
                if try Registration.filter(Column("personID") == r.personID && Column("year") == r.year
                                           && Column("title") == r.title).fetchCount(db) > 0 {
                    unchanged += 1
                    continue
                }
                try r.insert(db)
                added += 1
            }
            if added > 0 {
                var e = DeskEvent(kind: .registrationsImported, actor: actor, at: Clock.isoNow(),
                                  payload: ["file": url.lastPathComponent, "added": String(added)])
                try e.insert(db)
            }
            let linked = try DeskStore.linkRegistrations(db, actor: actor, at: Clock.isoNow())
            return Report(file: file, added: added, unchanged: unchanged, linked: linked)
        }
    }

    /// The file's registrations, or every problem with it: besides its own, a nominee ID the desk (or an
    /// earlier row) knows by another name, a day after the desk's today and a unit the desk does not hold,
    /// as the nominations importer refuses them.
    static func read(_ url: URL, known: Known) throws(ImportFailed) -> [Registration] {
        let file = url.path
        let table = try CSVTable.read(file: url)
        var index: [String: Int] = [:]
        var problems: [ImportProblem] = []
        let names = columns.map(\.name).joined(separator: ", ")
        for (i, h) in table.header.enumerated() {
            let key = NominationColumn.foldHeader(h)
            guard let c = columns.first(where: { $0.name == key || $0.aliases.contains(key) }) else {
                problems.append(ImportProblem(file: file, row: 1, column: h, reason: "unknown column (expected: \(names))"))
                continue
            }
            index[c.name] = i
        }
        for c in columns where !c.optional && index[c.name] == nil {
            problems.append(ImportProblem(file: file, row: 1, column: c.name, reason: "missing column"))
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        var out: [Registration] = []
        var seen: [String: Int] = [:]
        var nominees = NomineeNames(desk: known.persons)
        for rec in table.records {
            guard rec.fields.count == table.header.count else {
                problems.append(ImportProblem(file: file, row: rec.line,
                                              reason: "has \(rec.fields.count) fields, the header has \(table.header.count)"))
                continue
            }
            var bad = false
            func value(_ c: String) -> String {
                guard let i = index[c] else { return "" }
                return Normalization.nfc(rec.fields[i].trimmingCharacters(in: .whitespaces))
            }
            func problem(_ c: String, _ reason: String) {
                problems.append(ImportProblem(file: file, row: rec.line, column: c, reason: reason))
                bad = true
            }
            for (column, i) in index.sorted(by: { $0.value < $1.value }) {
                if let (scalar, position) = StrayControlCharacters.firstStray(in: rec.fields[i]) {
                    problem(column, "contains the control character \(StrayControlCharacters.name(scalar)) at character "
                            + "\(position); remove it and import again")
                }
            }
            for c in columns where !c.optional && value(c.name).isEmpty && c.name != "summary" { problem(c.name, "is empty") }
            if !value("nominee_id").isEmpty, !value("nominee_name").isEmpty,
               let reason = nominees.problem(id: value("nominee_id"), name: value("nominee_name"), line: rec.line) {
                problem("nominee_name", reason)
            }
            if !value("unit").isEmpty, !known.units.contains(value("unit")) {
                problem("unit", "'\(value("unit"))' is not a unit of the desk; write its name as its nominations give it")
            }
            let date = ISODate.parse(value("registered_on"))
            if date == nil && !value("registered_on").isEmpty {
                problem("registered_on", "'\(value("registered_on"))' is not a date (yyyy-mm-dd or dd/mm/yyyy)")
            }
            // A registration is made before it is imported: not after the desk's today (its as-of date when set).
            if let day = date.flatMap({ CalendarDay($0) }), let late = known.today.lateness(of: day) {
                problem("registered_on", late)
            }
            var year = date.flatMap { Int($0.prefix(4)) } ?? 0
            if !value("year").isEmpty {
                if let y = Int(value("year")), (1990...2100).contains(y) { year = y } else {
                    problem("year", "'\(value("year"))' is not a plausible emulation year (1990–2100)")
                }
            }
            let key = "\(value("nominee_id"))|\(year)|\(VietnameseFolding.fold(value("initiative_title")))"
            if let earlier = seen[key] {
                problem("initiative_title", "the same person registered this initiative for \(year) on row \(earlier)")
            }
            seen[key] = rec.line
            guard !bad, let date else { continue }
            out.append(Registration(id: nil, year: year, personID: value("nominee_id"), personName: value("nominee_name"),
                                    unitName: value("unit"), position: value("position"), duties: value("duties"),
                                    title: value("initiative_title"), summary: value("summary"), registeredOn: date,
                                    nominationID: nil))
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        if out.isEmpty { throw ImportFailed(problems: [ImportProblem(file: file, reason: "holds no registrations")]) }
        return out
    }
}
