import Foundation

extension Vocabulary {
    /// A unit's CSTĐCS quota as a reader can check it: the limit, the share of how many holders it comes
    /// from, the product and its rounding, then what was proposed. "Hạn mức CSTĐCS: 0 — 15% của 1 người
    /// đạt LĐTT (đếm theo hồ sơ) = 0,15, làm tròn xuống · đã đề nghị 1 (trừ hồ sơ không đạt) · vượt 1".
    /// A bare "(≤0)" on every unit of a small district read as a fault of the program.
    public func cstdcsQuota(_ l: YearSummary.Line, quota: Share, rounding: QuotaRounding) -> String {
        let exact = Double(l.ldttHolders * quota.numerator) / Double(quota.denominator)
        let product = exact.rounded() == exact ? String(Int(exact))
            : language == .vi ? String(format: "%.2f", exact).replacingOccurrences(of: ".", with: ",") : String(format: "%.2f", exact)
        let share = Percent.share(quota, in: language)
        if language == .vi {
            let source = l.holdersDeclared ? "đơn vị kê khai" : "đếm theo hồ sơ"
            let rounded = exact.rounded() == exact ? "" : ", " + ["down": "làm tròn xuống", "nearest": "làm tròn", "up": "làm tròn lên"][rounding.rawValue]!
            return "Hạn mức CSTĐCS: \(l.quotaAllowed) — \(share) của \(l.ldttHolders) người đạt LĐTT (\(source)) = \(product)\(rounded)"
                + " · đã đề nghị \(l.cstdcs) (trừ hồ sơ không đạt)" + (l.overQuota ? " · vượt \(l.cstdcs - l.quotaAllowed)" : "")
        }
        let source = l.holdersDeclared ? "declared by the unit" : "counted from nominations"
        let rounded = exact.rounded() == exact ? "" : ", rounded " + ["down": "down", "nearest": "to the nearest", "up": "up"][rounding.rawValue]!
        return "CSTĐCS quota: \(l.quotaAllowed) — \(share) of \(l.ldttHolders) LĐTT holder\(l.ldttHolders == 1 ? "" : "s") (\(source)) = \(product)\(rounded)"
            + " · proposed \(l.cstdcs) (refused ones not counted)" + (l.overQuota ? " · \(l.cstdcs - l.quotaAllowed) over" : "")
    }
}
