import Foundation
import GRDB

// DeskStore reads and writes for Meeting; its types and rules stay in Council/Meeting.swift (one home for storage, issue 14).

extension DeskStore {
    /// Records the year's meeting (replacing an earlier record of it) and logs it as an event. Only the roles
    /// that issue the council's papers record it (`documentRoles`), once the council has members.
    public func recordMeeting(_ m: Meeting, actor: String, at: String = Clock.isoNow()) throws {
        if let problem = m.problem { throw problem }
        let absent = try JSONSerialization.data(withJSONObject: m.absent, options: [.sortedKeys])
        try write { db in
            try Self.requireDocumentRole(actor, action: "record the council's meeting", db: db)
            let active = Set(try CouncilMember.filter(Column("active") == true).fetchAll(db).map(\.login))
            for login in [m.chair, m.secretary] + m.absent.keys.sorted() where !active.contains(login) {
                throw MeetingError.notAMember(login)
            }
            for login in m.absent.keys.sorted() {
                let voted = try Self.nominationsVotedOn(by: login, year: m.year, db: db)
                guard voted == 0 else {
                    let name = try CouncilMember.fetchOne(db, key: login)?.name ?? login
                    throw MeetingError.absentButVoted(login: login, name: name, year: m.year, nominations: voted)
                }
            }
            try db.execute(sql: """
                INSERT INTO meeting(year, startsAt, endsAt, place, chair, secretary, absent, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [m.year, m.startsAt, m.endsAt, m.place, m.chair, m.secretary,
                                 String(decoding: absent, as: UTF8.self), actor, at])
            var e = DeskEvent(kind: .meetingRecorded, actor: actor, at: at, payload: [
                "year": String(m.year), "starts_at": m.startsAt, "ends_at": m.endsAt, "place": m.place, "chair": m.chair,
                "secretary": m.secretary, "absent": String(decoding: absent, as: UTF8.self)])
            try e.insert(db)
        }
    }

    /// Nominations of `year` on which `login` cast a ballot, secret or open (both are in the log).
    static func nominationsVotedOn(by login: String, year: Int, db: Database) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT e.nominationID) FROM event e JOIN nomination n ON n.id = e.nominationID
            WHERE n.year = ? AND e.actor = ? AND e.kind IN (?, ?)
            """, arguments: [year, login, DeskEvent.Kind.vote.rawValue, DeskEvent.Kind.ballotCast.rawValue]) ?? 0
    }

    /// The year's meeting as last recorded, or nil.
    public func meeting(year: Int) throws -> Meeting? {
        try read { db in try Self.meeting(year: year, db: db) }
    }

    static func meeting(year: Int, db: Database) throws -> Meeting? {
        try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE year = ? ORDER BY id DESC LIMIT 1", arguments: [year])
            .map { try Meeting.decodeStored($0, table: "meeting") }
    }
}
