import GRDB

/// A unit's registration, at the start of the year, of what a person means to achieve and the
/// initiative they mean to write (*đăng ký thi đua*): checked before the year is spent on a topic that
/// was already used, or that has nothing to do with the person's duties.
public struct Registration: Sendable, Codable, Equatable {
    public var id: Int64?
    /// The emulation year it is for.
    public var year: Int
    public var personID: String
    public var personName: String
    public var unitName: String
    public var position: String
    public var duties: String
    /// The planned initiative.
    public var title: String
    public var summary: String
    public var registeredOn: String
    /// The nomination that later came for the same person and year, once there is one.
    public var nominationID: String?
}

extension Registration: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "registration"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}


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
                              payload: ["registered_on": r.registeredOn, "registered_title": r.title])
            try e.insert(db)
            linked += 1
        }
        return linked
    }
}
