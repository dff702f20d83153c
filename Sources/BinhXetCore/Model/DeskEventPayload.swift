import Foundation

/// The typed details of an event of one kind (`DeskEvent.Kind.payloadType`). The log stores details as a
/// JSON object of strings, and the hash chain covers that object key by key; a payload type encodes to
/// exactly those keys and string values (numbers as their decimal text, absent values left out), so
/// writing through it stores the same bytes, and every desk written before it still verifies.
public protocol DeskEventPayload: Codable, Sendable, Equatable {}

extension DeskEvent {
    /// The event's details as `P`; an object that is not one (a key missing, a value this program does not
    /// know) is a `StoredValueError` naming the event, never a default.
    public func details<P: DeskEventPayload>(_ type: P.Type) throws -> P {
        do {
            return try JSONDecoder().decode(P.self, from: JSONEncoder().encode(payload))
        } catch {
            let text = (try? JSONEncoder().encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
            throw StoredValueError(table: "event", rowID: id.map(String.init) ?? "?", column: "payload", value: text)
        }
    }

    /// An event whose payload is `details`.
    public init<P: DeskEventPayload>(id: Int64? = nil, nominationID: String? = nil, unitID: Int64? = nil, kind: Kind,
                                     actor: String, at: String, details: P) {
        self.init(id: id, nominationID: nominationID, unitID: unitID, kind: kind, actor: actor, at: at,
                  payload: Self.payload(of: details))
    }

    /// The string object `details` encodes to (what the log stores).
    static func payload<P: DeskEventPayload>(of details: P) -> [String: String] {
        // Payload types hold strings (and string enums) only: encoding them to a string object cannot fail.
        // swiftlint:disable:next force_try
        try! JSONDecoder().decode([String: String].self, from: JSONEncoder().encode(details))
    }
}

extension DeskEvent.Kind {
    /// The type of this kind's details.
    public var payloadType: any DeskEventPayload.Type {
        switch self {
        case .received: return EventPayload.Received.self
        case .appraising, .atCouncil, .supplemented, .returned, .refused, .rescheduled: return EventPayload.Step.self
        case .receptionRecorded: return EventPayload.Reception.self
        case .approved, .rejected, .supplementRequested: return EventPayload.Decision.self
        case .criticised: return EventPayload.Criticism.self
        case .vote: return EventPayload.Vote.self
        case .ballotCast: return EventPayload.Empty.self
        case .memberAdded, .memberChanged, .memberRemoved: return EventPayload.Member.self
        case .meetingRecorded: return EventPayload.Meeting.self
        case .findingDismissed, .findingRestored: return EventPayload.Dismissal.self
        case .eligibilityNoted: return EventPayload.Eligibility.self
        case .ldttHoldersDeclared: return EventPayload.LDTTHolders.self
        case .outcomeImported: return EventPayload.Outcome.self
        case .initiativeRecognised, .initiativeNotRecognised: return EventPayload.Recognition.self
        case .registrationsImported: return EventPayload.RegistrationsImported.self
        case .registrationLinked: return EventPayload.RegistrationLinked.self
        case .yearOpened: return EventPayload.YearOpened.self
        case .integrityRestored: return EventPayload.IntegrityRestored.self
        }
    }
}

/// The payload types, one per family of event kinds; keys are the stored ones.
public enum EventPayload {
    /// No details (a secret ballot was cast: nothing of its choice).
    public struct Empty: DeskEventPayload { public init() {} }

    /// The business day any dated event carries (a step, a decision, a criticism), read of any kind.
    /// Its one field is optional and every stored value is a string, so reading it cannot fail.
    public struct Dated: DeskEventPayload {
        public var on: String?
    }

    /// A nomination imported: the file (name only) and its row.
    public struct Received: DeskEventPayload {
        public var file: String?
        public var row: String?
    }

    /// A one-stop step: the day it took effect (with a note when that is the desk's as-of date), and the
    /// reason of a refusal or a new appointment. A new appointment's `on` is the new date; `madeOn` the day
    /// it was set (the desk's today then), which dates its apology slip (absent before 2026-12: read `at`).
    public struct Step: DeskEventPayload {
        public var on: String?
        public var onNote: String?
        public var reason: String?
        public var madeOn: String?
        enum CodingKeys: String, CodingKey { case on, onNote = "on_note", reason, madeOn = "made_on" }
    }

