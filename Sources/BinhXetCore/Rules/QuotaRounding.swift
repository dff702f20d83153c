/// How the CSTĐCS quota turns a share of the LĐTT holders into a whole number of awards.
///
/// The rule reads "no more than 15 % of the LĐTT holders" (NĐ 91/2017 Điều 9(3); TT 07/2014/TT-BNV
/// Điều 5): taken literally that rounds down, so a unit with fewer than 7 holders may have none. Some
/// provinces round to the nearest or allow one to small units; no national text says, so it is a setting
/// (`cstdcs_quota_rounding`), down by default.
public enum QuotaRounding: String, Sendable, CaseIterable, Codable {
    case down, nearest, up

    /// `share` of `holders`, rounded this way, in integers.
    public func allowed(_ share: Share, of holders: Int) -> Int {
        let n = holders * share.numerator, d = share.denominator
        switch self {
        case .down: return n / d
        case .nearest: return (2 * n + d) / (2 * d)
        case .up: return (n + d - 1) / d
        }
    }
}

extension RuleSet {
    /// Most CSTĐCS a unit with `holders` LĐTT holders may have: the one place the quota is computed.
    public func cstdcsAllowed(holders: Int) -> Int { cstdcsQuotaRounding.allowed(cstdcsQuota, of: holders) }
}
