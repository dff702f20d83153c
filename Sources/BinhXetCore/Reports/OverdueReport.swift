/// Open dossiers that are late, or due within some working days, on a given day.
enum OverdueReport {
    static func build(_ dossiers: [Dossier], nominations: [String: ReviewedNomination], on day: CalendarDay, within: Int,
                      calendar: WorkingCalendar, rules: RuleSet) -> ReportDocument {
        let rows = dossiers.enumerated().map { i, d -> [String] in
            let n = nominations[d.nominationID]
            let due = d.dueOn.flatMap({ CalendarDay($0) })
            let late = due.map { calendar.workingDays(after: $0, through: day) } ?? 0
            return [String(i + 1), d.code, d.nominationID, n?.personName ?? "", n?.unitName ?? "", ReportText.titleCode(d.title),
                    ReportText.date(d.receivedOn), d.dueOn.map(ReportText.date) ?? "—", ReportText.status(d.status),
                    d.isLate(on: day) ? "Quá hạn \(late) ngày làm việc" : "Sắp đến hạn"]
        }
        return ReportDocument(
            letterhead: ReportText.letterhead(rules), title: "DANH SÁCH HỒ SƠ QUÁ HẠN VÀ SẮP ĐẾN HẠN",
            meta: ["Tính đến ngày \(day.vietnamese)" + (within > 0 ? "; sắp đến hạn: trong \(within) ngày làm việc" : ""),
                   "Thời hạn giải quyết: CSTĐCS \(rules.cstdcsWorkingDays), LĐTT \(rules.ldttWorkingDays) ngày làm việc"],
            columns: ["STT", "Mã hồ sơ", "Mã đề nghị", "Họ và tên", "Đơn vị", "Danh hiệu", "Ngày tiếp nhận", "Ngày hẹn trả",
                      "Trạng thái", "Tình trạng"],
            sections: [ReportSection(rows: rows)])
    }
}
