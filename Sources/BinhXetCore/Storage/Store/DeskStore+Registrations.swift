import GRDB

// DeskStore reads and writes for Registration; its types and rules stay in Registration/Registration.swift (one home for storage, issue 14).

extension DeskStore {
    /// The registrations of a year (or all), in person then title order.
    public func registrations(year: Int? = nil) throws -> [Registration] {
        try read { db in
            var q = Registration.all()
            if let year { q = q.filter(Column("year") == year) }
            return try q.order(Column("year"), Column("personID"), Column("title")).fetchAll(db)
        }
    }

    /// Links each registration without a nomination to the nomination of the same person and year (the
    /// CSTĐCS one when there are several), recording the link on both: the registration names it, and the
    /// nomination gets a `registration_linked` event. Returns how many were linked.
    @discardableResult
    public func linkRegistrations(actor: String, at: String = Clock.isoNow()) throws -> Int {
        try write { db in try Self.linkRegistrations(db, actor: actor, at: at) }
    }

    static func linkRegistrations(_ db: Database, actor: String, at: String) throws -> Int {
        var linked = 0
        for var r in try Registration.filter(Column("nominationID") == nil).fetchAll(db) {
            guard let id = try String.fetchOne(db, sql: """
                SELECT id FROM nomination WHERE personID = ? AND year = ?
                ORDER BY title = 'cstdcs' DESC, id LIMIT 1
                """, arguments: [r.personID, r.year]) else { continue }
            r.nominationID = id
            try r.update(db)
            var e = DeskEvent(nominationID: id, kind: DeskEvent.Kind.registrationLinked, actor: actor, at: at,
                              details: EventPayload.RegistrationLinked(registeredOn: r.registeredOn, registeredTitle: r.title))
            try e.insert(db)
            linked += 1
        }
        return linked
    }
}
