import Foundation
import GRDB

/// What the appraising office has established about a nominee beyond the nomination file: the facts
/// the title criteria and exclusions need. Nil: not established (the nomination itself is taken as the
/// unit's statement that the nominee holds LĐTT and a recognised initiative).
public struct EligibilityFacts: Sendable, Codable, Equatable {
    /// Whether the nominee holds LĐTT that year.
    public var holdsLDTT: Bool?
    /// Whether the unit recognised the initiative (giấy chứng nhận / quyết định công nhận).
    public var initiativeRecognised: Bool?
    /// Months since recruitment at the end of the review year.
    public var serviceMonths: Int?
    /// The heaviest discipline in the year.
    public var discipline: DisciplineLevel?
    /// Whether the nominee holds Chiến sĩ tiên tiến that year (the armed forces' base title).
    public var holdsCSTT: Bool?
    /// What grounds the CSTĐCS: a recognised initiative, an accepted research topic, combat ingenuity.
    public var ground: CSTDCSGround?

    public init(holdsLDTT: Bool? = nil, initiativeRecognised: Bool? = nil, serviceMonths: Int? = nil,
                discipline: DisciplineLevel? = nil, holdsCSTT: Bool? = nil, ground: CSTDCSGround? = nil) {
        self.holdsLDTT = holdsLDTT; self.initiativeRecognised = initiativeRecognised
        self.serviceMonths = serviceMonths; self.discipline = discipline
        self.holdsCSTT = holdsCSTT; self.ground = ground
    }

    public var isEmpty: Bool { self == EligibilityFacts() }

    var payload: [String: String] {
        var p: [String: String] = [:]
        if let v = holdsLDTT { p["ldtt"] = v ? "yes" : "no" }
        if let v = initiativeRecognised { p["initiative_recognised"] = v ? "yes" : "no" }
        if let v = serviceMonths { p["service_months"] = String(v) }
        if let v = discipline { p["discipline"] = v.rawValue }
        if let v = holdsCSTT { p["cstt"] = v ? "yes" : "no" }
        if let v = ground { p["ground"] = v.rawValue }
        return p
    }

    /// Adds what a later note says: later notes win, key by key.
    mutating func merge(_ payload: [String: String]) {
        if let v = payload["ldtt"] { holdsLDTT = v == "yes" }
        if let v = payload["initiative_recognised"] { initiativeRecognised = v == "yes" }
        if let v = payload["service_months"].flatMap(Int.init) { serviceMonths = v }
        if let v = payload["discipline"].flatMap(DisciplineLevel.init(rawValue:)) { discipline = v }
        if let v = payload["cstt"] { holdsCSTT = v == "yes" }
        if let v = payload["ground"].flatMap(CSTDCSGround.init(rawValue:)) { ground = v }
    }
}

/// What grounds a CSTĐCS besides the base title (old law Art. 23; NĐ 91/2017 Art. 9(3)).
public enum CSTDCSGround: String, Sendable, Codable, CaseIterable {
    /// Sáng kiến được cơ sở công nhận.
    case initiative
    /// Đề tài nghiên cứu khoa học đã nghiệm thu, được áp dụng tại cơ quan, đơn vị.
    case researchTopic = "research_topic"
    /// Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu: the armed forces only.
    case combatIngenuity = "combat_ingenuity"

    public var vietnamese: String {
        switch self {
        case .initiative: return "sáng kiến được cơ sở công nhận"
        case .researchTopic: return "đề tài nghiên cứu khoa học được nghiệm thu và áp dụng"
        case .combatIngenuity: return "mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu"
        }
    }
}


extension DeskStore {
    /// Notes facts about a nominee, as an event: a later note replaces the facts it names.
    @discardableResult
    public func noteEligibility(_ nominationID: String, _ facts: EligibilityFacts, actor: String,
                                at: String = Clock.isoNow()) throws -> DeskEvent {
        try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw CouncilError.unknownNomination(nominationID) }
            var e = DeskEvent(nominationID: nominationID, kind: DeskEvent.Kind.eligibilityNoted, actor: actor, at: at, payload: facts.payload)
            try e.insert(db)
            return e
        }
    }

    /// The facts noted about each nomination (those with notes only).
    public func eligibilityFacts() throws -> [String: EligibilityFacts] {
        try read { db in
            var out: [String: EligibilityFacts] = [:]
            // The unit's recognition decisions (imported or recorded) say whether the initiative is recognised,
            // in the order they were written with the notes.
            let kinds: [DeskEvent.Kind] = [.eligibilityNoted, .initiativeRecognised, .initiativeNotRecognised]
            for e in try DeskEvent.filter(kinds.contains(Column("kind"))).order(Column("id")).fetchAll(db) {
                guard let id = e.nominationID else { continue }
                switch e.kind {
                case .initiativeRecognised: out[id, default: EligibilityFacts()].initiativeRecognised = true
                case .initiativeNotRecognised: out[id, default: EligibilityFacts()].initiativeRecognised = false
                default: out[id, default: EligibilityFacts()].merge(e.payload)
                }
            }
            return out
        }
    }

    /// Declares how many LĐTT holders a unit has in a year: the base of its CSTĐCS quota. Without a
    /// declaration the desk counts the unit's nominees that year who hold or are proposed for LĐTT.
    @discardableResult
    public func declareLDTTHolders(unitID: Int64, year: Int, count: Int, actor: String,
                                   at: String = Clock.isoNow()) throws -> DeskEvent {
        try record(DeskEvent(unitID: unitID, kind: DeskEvent.Kind.ldttHoldersDeclared, actor: actor, at: at,
                             payload: ["year": String(year), "count": String(max(0, count))]))
    }

    /// Declared LĐTT holders by unit and year (the latest declaration of each).
    public func declaredLDTTHolders() throws -> [UnitYear: Int] {
        try read { db in
            var out: [UnitYear: Int] = [:]
            for e in try DeskEvent.filter(Column("kind") == DeskEvent.Kind.ldttHoldersDeclared).order(Column("id")).fetchAll(db) {
                guard let unit = e.unitID, let y = e.payload["year"].flatMap(Int.init),
                      let n = e.payload["count"].flatMap(Int.init) else { continue }
                out[UnitYear(unitID: unit, year: y)] = n
            }
            return out
        }
    }
}

/// A unit's emulation year: where quotas and statistics are counted.
public struct UnitYear: Sendable, Hashable, Codable {
    public var unitID: Int64
    public var year: Int
    public init(unitID: Int64, year: Int) { self.unitID = unitID; self.year = year }
}
