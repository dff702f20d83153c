import Foundation
import GRDB

// DeskStore reads and writes for Membership; its types and rules stay in Council/Membership.swift (one home for storage, issue 14).

extension DeskStore {
    /// The council, chair first, then by role and name; former members only when asked.
    public func members(includingFormer: Bool = false) throws -> [CouncilMember] {
        let all = try read { db in try CouncilMember.fetchAll(db) }
        let order = CouncilRole.allCases
        // By role, then as Vietnamese lists people: by given name (`NameCollation`), not by the code points
        // of the family name ("Vũ" before "Đỗ").
        return all.filter { includingFormer || $0.active }.sorted {
            ($0.active ? 0 : 1, order.firstIndex(of: $0.role)!, NameCollation.personKey($0.name))
                < ($1.active ? 0 : 1, order.firstIndex(of: $1.role)!, NameCollation.personKey($1.name))
        }
    }

    /// The member with this login, active or not.
    public func member(_ login: String) throws -> CouncilMember? {
        try read { db in try CouncilMember.fetchOne(db, key: login) }
    }

    /// Adds a member, or changes the name and role of one (bringing a former member back).
    @discardableResult
    public func addMember(login: String, name: String, role: CouncilRole, actor: String,
                          at: String = Clock.isoNow()) throws -> CouncilMember {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !name.isEmpty else { throw CouncilError.nameRequired }
        if let problem = CouncilMember.nameProblem(name) { throw problem }
        return try write { db in
            try Self.requireMembershipRole(actor, db: db)
            let existed = try CouncilMember.exists(db, key: login)
            let m = CouncilMember(login: login, name: name, role: role, active: true, since: at)
            try m.save(db)
            var e = DeskEvent(kind: existed ? .memberChanged : .memberAdded, actor: actor, at: at,
                              details: EventPayload.Member(login: login, name: name, role: role.rawValue))
            try e.insert(db)
            return m
        }
    }

    /// Removes a member from the council: their later absence counts, their earlier votes stay in the log.
    public func removeMember(login: String, actor: String, at: String = Clock.isoNow()) throws {
        try write { db in
            try Self.requireMembershipRole(actor, db: db)
            guard var m = try CouncilMember.fetchOne(db, key: login), m.active else { throw CouncilError.unknownMember(login) }
            m.active = false
            m.since = at
            try m.update(db)
            var e = DeskEvent(kind: .memberRemoved, actor: actor, at: at, details: EventPayload.Member(login: login))
            try e.insert(db)
        }
    }

    /// Checks that `actor` may issue the council's papers or record its meeting (`documentRoles`); a desk with no
    /// council yet accepts the OS user.
    static func requireDocumentRole(_ actor: String, action: String, db: Database) throws {
        guard try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0 else { return }
        guard let m = try CouncilMember.fetchOne(db, key: actor), m.active else { throw CouncilError.notAMember(actor) }
        guard documentRoles.contains(m.role) else {
            throw CouncilError.notAllowed(login: actor, role: m.role, action: action, allowed: documentRoles)
        }
    }

    static func requireMembershipRole(_ actor: String, db: Database) throws {
        guard try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0 else { return }
        guard let m = try CouncilMember.fetchOne(db, key: actor), m.active else { throw CouncilError.notAMember(actor) }
        guard membershipRoles.contains(m.role) else {
            throw CouncilError.notAllowed(login: actor, role: m.role, action: "change the council's membership",
                                          allowed: membershipRoles)
        }
    }

    /// Checks that `actor` may record a final outcome under `rules`. A desk with no council yet accepts
    /// the OS user, as before members existed; once members are added, only their allowed roles may.
    static func requireOutcomeRole(_ actor: String, rules: RuleSet, action: String, db: Database) throws {
        guard try CouncilMember.filter(Column("active") == true).fetchCount(db) > 0 else { return }
        guard let m = try CouncilMember.fetchOne(db, key: actor), m.active else { throw CouncilError.notAMember(actor) }
        guard rules.outcomeRoles.contains(m.role) else {
            throw CouncilError.notAllowed(login: actor, role: m.role, action: action, allowed: rules.outcomeRoles)
        }
    }
}
