/// The chairman's Quyết định tặng danh hiệu thi đua (NĐ 30/2020 Phụ lục I, individual decision): the law in
/// force for the year, the council's submission, Điều 1 the award with the list attached (grouped by unit,
/// no internal IDs), Điều 2 the prize money from the regime's coefficients and the base salary, Điều 3 who
/// carries it out; only nominations the council approved whose ballot passed.
enum DecisionDocument {
    static func build(_ list: AwardList, year: Int, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let number = c.decisionNumber
        let submission = c.councilNumber(.nextSubmissionNumber, type: "TTr")
        // The office's own Căn cứ when it set them (an instrument newer than this program, a corrected date).
        let basis = s.legalBasis ?? (c.rules.id.localGovernmentBasis(year: year) + c.rules.id.emulationBasis(year: year))
        var body: [DocumentBlock] = basis.map { .text($0, .basis) }
        body.append(.text("Xét đề nghị của Thường trực \(s.council) (\(s[.department])) tại Tờ trình số \(submission) \(DocumentText.longDate(c.day)).", .basis))
        body.append(.text("QUYẾT ĐỊNH:", .centredBold))
        if list.awarded.isEmpty {
            body.append(.article(1, "Không có cá nhân nào được Hội đồng thông qua để tặng danh hiệu thi đua năm \(year)."))
        } else {
            body.append(.article(1, "Tặng \(list.phrase) năm \(year), đã có thành tích xuất sắc trong phong trào thi đua yêu nước (có danh sách kèm theo)."))
        }
        body.append(.article(2, prizeText(list, context: c)))
        let finance = s[.financeOffice]
        body.append(.article(3, "Chánh Văn phòng \(s.committee), \(c.departmentHeadPhrase), Trưởng \(finance.lowercasedFirst), thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
        let annex = DocumentAnnex(
            heading: ["DANH SÁCH", "CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU THI ĐUA NĂM \(year)"],
            subheading: ["(Kèm theo Quyết định số \(number) \(DocumentText.longDate(c.day)) của \(c.chairmanPhrase))"],
            body: list.blocks())
        return OfficialDocument(
            header: c.committeeHeader(number: "\(number)"), typeName: "QUYẾT ĐỊNH",
            summary: ["Về việc tặng danh hiệu thi đua năm \(year)"], authority: c.chairmanPhrase,
            body: body,
            closing: DocumentClosing(recipients: ["Như Điều 3", "Thường trực \(s.council)", c.archiveLine], right: c.committeeSignature),
            annexes: list.awarded.isEmpty ? [] : [annex], sheet: list.sheet)
    }

    /// Điều 2: each title's coefficient times the base salary (rounded up to the thousand, as the decrees
    /// say), the total, and its source.
    static func prizeText(_ list: AwardList, context c: DocumentContext) -> String {
        let base = c.settings.baseSalary ?? BaseSalary.on(c.day)
        var parts: [String] = []
        var total = 0
        for t in list.titles {
            let (tenths, basis) = c.rules.id.prizeCoefficient(t)
            let each = (base * tenths / 10 + 999) / 1000 * 1000
            let n = list.people(t).count
            total += each * n
            parts.append("danh hiệu \(DocumentText.quoted(t)) được thưởng \(DocumentText.tenths(tenths)) lần mức lương cơ sở, \(DocumentText.money(each))/người (\(basis))")
        }
        guard !parts.isEmpty else { return "Không phát sinh tiền thưởng." }
        return "Mỗi cá nhân được tặng " + parts.joined(separator: "; ") + ". Mức lương cơ sở: \(DocumentText.money(base)). Tổng số tiền thưởng: \(DocumentText.money(total)), trích từ Quỹ thi đua, khen thưởng của \(c.settings.committee)."
    }
}

extension String {
    /// "Phòng Tài chính - Kế hoạch" → "phòng Tài chính - Kế hoạch", after "Trưởng".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
