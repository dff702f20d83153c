

// DeskStore reads and writes for YearSummary; its types and rules stay in ReviewYear/YearSummary.swift (one home for storage, issue 14).

extension DeskStore {
    /// The summary of a year (default: the year under review), read in one pass of the rule review.
    public func yearSummary(year: Int? = nil) throws -> YearSummary? {
        guard let year = try year ?? reviewYear().year else { return nil }
        let review = try ruleReview()
        let rules = review.book.rules(year: year)
        let ofYear = review.nominations.values.filter { $0.year == year }
        let criticisms = try criticisms()
        var lines: [YearSummary.Line] = []
        for (unitID, ns) in Dictionary(grouping: ofYear, by: \.unitID) {
            let key = UnitYear(unitID: unitID, year: year)
            let holders = review.ldttHolders(key)
            let allowed = holders.count * rules.cstdcsQuota.numerator / rules.cstdcsQuota.denominator
            var flagged = 0
            var quotaFlag: RuleFlag?
            for n in ns {
                let flags = review.flags(of: n.id)
                if quotaFlag == nil { quotaFlag = flags.first { $0.check == .cstdcsQuota } }
                let violation = flags.contains { $0.severity == .violation && $0.check != .cstdcsQuota }
                let found = review.findings[n.id]?.contains { $0.kind != .offDuty || rules.dutyRelevanceWarning } ?? false
                if violation || found { flagged += 1 }
            }
            let ids = Set(ns.map(\.id))
            let unitCriticisms = criticisms.filter { c in
                c.unitID == unitID && (c.nominations.isEmpty ? c.day?.year == year : c.nominations.contains { ids.contains($0) })
            }
            lines.append(YearSummary.Line(
                unitID: unitID, unitName: ns[0].unitName, nominations: ns.count, flagged: flagged,
                decided: ns.filter { $0.status.isDecided }.count,
                cstdcs: ns.filter { $0.title == .cstdcs && !$0.isRefused }.count,
                ldttHolders: holders.count, holdersDeclared: holders.declared, quotaAllowed: allowed,
                favoured: ns.filter { YearSummary.favouredGroups.contains($0.workerCategory) }.count,
                criticisms: unitCriticisms.count, quotaFlag: quotaFlag))
        }
        lines.sort { (NameCollation.unitKey($0.unitName), $0.unitID ?? 0) < (NameCollation.unitKey($1.unitName), $1.unitID ?? 0) }
        func sum(_ k: KeyPath<YearSummary.Line, Int>) -> Int { lines.reduce(0) { $0 + $1[keyPath: k] } }
        let district = YearSummary.Line(
            unitID: nil, unitName: "", nominations: sum(\.nominations), flagged: sum(\.flagged), decided: sum(\.decided),
            cstdcs: sum(\.cstdcs), ldttHolders: sum(\.ldttHolders), holdersDeclared: lines.allSatisfy(\.holdersDeclared),
            quotaAllowed: sum(\.quotaAllowed), favoured: sum(\.favoured), criticisms: sum(\.criticisms), quotaFlag: nil)
        return YearSummary(year: year, units: lines, district: district, favouredTarget: rules.favouredShareTarget,
                           quota: rules.cstdcsQuota)
    }
}
