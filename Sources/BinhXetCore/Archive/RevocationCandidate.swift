import BinhXetSimilarity

/// An earlier awarded nomination whose initiative re-used an even earlier one: listed for the council to
/// review and perhaps propose cancelling the decision (Luật TĐKT, the chapter on revoking awards). The
/// desk never changes a recorded outcome by itself.
public struct RevocationCandidate: Sendable, Codable, Equatable {
    public var nominationID: String
    public var year: Int
    public var personName: String
    public var unitName: String
    /// Its award, with the decision's number when imported.
    public var standing: SourceStanding
    /// The earlier initiative it re-used, and how.
    public var sourceID: String
    public var sourceYear: Int
    public var sourcePerson: String
    public var kind: String
    public var coverage: Double

    /// "N2016-0007 Lê Văn B (2016; đã dùng để xét CSTĐCS năm 2016 theo QĐ 10/QĐ-UBND): của người khác 100,0% nội
    /// dung trùng với N2015-0003 (Võ A, 2015)" — the kind in words; `kind` keeps its code for JSON.
    public var vietnamese: String {
        let worded = FindingKind(rawValue: kind).map(Vocabulary.vi.findingKind) ?? kind
        return "\(nominationID) \(personName), \(unitName) (\(standing.vietnamese)): \(worded) \(Percent.oneDecimal(coverage, in: .vi)) "
            + "nội dung trùng với \(sourceID) (\(sourcePerson), \(sourceYear))"
    }
}

extension RuleReview {
    /// Awarded nominations of years before `year` (all years when nil) with a same-initiative finding
    /// whose source is another, earlier nomination; one entry per awarded nomination (its largest re-use).
    public func revocationCandidates(before year: Int?) -> [RevocationCandidate] {
        var out: [RevocationCandidate] = []
        for n in nominations.values where n.isAwarded && (year == nil || n.year < year!) {
            let reuses = (findings[n.id] ?? []).filter { f in
                guard isSameInitiative(f), let sid = f.sourceID, sid != n.id, let s = nominations[sid] else { return false }
                return s.year < n.year || (s.year == n.year && s.receivedOn < n.receivedOn)
            }
            guard let f = reuses.max(by: { $0.coverage < $1.coverage }), let s = nominations[f.sourceID!] else { continue }
            out.append(RevocationCandidate(nominationID: n.id, year: n.year, personName: n.personName, unitName: n.unitName,
                                           standing: n.standing, sourceID: s.id, sourceYear: s.year, sourcePerson: s.personName,
                                           kind: f.kind.rawValue, coverage: f.coverage))
        }
        return out.sorted { ($0.year, $0.nominationID) < ($1.year, $1.nominationID) }
    }
}

extension ReviewedNomination {
    /// What became of it, in Vietnamese: "được khen thưởng (QĐ 308/QĐ-UBND ngày 18/12/2013)", "chưa quyết định"…
    public var outcomeVietnamese: String {
        if let o = lastOutcome {
            switch o {
            case .approve: return "thông qua"
            case .reject: return "không đạt" + (outcomeReason.map { " (\($0))" } ?? "")
            case .supplement: return "chờ bổ sung"
            }
        }
        if let i = imported {
            return i.outcome.vietnamese + (i.decisionNo.map { " (QĐ \($0)" + (i.decisionDate.map { " ngày \(CalendarDay($0)?.vietnamese ?? $0)" } ?? "") + ")" } ?? "")
        }
        return summary.status == .withdrawn ? "đã rút" : "chưa quyết định"
    }

    /// The initiative's recognition in Vietnamese, or nil when none is recorded (or it has no initiative).
    public var recognitionVietnamese: String? {
        guard hasInitiative else { return nil }
        return recognition?.vietnamese ?? "chưa ghi nhận quyết định công nhận"
    }
}
