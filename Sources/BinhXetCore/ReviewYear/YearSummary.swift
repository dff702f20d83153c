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
        public var nominations: Int
        /// Nominations with a similarity finding or a rule violation other than the quota (which is the
        /// unit's, shown once on its line).
        public var flagged: Int
        /// Nominations with an outcome (approved, rejected, returned, withdrawn).
        public var decided: Int
        /// CSTĐCS nominations not refused: what the quota counts.
        public var cstdcs: Int
        /// The unit's LĐTT holders: declared (`binhxet ldtt-holders`), else counted from its nominees.
        public var ldttHolders: Int
        public var holdersDeclared: Bool
        /// Most CSTĐCS the quota allows (`cstdcs_quota` × holders, rounded down).
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
    /// Units with nominations that year, by name.
    public var units: [Line]
    public var district: Line
    /// The rule set's target for the favoured groups' share (`favoured_share_target`).
    public var favouredTarget: Share
    public var quota: Share

    /// Whether a line's favoured share falls short of the target (a line without nominations does not).
    public func belowFavouredTarget(_ line: Line) -> Bool {
        line.nominations > 0 && !favouredTarget.isReached(by: line.favoured, of: line.nominations)
    }

    /// The groups the 2017 letter asks councils to favour, in its order.
    public static let favouredGroups: [WorkerCategory] = [.worker, .farmer, .directLabour, .armedForces, .militia, .communePolice]
}
