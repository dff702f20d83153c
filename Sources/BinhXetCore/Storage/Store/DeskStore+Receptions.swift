import Foundation
import GRDB

// DeskStore reads and writes for Reception; its types and rules stay in OneStop/Reception.swift (one home for storage, issue 14).

extension DeskStore {
    public func recordReception(_ r: Reception, for nominationID: String, actor: String, at: String = Clock.isoNow()) throws {
        guard HourMinute.isValid(r.time) else { throw ReceptionError.badTime(r.time) }
        let papers = r.papers.map { $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping }.filter { !$0.isEmpty }
        guard !papers.isEmpty else { throw ReceptionError.noPapers }
        try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw OneStopError.unknownNomination(nominationID) }
            let submitter = r.submitter.flatMap { $0.isEmpty ? nil : $0.precomposedStringWithCanonicalMapping }
            var e = DeskEvent(nominationID: nominationID, kind: .receptionRecorded, actor: actor, at: at,
                              details: EventPayload.Reception(time: r.time, papers: papers.joined(separator: "\n"), submitter: submitter))
            try e.insert(db)
        }
    }

    /// The latest reception record of a dossier, or nil.
    public func reception(of nominationID: String) throws -> Reception? {
        try read { db in
            guard let e = try DeskEvent.filter(Column("nominationID") == nominationID && Column("kind") == DeskEvent.Kind.receptionRecorded.rawValue)
                .order(Column("id").desc).fetchOne(db) else { return nil }
            let p = try e.details(EventPayload.Reception.self)
            return Reception(time: p.time, papers: p.papers.split(separator: "\n").map(String.init), submitter: p.submitter)
        }
    }
}
