/// Notices of nominations not awarded, one per submitting unit, each with its reasons: the council's
/// stated reason, then the rules the nomination breaks.
enum NoticesReport {
    static func build(_ nominations: [ReviewedNomination], flags: [String: [RuleFlag]], year: Int?,
                      rules: RuleSet) -> ReportDocument {
        let refused = nominations.filter(\.isRefused)
        let byUnit = Dictionary(grouping: refused, by: \.unitName)
        let sections = byUnit.keys.sorted { ReportText.unitKey($0) < ReportText.unitKey($1) }.map { unit -> ReportSection in
            let rows = byUnit[unit]!.sorted { ReportText.personKey($0.personName) < ReportText.personKey($1.personName) }
                .enumerated().map { i, n -> [String] in
                    var reasons: [String] = []
                    if let r = n.outcomeReason, !r.isEmpty { reasons.append(r) }
                    for f in flags[n.id] ?? [] where f.severity == .violation && !reasons.contains(f.check.title) {
                        reasons.append(f.check.title)
                    }
                    return [String(i + 1), n.id, n.personName, ReportText.title(n.title), reasons.joined(separator: "; ")]
                }
            return ReportSection(heading: unit, intro: [
                "Kính gửi: \(unit)",
                "Hội đồng Thi đua – Khen thưởng thông báo các đề nghị của đơn vị không được khen thưởng\(year.map { " năm \($0)" } ?? ""), với lý do như sau:",
            ], rows: rows)
        }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules),
            title: "THÔNG BÁO CÁC TRƯỜNG HỢP KHÔNG ĐƯỢC KHEN THƯỞNG\(ReportText.yearPhrase(year))",
            meta: ["Tổng số: \(refused.count) đề nghị của \(byUnit.count) đơn vị"], groupColumn: "Đơn vị",
            columns: ["STT", "Mã đề nghị", "Họ và tên", "Danh hiệu đề nghị", "Lý do"],
            sections: sections.isEmpty ? [ReportSection(heading: "Không có trường hợp nào", rows: [])] : sections,
            signatures: ["TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "CHỦ TỊCH"])
    }
}
