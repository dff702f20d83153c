/// The draft list attached to the award decision: approved nominees by title (dự thảo danh sách kèm
/// theo quyết định khen thưởng). Number and date stay blank for the office to fill in.
enum DecisionListReport {
    static func build(_ nominations: [ReviewedNomination], year: Int?, rules: RuleSet) -> ReportDocument {
        let awarded = nominations.filter(\.isAwarded)
        let sections = [AwardTitle.cstdcs, .ldtt].compactMap { title -> ReportSection? in
            let people = awarded.filter { $0.title == title }
                .sorted { (ReportText.unitKey($0.unitName), ReportText.personKey($0.personName)) < (ReportText.unitKey($1.unitName), ReportText.personKey($1.personName)) }
            guard !people.isEmpty else { return nil }
            let rows = people.enumerated().map { i, n in
                [String(i + 1), n.personName, n.position, n.unitName, String(n.year), n.id, n.initiativeTitle ?? ""]
            }
            return ReportSection(heading: "Danh hiệu \(ReportText.title(title)) (\(people.count) cá nhân)", rows: rows)
        }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules),
            title: "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU THI ĐUA\(ReportText.yearPhrase(year))",
            meta: ["(Dự thảo kèm theo Quyết định số ……/QĐ-UBND ngày …… tháng …… năm …… của Chủ tịch \(rules.issuingBody))",
                   "Căn cứ: \(rules.id.title)", "Tổng số: \(awarded.count) cá nhân"],
            groupColumn: "Danh hiệu",
            columns: ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Năm", "Mã đề nghị", "Sáng kiến"],
            sections: sections.isEmpty ? [ReportSection(heading: "Chưa có đề nghị nào được thông qua", rows: [])] : sections)
    }
}
