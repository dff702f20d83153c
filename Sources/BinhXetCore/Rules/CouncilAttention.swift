import BinhXetSimilarity

/// Why a nomination needs the council's attention, in the order they are shown.
public enum AttentionReason: String, CaseIterable, Sendable, Hashable, Codable {
    /// The nominee's own earlier initiative again (whole, or in part).
    case selfReuse = "self_reuse"
    /// Another person's initiative, whole or in part.
    case copy
    /// The initiative is unrelated to the nominee's duties, while the rule set warns of it
    /// (`duty_relevance_warning`).
    case offDuty = "off_duty"
    /// A rule of the nomination's rule set is violated (vote, one award per initiative, novelty…): a
    /// violation, not a warning. The CSTĐCS quota is not one: it is the unit's (see `CouncilAttention`).
    case ruleViolation = "rule_violation"
}

/// What "flagged" (*bị gắn cờ*) means, once for the desk: a nomination needs the council's attention when
/// a finding that counts (not dismissed; off-duty only while the rules warn of it) or a rule violation is
/// on it. The queue's flag tab and filter, the year summary's count, the bulk confirmation and the command
/// line's `list --flagged` all ask this, so they cannot disagree. Lateness is not a reason: it says nothing
/// about the nomination's merit. Nor is the CSTĐCS quota: it is the unit's count, said once on the unit's
/// line of the year summary; flagging every CSTĐCS of the unit for it would count one excess many times
/// (the bulk confirmation lists a declared excess on its own, `DeskAttention.overQuota`).
public struct CouncilAttention: Sendable, Equatable {
    /// In `AttentionReason` order, each once; empty when nothing needs attention.
    public var reasons: [AttentionReason]
    /// The rules violated, in `RuleCheck` order (empty unless `ruleViolation` is a reason).
    public var violated: [RuleCheck]

    public var isFlagged: Bool { !reasons.isEmpty }

    public static let none = CouncilAttention(reasons: [], violated: [])

    public init(reasons: [AttentionReason], violated: [RuleCheck] = []) {
        self.reasons = AttentionReason.allCases.filter(reasons.contains)
        self.violated = RuleCheck.allCases.filter(violated.contains)
    }

    /// The reasons the findings give (before the rule checks are known: a queue shows these at once).
    /// `personOf` names the nominee of a source, so a partial re-use of one's own initiative counts as
    /// self re-use; `offDutyCounts` is the nomination's `duty_relevance_warning`.
    public static func findingReasons(_ findings: [StoredFinding], personID: String, personOf: (String) -> String?,
                                      offDutyCounts: Bool) -> [AttentionReason] {
        var out: [AttentionReason] = []
        func own(_ f: StoredFinding) -> Bool { f.sourceID.flatMap(personOf) == personID }
        if findings.contains(where: { $0.kind == .selfReuse || ($0.kind == .partial && own($0)) }) { out.append(.selfReuse) }
        if findings.contains(where: { $0.kind == .copyOther || ($0.kind == .partial && !own($0)) }) { out.append(.copy) }
        if offDutyCounts && findings.contains(where: { $0.kind == .offDuty }) { out.append(.offDuty) }
        return out
    }

    /// The whole rule: the findings' reasons and the rule flags' violations.
    public init(findings: [StoredFinding], flags: [RuleFlag], personID: String, personOf: (String) -> String?,
                offDutyCounts: Bool) {
        let violated = flags.filter { $0.severity == .violation && $0.check != .cstdcsQuota }.map(\.check)
        self.init(reasons: Self.findingReasons(findings, personID: personID, personOf: personOf, offDutyCounts: offDutyCounts)
                      + (violated.isEmpty ? [] : [.ruleViolation]),
                  violated: violated)
    }
}

extension RuleReview {
    /// The attention one nomination needs, from this review's findings and flags.
    public func attention(of id: String) -> CouncilAttention {
        attention(of: id, flags: flags(of: id))
    }

    /// The same, with the nomination's flags already computed.
    public func attention(of id: String, flags: [RuleFlag]) -> CouncilAttention {
        guard let n = nominations[id] else { return .none }
        return CouncilAttention(findings: findings[id] ?? [], flags: flags, personID: n.personID,
                                personOf: { nominations[$0]?.personID },
                                offDutyCounts: book.rules(for: n).dutyRelevanceWarning)
    }

    /// The attention of every nomination of a year (or of the desk) that needs any.
    public func attention(year: Int? = nil) -> [String: CouncilAttention] {
        var out: [String: CouncilAttention] = [:]
        for n in nominations.values where year == nil || n.year == year {
            let a = attention(of: n.id)
            if a.isFlagged { out[n.id] = a }
        }
        return out
    }
}
