import Foundation
import GRDB

/// What the one-stop desk wrote down when it took a dossier in, for the receipt (Mẫu 01): the hour and
/// minute, who handed it in, and the papers actually received — not a fixed list of what a dossier should
/// hold. Kept as a chained `reception_recorded` event; the latest one counts.
public struct Reception: Sendable, Equatable {
    /// "09:15", local time on the dossier's received date.
    public var time: String
    public var papers: [String]
    public var submitter: String?

    public init(time: String, papers: [String], submitter: String? = nil) {
        self.time = time; self.papers = papers; self.submitter = submitter
    }
}

extension DeskStore {
    public func recordReception(_ r: Reception, for nominationID: String, actor: String, at: String = Clock.isoNow()) throws {
        guard HourMinute.isValid(r.time) else { throw ReceptionError.badTime(r.time) }
        let papers = r.papers.map { $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping }.filter { !$0.isEmpty }
        guard !papers.isEmpty else { throw ReceptionError.noPapers }
        try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw OneStopError.unknownNomination(nominationID) }
            var payload = ["time": r.time, "papers": papers.joined(separator: "\n")]
            if let s = r.submitter, !s.isEmpty { payload["submitter"] = s.precomposedStringWithCanonicalMapping }
            var e = DeskEvent(nominationID: nominationID, kind: .receptionRecorded, actor: actor, at: at, payload: payload)
            try e.insert(db)
        }
    }

    /// The latest reception record of a dossier, or nil.
    public func reception(of nominationID: String) throws -> Reception? {
        try read { db in
            guard let e = try DeskEvent.filter(Column("nominationID") == nominationID && Column("kind") == DeskEvent.Kind.receptionRecorded.rawValue)
                .order(Column("id").desc).fetchOne(db) else { return nil }
            return Reception(time: e.payload["time"] ?? "", papers: (e.payload["papers"] ?? "").split(separator: "\n").map(String.init),
                             submitter: e.payload["submitter"])
        }
    }
}

public enum ReceptionError: Error, Equatable, Sendable, CustomStringConvertible {
    case noPapers
    case badTime(String)
    public var description: String {
        switch self {
        case .noPapers: return "a reception names the papers received (--paper, once for each)"
        case .badTime(let t): return "'\(t)' is not a time of day (write 09:15)"
        }
    }
}
