import BinhXetText
import Foundation
import GRDB

/// The optional `units.csv` beside a nomination file: unit codes (used in dossier codes), kinds, the
/// superior body and place of each unit, and the short name narrow lists show. Columns: unit_id, unit,
/// kind, parent, place, short_name (Vietnamese headers: mã đơn vị, đơn vị, loại, cơ quan cấp trên, địa
/// danh, tên viết tắt).
struct UnitList: Sendable {
    var units: [OrgUnit]

    static let columns: [(name: String, aliases: [String])] = [
        ("unit_id", ["ma_don_vi", "ma_dv"]), ("unit", ["don_vi", "ten_don_vi"]), ("kind", ["loai", "loai_don_vi"]),
        ("parent", ["co_quan_cap_tren", "cap_tren"]), ("place", ["dia_danh", "dia_ban"]),
        ("short_name", ["ten_viet_tat", "ten_ngan", "viet_tat"]),
    ]

    /// Reads the file; problems name the file, row and column.
    static func read(_ url: URL) throws(ImportFailed) -> UnitList {
        let file = url.path
        let table = try CSVTable.read(file: url)
        var index: [String: Int] = [:]
        var problems: [ImportProblem] = []
        for (i, h) in table.header.enumerated() {
            let key = NominationColumn.foldHeader(h)
            guard let c = columns.first(where: { $0.name == key || $0.aliases.contains(key) }) else {
                problems.append(ImportProblem(file: file, row: 1, column: h, reason: "unknown column (expected: unit_id, unit, kind, parent, place, short_name)"))
                continue
            }
            index[c.name] = i
        }
        if index["unit"] == nil { problems.append(ImportProblem(file: file, row: 1, column: "unit", reason: "missing column")) }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        var units: [OrgUnit] = []
        var codes: Set<String> = []
        // A short name tells units apart in a narrow column: two units may not share one.
        var shortNames: [String: (unit: String, row: Int)] = [:]
        for rec in table.records {
            guard rec.fields.count == table.header.count else {
                problems.append(ImportProblem(file: file, row: rec.line,
                                              reason: "has \(rec.fields.count) fields, the header has \(table.header.count)"))
                continue
            }
            func value(_ c: String) -> String? {
                guard let i = index[c] else { return nil }
                let v = Normalization.nfc(rec.fields[i].trimmingCharacters(in: .whitespaces))
                return v.isEmpty ? nil : v
            }
            for (column, i) in index.sorted(by: { $0.value < $1.value }) {
                if let (scalar, position) = StrayControlCharacters.firstStray(in: rec.fields[i]) {
                    problems.append(ImportProblem(file: file, row: rec.line, column: column, reason:
                        "contains the control character \(StrayControlCharacters.name(scalar)) at character \(position); "
                        + "remove it and import again"))
                }
            }
            guard let name = value("unit") else {
                problems.append(ImportProblem(file: file, row: rec.line, column: "unit", reason: "is empty"))
                continue
            }
            if let code = value("unit_id"), !codes.insert(code).inserted {
                problems.append(ImportProblem(file: file, row: rec.line, column: "unit_id", reason: "code \(code) appears twice"))
            }
            let short = value("short_name")
            if let short {
                // A line break inside a quoted field is checked as written (trimming keeps inner ones anyway).
                if let why = UnitShortName.problem(short, fullName: name) {
                    problems.append(ImportProblem(file: file, row: rec.line, column: "short_name", reason: why))
                } else if let other = shortNames[short], other.unit != name {
                    problems.append(ImportProblem(file: file, row: rec.line, column: "short_name",
                                                  reason: "'\(short)' is already the short name of \(other.unit) (row \(other.row))"))
                } else {
                    shortNames[short] = (name, rec.line)
                }
            }
            units.append(OrgUnit(code: value("unit_id"), name: name, kind: value("kind"), parent: value("parent"),
                                 place: value("place"), shortName: short))
        }
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        return UnitList(units: units)
    }

    /// Adds units the desk lacks and fills in what it does not know yet about the others; never
    /// changes a code already set (dossier codes were issued with it).
    func apply(_ db: Database) throws {
        for var u in units {
            if var stored = try OrgUnit.filter(Column("name") == u.name).fetchOne(db) {
                if stored.code == nil, let code = u.code,
                   try OrgUnit.filter(Column("code") == code).fetchCount(db) == 0 { stored.code = code }
                stored.kind = stored.kind ?? u.kind
                stored.parent = stored.parent ?? u.parent
                stored.place = stored.place ?? u.place
                // A short name is only how lists show the unit (nothing was issued with it): a new one replaces it.
                stored.shortName = u.shortName ?? stored.shortName
                try stored.update(db)
            } else {
                if let code = u.code, try OrgUnit.filter(Column("code") == code).fetchCount(db) > 0 { u.code = nil }
                try u.insert(db)
            }
        }
    }
}
