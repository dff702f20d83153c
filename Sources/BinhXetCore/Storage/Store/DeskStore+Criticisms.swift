import GRDB

// DeskStore reads and writes for Criticisms; its types and rules stay in Workflow/Criticisms.swift (one home for storage, issue 14).

extension DeskStore {
    /// Every criticism recorded, oldest first.
    public func criticisms() throws -> [Criticism] {
        try read { db in
            let units = Dictionary(uniqueKeysWithValues: try OrgUnit.fetchAll(db).map { ($0.id ?? 0, $0.name) })
            // The unit-level event carries the text and the list; per-nomination copies are left out.
            return try DeskEvent.filter(Column("kind") == DeskEvent.Kind.criticised && Column("nominationID") == nil)
                .order(Column("id")).fetchAll(db).compactMap { e in
                    guard let unit = e.unitID, let id = e.id else { return nil }
                    let p = try e.details(EventPayload.Criticism.self)
                    let ids = (p.nominations ?? "").split(separator: ",").map(String.init)
                    return Criticism(eventID: id, unitID: unit, unitName: units[unit] ?? "?", text: p.text,
                                     nominations: ids, actor: e.actor, at: e.at, on: p.on)
                }
        }
    }
}
