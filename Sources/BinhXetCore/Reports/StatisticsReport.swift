/// Statistics per unit and year: nominated, approved, rejected, and the share of the groups the 2017
/// letter asks councils to favour (workers, farmers, direct labourers, armed forces, militia, commune
/// police) among nominees and among awardees.
enum StatisticsReport {
    /// The favoured groups, in the letter's order.
    static let groups: [WorkerCategory] = [.worker, .farmer, .directLabour, .armedForces, .militia, .communePolice]

    static func build(_ nominations: [ReviewedNomination], year: Int?, rules: RuleSet) -> ReportDocument {
        var columns = ["Đơn vị", "Năm", "Đề nghị", "Thông qua", "Không đạt"]
        for g in groups { columns += ["\(ReportText.category(g)): đề nghị", "\(ReportText.category(g)): được khen"] }
        columns += ["Cả sáu nhóm: đề nghị", "Cả sáu nhóm: được khen"]

        func row(_ label: String, _ year: String, _ ns: [ReviewedNomination]) -> [String] {
            let awarded = ns.filter(\.isAwarded)
            var r = [label, year, String(ns.count), String(awarded.count), String(ns.filter(\.isRefused).count)]
            for g in groups {
                r.append(ReportText.countAndShare(ns.filter { $0.workerCategory == g }.count, of: ns.count))
                r.append(ReportText.countAndShare(awarded.filter { $0.workerCategory == g }.count, of: awarded.count))
            }
            r.append(ReportText.countAndShare(ns.filter { groups.contains($0.workerCategory) }.count, of: ns.count))
            r.append(ReportText.countAndShare(awarded.filter { groups.contains($0.workerCategory) }.count, of: awarded.count))
            return r
        }

        let years = Set(nominations.map(\.year)).sorted()
        let sections = years.map { y -> ReportSection in
            let ofYear = nominations.filter { $0.year == y }
            let byUnit = Dictionary(grouping: ofYear, by: \.unitName)
            var rows = byUnit.keys.sorted { ReportText.unitKey($0) < ReportText.unitKey($1) }.map { row($0, String(y), byUnit[$0]!) }
            rows.append(row("Tổng cộng", String(y), ofYear))
            return ReportSection(heading: "Năm \(y)", rows: rows)
        }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules), title: "THỐNG KÊ KẾT QUẢ BÌNH XÉT THEO ĐƠN VỊ\(ReportText.yearPhrase(year))",
            meta: ["Tỷ lệ trong ngoặc: trên tổng số đề nghị (cột đề nghị) hoặc tổng số được khen (cột được khen) của đơn vị",
                   "Các nhóm ưu tiên theo Công văn 88/UBND-NV ngày 08/03/2017"],
            columns: columns, sections: sections.isEmpty ? [ReportSection(heading: "Không có đề nghị", rows: [])] : sections)
    }
}