    /// The hour of receipt, the papers handed in (one a line) and who brought them.
    public struct Reception: DeskEventPayload {
        public var time: String
        public var papers: String
        public var submitter: String?
    }

    /// A council outcome: the reason (or, for a supplement, what is missing), a standard reason's code,
    /// why it goes against the vote, and the revision it makes.
    public struct Decision: DeskEventPayload {
        public var on: String?
        public var onNote: String?
        public var reason: String?
        public var reasonCode: String?
        public var missing: String?
        public var override: String?
        public var revision: String?
        public var revises: String?
        enum CodingKeys: String, CodingKey {
            case on, onNote = "on_note", reason, reasonCode = "reason_code", missing, override, revision, revises
        }
    }

    /// A criticism's text; on the unit's event, the nominations that prompted it (comma-separated).
    public struct Criticism: DeskEventPayload {
        public var text: String
        public var nominations: String?
        public var on: String?
        public var onNote: String?
        enum CodingKeys: String, CodingKey { case text, nominations, on, onNote = "on_note" }
    }

    /// A member's choice (`VoteChoice`, or the hidden mark a redacted secret ballot shows).
    public struct Vote: DeskEventPayload {
        public var vote: String
    }

    /// A member added, changed or removed.
    public struct Member: DeskEventPayload {
        public var login: String
        public var name: String?
        public var role: String?
    }

    /// The year's meeting; `absent` is the absences as a JSON object of login to reason.
    public struct Meeting: DeskEventPayload {
        public var year: String
        public var startsAt: String
        public var endsAt: String
        public var place: String
        public var chair: String
        public var secretary: String
        public var absent: String
        enum CodingKeys: String, CodingKey {
            case year, startsAt = "starts_at", endsAt = "ends_at", place, chair, secretary, absent
        }
    }

    /// A finding set aside (with its reason and note) or counted again: the source it is about.
    public struct Dismissal: DeskEventPayload {
        public var source: String
        public var reason: String?
        public var note: String?
    }

    /// Appraisal facts noted for a nomination (yes/no, months, codes); a later note wins key by key.
    public struct Eligibility: DeskEventPayload {
        public var ldtt: String?
        public var initiativeRecognised: String?
        public var serviceMonths: String?
        public var discipline: String?
        public var cstt: String?
        public var ground: String?
        enum CodingKeys: String, CodingKey {
            case ldtt, initiativeRecognised = "initiative_recognised", serviceMonths = "service_months", discipline, cstt, ground
        }
    }

    /// How many of a unit's people hold LĐTT in a year.
    public struct LDTTHolders: DeskEventPayload {
        public var year: String
        public var count: String
    }

    /// An archive nomination's outcome as imported.
    public struct Outcome: DeskEventPayload {
        public var outcome: String
        public var file: String?
        public var row: String?
        public var decisionNo: String?
        public var decisionDate: String?
        enum CodingKeys: String, CodingKey { case outcome, file, row, decisionNo = "decision_no", decisionDate = "decision_date" }
    }

    /// A unit's decision on an initiative (recognised or not).
    public struct Recognition: DeskEventPayload {
        public var scope: String?
        public var number: String?
        public var date: String?
        public var by: String?
        public var file: String?
        public var row: String?
    }

    /// A registrations file imported and how many it added.
    public struct RegistrationsImported: DeskEventPayload {
        public var file: String
        public var added: String
    }

    /// A nomination linked to its registration.
    public struct RegistrationLinked: DeskEventPayload {
        public var registeredOn: String
        public var registeredTitle: String
        enum CodingKeys: String, CodingKey { case registeredOn = "registered_on", registeredTitle = "registered_title" }
    }

    /// The year under review opened, with the desk's as-of date when one was set.
    public struct YearOpened: DeskEventPayload {
        public var year: String
        public var asOf: String?
        enum CodingKeys: String, CodingKey { case year, asOf = "as_of" }
    }

    /// The integrity triggers put back: those that were missing and those that were altered.
    public struct IntegrityRestored: DeskEventPayload {
        public var missing: String?
        public var altered: String?
    }
}
