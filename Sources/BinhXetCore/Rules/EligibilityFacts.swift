import Foundation

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

    /// Months of service a note may give: none to fifty years (a working life); a negative or larger
    /// number is a typing slip, and the log that keeps it cannot be corrected.
    public static let plausibleServiceMonths = 0...600

    /// Why these facts cannot be noted, nil when they can.
    public var problem: EligibilityError? {
        if let m = serviceMonths, !Self.plausibleServiceMonths.contains(m) { return .implausibleServiceMonths(m) }
        return nil
    }

    /// The facts as an `eligibility_noted` event stores them.
    var details: EventPayload.Eligibility {
        func yesNo(_ v: Bool?) -> String? { v.map { $0 ? "yes" : "no" } }
        return EventPayload.Eligibility(ldtt: yesNo(holdsLDTT), initiativeRecognised: yesNo(initiativeRecognised),
                                        serviceMonths: serviceMonths.map(String.init), discipline: discipline?.rawValue,
                                        cstt: yesNo(holdsCSTT), ground: ground?.rawValue)
    }

    /// Adds what a later note says: later notes win, key by key.
    mutating func merge(_ p: EventPayload.Eligibility) {
        if let v = p.ldtt { holdsLDTT = v == "yes" }
        if let v = p.initiativeRecognised { initiativeRecognised = v == "yes" }
        if let v = p.serviceMonths.flatMap(Int.init) { serviceMonths = v }
        if let v = p.discipline.flatMap(DisciplineLevel.init(rawValue:)) { discipline = v }
        if let v = p.cstt { holdsCSTT = v == "yes" }
        if let v = p.ground.flatMap(CSTDCSGround.init(rawValue:)) { ground = v }
    }
}

/// Why eligibility facts were not noted. Nothing was written.
public enum EligibilityError: Error, Equatable, Sendable, CustomStringConvertible {
    case implausibleServiceMonths(Int)

    public var description: String {
        switch self {
        case .implausibleServiceMonths(let m):
            let r = EligibilityFacts.plausibleServiceMonths
            return "\(m) is not a number of months of service (from \(r.lowerBound) to \(r.upperBound), fifty years)"
        }
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


/// A unit's emulation year: where quotas and statistics are counted.
public struct UnitYear: Sendable, Hashable, Codable {
    public var unitID: Int64
    public var year: Int
    public init(unitID: Int64, year: Int) { self.unitID = unitID; self.year = year }
}
