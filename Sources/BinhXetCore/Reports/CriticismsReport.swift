/// The register of criticisms (phê bình) per unit, with the nominations that prompted each.
enum CriticismsReport {
    /// `names`: the council's members by login, so "Người ghi" names the person; a login no member has stays as it is.
    static func build(_ criticisms: [Criticism], years: [String: Int], year: Int?, names: [String: String] = [:], rules: RuleSet) -> ReportDocument {
        // A criticism belongs to the years of its nominations, or to the year it was made.
        let kept = criticisms.filter { c in
            guard let year else { return true }
            let ys = c.nominations.compactMap { years[$0] }
            return ys.isEmpty ? c.day?.year == year : ys.contains(year)
        }
        let byUnit = Dictionary(grouping: kept, by: \.unitName)
        let sections = byUnit.keys.sorted { ReportText.unitKey($0) < ReportText.unitKey($1) }.map { unit in
            ReportSection(heading: unit, rows: byUnit[unit]!.enumerated().map { i, c in
                [String(i + 1), c.day?.vietnamese ?? c.at, c.text, c.nominations.joined(separator: ", "), names[c.actor] ?? c.actor]
            })
        }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules), title: "SỔ THEO DÕI PHÊ BÌNH ĐƠN VỊ\(ReportText.yearPhrase(year))",
            meta: ["Tổng số: \(kept.count) lần phê bình, \(byUnit.count) đơn vị"], groupColumn: "Đơn vị",
            columns: ["STT", "Ngày", "Nội dung phê bình", "Đề nghị liên quan", "Người ghi"],
            sections: sections.isEmpty ? [ReportSection(heading: "Chưa có phê bình nào", rows: [])] : sections)
    }
}
