import Foundation

extension Vocabulary {
    /// A unit's CSTĐCS quota as a reader can check it: the limit, the share of how many holders it comes
    /// from, the product and its rounding, then what was proposed. "Hạn mức CSTĐCS: 0 — 15% của 1 người
    /// đạt LĐTT (đếm theo hồ sơ) = 0,15, làm tròn xuống · đã đề nghị 1 (trừ hồ sơ không đạt) · vượt 1".
    /// A bare "(≤0)" on every unit of a small district read as a fault of the program.
    public func cstdcsQuota(_ l: YearSummary.Line, quota: Share, rounding: QuotaRounding) -> String {
        let product = quotaProduct(quota, of: l.ldttHolders, rounding: rounding)
        let share = Percent.share(quota, in: language)
        if language == .vi {
            let source = l.holdersDeclared ? "đơn vị kê khai" : "đếm theo hồ sơ"
            return "Hạn mức CSTĐCS: \(l.quotaAllowed) — \(share) của \(l.ldttHolders) người đạt LĐTT (\(source)) = \(product)"
                + " · đã đề nghị \(l.cstdcs) (trừ hồ sơ không đạt)" + (l.overQuota ? " · vượt \(l.cstdcs - l.quotaAllowed)" : "")
        }
        let source = l.holdersDeclared ? "declared by the unit" : "counted from nominations"
        return "CSTĐCS quota: \(l.quotaAllowed) — \(share) of \(l.ldttHolders) LĐTT holder\(l.ldttHolders == 1 ? "" : "s") (\(source)) = \(product)"
            + " · proposed \(l.cstdcs) (refused ones not counted)" + (l.overQuota ? " · \(l.cstdcs - l.quotaAllowed) over" : "")
    }

    /// The quota's product as a reader checks it: "0,90, làm tròn xuống" ("0.90, rounded down"), or the
    /// whole number alone when nothing was rounded.
    public func quotaProduct(_ quota: Share, of holders: Int, rounding: QuotaRounding) -> String {
        let n = holders * quota.numerator
        guard n % quota.denominator != 0 else { return String(n / quota.denominator) }
        return Percent.decimal(Double(n) / Double(quota.denominator), places: 2, in: language) + ", " + rounded(rounding)
    }

    /// "làm tròn xuống" / "rounded down": how the quota was made a whole number (also the gloss of the
    /// `cstdcs_quota_rounding` setting's values in `ruleValue`).
    public func rounded(_ rounding: QuotaRounding) -> String {
        switch (rounding, language) {
        case (.down, .vi): return "làm tròn xuống"
        case (.nearest, .vi): return "làm tròn gần nhất"
        case (.up, .vi): return "làm tròn lên"
        case (.down, .en): return "rounded down"
        case (.nearest, .en): return "rounded to the nearest"
        case (.up, .en): return "rounded up"
        }
    }
}
