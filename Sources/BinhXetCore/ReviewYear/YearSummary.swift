/// One year's work per unit, as the council weighs it at the end of a session: how many nominations,
/// how many the checks flagged, how many are decided, the CSTĐCS quota against the LĐTT holders, the
/// share of the favoured groups against the rule set's target, and the criticisms. Computed once here;
/// the desk's summary screen and any report only present it.
public struct YearSummary: Sendable, Equatable {
    /// One unit's line (or the district's, summed).
    public struct Line: Sendable, Equatable {
        /// Nil for the district total.
        public var unitID: Int64?
        public var unitName: String
        /// What narrow columns show: the declared short name, else the derived one (`UnitShortName`).
        public var shortName: String = ""
        public var nominations: Int
        /// Nominations that need the council's attention (`CouncilAttention`: what the queue's flag tab,
        /// the bulk confirmation and `list --flagged` call flagged).
        public var flagged: Int
        /// Nominations with an outcome (approved, rejected, returned, withdrawn).
        public var decided: Int
        /// CSTĐCS nominations not refused: what the quota counts.
        public var cstdcs: Int
        /// The unit's LĐTT holders: declared (`binhxet ldtt-holders`), else counted from its nominees.
        public var ldttHolders: Int
        public var holdersDeclared: Bool
        /// Most CSTĐCS the quota allows (`cstdcs_quota` × holders, rounded as `cstdcs_quota_rounding` says).
        public var quotaAllowed: Int
        /// Nominees of the favoured groups (workers, farmers, direct labour, armed forces, militia,
        /// commune police).
        public var favoured: Int
        public var criticisms: Int
        /// The quota rule's flag when the unit is over it: a violation once the holders are declared, a
        /// warning while they are only counted. Nil for the district and for units within the quota.
        public var quotaFlag: RuleFlag?

        public var overQuota: Bool { cstdcs > quotaAllowed }
        /// The favoured groups' share of the nominations, nil without nominations.
        public var favouredShare: Double? { nominations == 0 ? nil : Double(favoured) / Double(nominations) }
    }

    public var year: Int
    /// Units with nominations that year, in the core's unit order (`NameCollation.unitKey`).
    public var units: [Line]
    public var district: Line
    /// The rule set's target for the favoured groups' share (`favoured_share_target`).
    public var favouredTarget: Share
    public var quota: Share
    /// How the quota was rounded to whole awards (`cstdcs_quota_rounding`).
    public var rounding: QuotaRounding = .down

    /// Whether a line's favoured share falls short of the target (a line without nominations does not).
    public func belowFavouredTarget(_ line: Line) -> Bool {
        line.nominations > 0 && !favouredTarget.isReached(by: line.favoured, of: line.nominations)
    }

    /// The groups the 2017 letter asks councils to favour, in its order.
    public static let favouredGroups: [WorkerCategory] = [.worker, .farmer, .directLabour, .armedForces, .militia, .communePolice]
}

extension YearSummary {
    /// The summary of `year` from a rule review the caller already has, with the attention it computed
    /// from that review (`CouncilAttention`, the same "flagged" as the queue's): the desk's queue computes
    /// both once for its flags, so opening the summary costs no second review.
    public init(review: RuleReview, year: Int, attention: [String: CouncilAttention], criticisms: [Criticism]) {
        let rules = review.book.rules(year: year)
        let ofYear = review.nominations.values.filter { $0.year == year }
        var lines: [YearSummary.Line] = []
        for (unitID, ns) in Dictionary(grouping: ofYear, by: \.unitID) {
            let key = UnitYear(unitID: unitID, year: year)
            let holders = review.ldttHolders(key)
            // The quota is the unit's: its flag is the same on each of its CSTĐCS, so one is read.
            let quotaFlag = ns.sorted { $0.id < $1.id }.first { $0.title == .cstdcs && !$0.isRefused }
                .flatMap { n in review.flags(of: n.id).first { $0.check == .cstdcsQuota } }
            let ids = Set(ns.map(\.id))
            let unitCriticisms = criticisms.filter { c in
                c.unitID == unitID && (c.nominations.isEmpty ? c.day?.year == year : c.nominations.contains { ids.contains($0) })
            }
            lines.append(YearSummary.Line(
                unitID: unitID, unitName: ns[0].unitName,
                shortName: UnitShortName.of(ns[0].unitName, declared: ns[0].unitShortName), nominations: ns.count,
                flagged: ns.filter { attention[$0.id]?.isFlagged == true }.count,
                decided: ns.filter { $0.status.isDecided }.count,
                cstdcs: ns.filter { $0.title == .cstdcs && !$0.isRefused }.count,
                ldttHolders: holders.count, holdersDeclared: holders.declared,
                quotaAllowed: rules.cstdcsAllowed(holders: holders.count),
                favoured: ns.filter { YearSummary.favouredGroups.contains($0.workerCategory) }.count,
                criticisms: unitCriticisms.count, quotaFlag: quotaFlag))
        }
        // The core's unit order, by the short name lists show, so the rows read in the order of what is shown.
        lines.sort { (NameCollation.unitOrderKey($0.unitName, declaredShort: $0.shortName), $0.unitID ?? 0)
            < (NameCollation.unitOrderKey($1.unitName, declaredShort: $1.shortName), $1.unitID ?? 0) }
        func sum(_ k: KeyPath<YearSummary.Line, Int>) -> Int { lines.reduce(0) { $0 + $1[keyPath: k] } }
        let district = YearSummary.Line(
            unitID: nil, unitName: "", nominations: sum(\.nominations), flagged: sum(\.flagged), decided: sum(\.decided),
            cstdcs: sum(\.cstdcs), ldttHolders: sum(\.ldttHolders), holdersDeclared: lines.allSatisfy(\.holdersDeclared),
            quotaAllowed: sum(\.quotaAllowed), favoured: sum(\.favoured), criticisms: sum(\.criticisms), quotaFlag: nil)
        self.init(year: year, units: lines, district: district, favouredTarget: rules.favouredShareTarget,
                  quota: rules.cstdcsQuota, rounding: rules.cstdcsQuotaRounding)
    }
}
