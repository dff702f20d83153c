import BinhXetSimilarity
/// The similarity checker's findings per unit, with the rules each re-use breaks.
enum SimilarityFlagsReport {
    static func kind(_ k: FindingKind) -> String {
        switch k {
        case .selfReuse: return "Sử dụng lại sáng kiến của chính mình"
        case .copyOther: return "Sử dụng sáng kiến của người khác"
        case .partial: return "Trùng lặp một phần"
        case .offDuty: return "Không liên quan nhiệm vụ được giao"
        }
    }

    /// The titles of a nomination's violation-severity flags, each rule once, in the order the review
    /// gives them.
    static func violations(_ flags: [RuleFlag]) -> [String] {
        var seen = Set<RuleCheck>()
        return flags.filter { $0.severity == .violation && seen.insert($0.check).inserted }.map(\.check.title)
    }

    static func build(_ nominations: [String: ReviewedNomination], findings: [StoredFinding], flags: [String: [RuleFlag]],
                      year: Int?, rules: RuleSet, dismissals: [String: [String: FindingDismissal]] = [:],
                      attention: [String: CouncilAttention]? = nil) -> ReportDocument {
        func dismissal(_ f: StoredFinding) -> FindingDismissal? { f.sourceID.flatMap { dismissals[f.nominationID]?[$0] } }
        let kept = findings.filter { f in nominations[f.nominationID].map { year == nil || $0.year == year } ?? false }
        let byUnit = Dictionary(grouping: kept, by: { nominations[$0.nominationID]!.unitName })
        let sections = byUnit.keys.sorted { ReportText.unitKey($0) < ReportText.unitKey($1) }.map { unit in
            ReportSection(heading: unit, rows: byUnit[unit]!.sorted { ($0.nominationID, $1.coverage) < ($1.nominationID, $0.coverage) }
                .enumerated().map { i, f -> [String] in
                    let n = nominations[f.nominationID]!
                    let source = f.sourceID.flatMap { nominations[$0] }.map { "\($0.id) (\($0.personName), \($0.unitName), \($0.year))" } ?? "—"
                    // Every rule the nomination breaks (a violation, not a warning), each once: a re-use
                    // breaks novelty and, often, the one-award rule; the reader sees them all on the row.
                    let broken = violations(flags[f.nominationID] ?? [])
                    return [String(i + 1), n.id, n.personName, kind(f.kind), source,
                            f.kind == .offDuty ? "—" : RuleReview.percent(f.coverage),
                            // A finding a member set aside says so, and why, instead of the rules it would break.
                            dismissal(f).map { "Đã bỏ qua: \($0.vietnamese)" } ?? broken.joined(separator: "; ")]
                })
        }
        let dismissed = kept.filter { dismissal($0) != nil }.count
        var meta = ["Tổng số: \(kept.count) cảnh báo, \(Set(kept.map(\.nominationID)).count) đề nghị, \(byUnit.count) đơn vị"
                    + (dismissed > 0 ? "; \(dismissed) cảnh báo đã được thành viên bỏ qua (có lý do)" : "")]
        // The desk's one "flagged" (`CouncilAttention`): the same count as the flag tab and the year summary.
        if let attention { meta.append("Cần Hội đồng xem xét (có cờ): \(attention.count) đề nghị") }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules),
            title: "TỔNG HỢP CẢNH BÁO TRÙNG LẶP SÁNG KIẾN THEO ĐƠN VỊ\(ReportText.yearPhrase(year))",
            meta: meta,
            groupColumn: "Đơn vị",
            columns: ["STT", "Mã đề nghị", "Họ và tên", "Loại", "Sáng kiến nguồn", "Tỷ lệ trùng", "Vi phạm quy định"],
            sections: sections.isEmpty ? [ReportSection(heading: "Không có cảnh báo", rows: [])] : sections)
    }
}
