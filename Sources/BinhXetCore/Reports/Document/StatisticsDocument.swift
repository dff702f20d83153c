/// Statistics per unit and year on a landscape page: totals, then the groups the law asks councils to
/// favour under two-level headers — direct production (công nhân, nông dân, người lao động trực tiếp) with its
/// subtotal, apart from the armed forces (lực lượng vũ trang, dân quân tự vệ, công an xã) with theirs —
/// nominated and awarded, shares only on the subtotals and in columns wide enough that "85,7%" never wraps;
/// the preparer's and the head's signatures.
enum StatisticsDocument {
    static let direct: [WorkerCategory] = [.worker, .farmer, .directLabour]
    static let armed: [WorkerCategory] = [.armedForces, .militia, .communePolice]

    static func build(_ nominations: [ReviewedNomination], year: Int?, context c: DocumentContext) -> OfficialDocument {
        var columns = [TableColumn("Đơn vị", width: 24), .figure("Đề nghị", width: 6), .figure("Thông qua", width: 6), .figure("Không đạt", width: 6)]
        var top = [HeaderCell("Đơn vị", rows: 2), HeaderCell("Tổng số", columns: 3)]
        var second = [HeaderCell("ĐN"), HeaderCell("Thông qua"), HeaderCell("Không đạt")]
        func groupColumns(_ cats: [WorkerCategory], subtotal: String) {
            for g in cats {
                columns += [.figure("\(ReportText.category(g)): đề nghị", width: 6), .figure("\(ReportText.category(g)): được khen", width: 6)]
                top.append(HeaderCell(ReportText.category(g), columns: 2)); second += [HeaderCell("ĐN"), HeaderCell("Khen")]
            }
            columns += [.figure("\(subtotal): đề nghị", width: 6), .figure("\(subtotal): tỷ lệ đề nghị", width: 11),
                        .figure("\(subtotal): được khen", width: 6), .figure("\(subtotal): tỷ lệ được khen", width: 11)]
            top.append(HeaderCell(subtotal, columns: 4))
            second += [HeaderCell("ĐN"), HeaderCell("Tỷ lệ"), HeaderCell("Khen"), HeaderCell("Tỷ lệ")]
        }
        groupColumns(direct, subtotal: "Cộng trực tiếp sản xuất")
        groupColumns(armed, subtotal: "Cộng lực lượng vũ trang")

        func row(_ label: String, _ ns: [ReviewedNomination], kind: TableRow.Kind) -> TableRow {
            let awarded = ns.filter(\.isAwarded)
            var r = [label, String(ns.count), String(awarded.count), String(ns.filter(\.isRefused).count)]
            for cats in [direct, armed] {
                for g in cats {
                    r += [String(ns.filter { $0.workerCategory == g }.count), String(awarded.filter { $0.workerCategory == g }.count)]
                }
                let n = ns.filter { cats.contains($0.workerCategory) }.count, a = awarded.filter { cats.contains($0.workerCategory) }.count
                r += [String(n), DocumentText.percent(n, of: ns.count), String(a), DocumentText.percent(a, of: awarded.count)]
            }
            return TableRow(r, kind: kind)
        }
        var rows: [TableRow] = []
        for y in Set(nominations.map(\.year)).sorted() {
            let ofYear = nominations.filter { $0.year == y }
            rows.append(.group("Năm \(y)"))
            let byUnit = Dictionary(grouping: ofYear, by: \.unitName)
            for u in byUnit.keys.sorted(by: { ReportText.unitKey($0) < ReportText.unitKey($1) }) { rows.append(row(u, byUnit[u]!, kind: .data)) }
            rows.append(row("Tổng cộng năm \(y)", ofYear, kind: .total))
        }
        let body: [DocumentBlock] = [
            .text("ĐN: số đề nghị; Khen: số được khen. Tỷ lệ đề nghị tính trên tổng số đề nghị của đơn vị; tỷ lệ được khen tính trên tổng số được khen. Người trực tiếp lao động, sản xuất được ưu tiên theo \(c.rules.id.isLaw2003 ? "Nghị định số 91/2017/NĐ-CP" : "Luật Thi đua, khen thưởng năm 2022"); lực lượng vũ trang thống kê riêng.", .body),
            .table(DocumentTable(columns: columns, header: [top, second], rows: rows, compact: true)),
        ]
        var currentYear = ""
        // The year of each data row, for spreadsheets that sort and filter.
        var out: [[String]] = []
        for r in rows {
            if r.kind == .group { currentYear = String(r.cells.first?.map(\.text).joined().dropFirst(4) ?? ""); continue }
            out.append([currentYear] + r.cells.map { $0.map(\.text).joined() })
        }
        let sheet = DataSheet(columns: ["Năm"] + columns.map(\.name), rows: out)
        return OfficialDocument(
            header: c.departmentHeader(number: nil), typeName: "BÁO CÁO THỐNG KÊ",
            summary: ["Kết quả bình xét danh hiệu thi đua theo đơn vị" + (year.map { " năm \($0)" } ?? "")], body: body,
            closing: c.preparerAndHead, orientation: .landscape, sheet: sheet)
    }
}
