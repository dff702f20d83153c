/// The people a year's decision awards: nominations the council approved *and* whose ballot reached the
/// threshold, by title, then by unit, then by given name. A nomination approved against a failed ballot,
/// or approved with no ballot at all, is left out and counted, so the submission can say why.
///
/// A desk with no council members has no ballot to reach (`decide` asks for none and the rule review
/// flags none, `RuleReview.councilSize`): there every approval recorded is awarded.
struct AwardList {
    var awarded: [ReviewedNomination]
    /// Approved, but the ballot did not reach the threshold (or there was none). Empty without a council.
    var approvedWithoutBallot: [ReviewedNomination]
    var tallies: [String: VoteTally]
    /// The desk has council members, and so ballots: false when outcomes are recorded without a vote.
    var council: Bool

    init(_ nominations: [ReviewedNomination], tallies: [String: VoteTally], council: Bool) {
        self.tallies = tallies
        self.council = council
        let approved = nominations.filter { $0.lastOutcome == .approve }
        awarded = approved.filter { !council || tallies[$0.id]?.passes == true }
        approvedWithoutBallot = council ? approved.filter { tallies[$0.id]?.passes != true } : []
    }

    func people(_ title: AwardTitle) -> [ReviewedNomination] { awarded.filter { $0.title == title } }

    var titles: [AwardTitle] { [AwardTitle.cstdcs, .ldtt].filter { !people($0).isEmpty } }

    /// A list per title ("I. Danh hiệu “Chiến sĩ thi đua cơ sở”: 02 cá nhân"), each a table grouped by unit
    /// with STT, name, position and unit, and no internal ID. `withTally` adds the share of agree votes.
    func blocks(withTally: Bool = false) -> [DocumentBlock] {
        let roman = ["I", "II", "III"]
        var out: [DocumentBlock] = []
        for (i, title) in titles.enumerated() {
            let people = self.people(title)
            out.append(.text("\(roman[i]). DANH HIỆU \(DocumentText.quoted(title).vietnameseUppercased): \(DocumentText.count(people.count)) cá nhân", .heading))
            var columns = [TableColumn.figure("STT", width: 6), TableColumn("Họ và tên", width: 24), TableColumn("Chức vụ", width: 28),
                           TableColumn("Đơn vị", width: 30)]
            if withTally { columns.append(.figure("Tỷ lệ đồng ý", width: 12)) }
            let byUnit = Dictionary(grouping: people, by: \.unitName)
            var rows: [TableRow] = []
            var n = 0
            for unit in byUnit.keys.sorted(by: { ReportText.unitKey($0) < ReportText.unitKey($1) }) {
                rows.append(.group(unit))
                for p in byUnit[unit]!.sorted(by: { ReportText.personKey($0.personName) < ReportText.personKey($1.personName) }) {
                    n += 1
                    var cells = [String(n), p.personName, p.position, p.unitName]
                    if withTally { cells.append(tallies[p.id].map { DocumentText.percent($0.agree, of: $0.denominator) } ?? "—") }
                    rows.append(TableRow(cells))
                }
            }
            out.append(.table(DocumentTable(columns: columns, rows: rows)))
        }
        if out.isEmpty { out.append(.text("Không có cá nhân nào được Hội đồng thông qua.", .body)) }
        return out
    }

    /// The CSV sheet: title, unit, name, position (no internal ID either).
    var sheet: DataSheet {
        DataSheet(columns: ["Danh hiệu", "Đơn vị", "STT", "Họ và tên", "Chức vụ"], rows: titles.flatMap { t in
            people(t).sorted { (ReportText.unitKey($0.unitName), ReportText.personKey($0.personName)) < (ReportText.unitKey($1.unitName), ReportText.personKey($1.personName)) }
                .enumerated().map { i, p in [ReportText.title(t), p.unitName, String(i + 1), p.personName, p.position] }
        })
    }

    /// "danh hiệu “Chiến sĩ thi đua cơ sở” cho 02 cá nhân và danh hiệu “Lao động tiên tiến” cho 01 cá nhân".
    var phrase: String {
        titles.map { "danh hiệu \(DocumentText.quoted($0)) cho \(DocumentText.count(people($0).count)) cá nhân" }.joined(separator: " và ")
    }
}
