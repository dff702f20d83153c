import Foundation

/// One entry of the desk's append-only log: who did what, when, to which nomination or unit.
///
/// Decisions, votes, criticisms and imports are all events; a decision is revised by a newer event,
/// never by editing an old one (the table refuses UPDATE and DELETE).
public struct DeskEvent: Sendable, Codable, Equatable {
    public var id: Int64?
    public var nominationID: String?
    public var unitID: Int64?
    /// What happened (`DeskEvent.Kind`, a closed list).
    public var kind: Kind
    /// The member who did it (the OS user unless the administrator named another member).
    public var actor: String
    /// The OS login of the process that wrote the event (nil on events written before v5-identity).
    /// Filled in when the event is inserted: it is a fact of the writing process, not the caller's claim.
    public var osUser: String?
    /// ISO 8601 time in UTC.
    public var at: String
    /// Details as a JSON object (reason, text, what is missing, vote…).
    public var payload: [String: String]
    /// The hash chain (`EventChain`): the hash of the event before, and this event's own. Set when the
    /// event is inserted. Kept out of the event's JSON: a hash over a hidden payload would let a reader
    /// test guesses of what it hides.
    public internal(set) var prevHash: String?
    public internal(set) var hash: String?

    enum CodingKeys: String, CodingKey {
        case id, nominationID, unitID, kind, actor, osUser, at, payload
    }

    /// "chair [root]" when the OS user who wrote the event is not the member it was recorded as (the
    /// administrator acting for a member), else the member alone.
    public var actorWithOSUser: String {
        guard let osUser, osUser != actor else { return actor }
        return "\(actor) [\(osUser)]"
    }

    public init(id: Int64? = nil, nominationID: String? = nil, unitID: Int64? = nil, kind: Kind,
                actor: String, osUser: String? = nil, at: String, payload: [String: String] = [:]) {
        self.id = id; self.nominationID = nominationID; self.unitID = unitID; self.kind = kind
        self.actor = actor; self.osUser = osUser; self.at = at; self.payload = payload
    }
}
