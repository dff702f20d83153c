/// The council's Thông báo to each unit of the results that concern it (NĐ 30/2020: a notice has no
/// "Kính gửi"; its addressees are in Nơi nhận): who is proposed for the award, who is not and why — the
/// council's reason, then each rule broken with its message and legal basis (a re-use names its source's
/// author, year and decisions) — and whose dossier must be completed or was refused at reception. One notice
/// per unit, each from a new page, in one file.
enum NoticesDocument {
    static func build(_ nominations: [ReviewedNomination], list: AwardList, flags: [String: [RuleFlag]], meeting: Meeting?,
                      year: Int, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let concerned = nominations.filter { $0.lastOutcome != nil || $0.refusedAtReception }
        let byUnit = Dictionary(grouping: concerned, by: \.unitName)
        let units = byUnit.keys.sorted { ReportText.unitKey($0) < ReportText.unitKey($1) }
        let awarded = Set(list.awarded.map(\.id))
        var sheet: [[String]] = []
        // Each unit's notice is a document of its own, so each has its own number: the sequence's next, then on
        // (eight notices all read "Số: 04/TB-HĐTĐKT").
        let notices = units.enumerated().map { index, unit -> OfficialDocument in
            let ns = byUnit[unit]!.sorted { ReportText.personKey($0.personName) < ReportText.personKey($1.personName) }
            let meetingText = meeting?.day.map { " " + DocumentText.longDate($0) } ?? ""
            var body: [DocumentBlock] = [
                .text("Căn cứ \(c.rules.id.emulationBasis(year: year).first!.dropFirst("Căn cứ ".count).dropLast()) và các văn bản hướng dẫn thi hành;", .basis),
                .text("Căn cứ kết quả họp \(s.council)\(meetingText);", .basis),
                .text("\(s.council) thông báo kết quả xét danh hiệu thi đua năm \(year) đối với các đề nghị của \(unit) như sau:"),
            ]
            let proposed = ns.filter { awarded.contains($0.id) }
            let refused = ns.filter { !awarded.contains($0.id) && !$0.refusedAtReception && $0.lastOutcome != .supplement }
            let supplement = ns.filter { $0.lastOutcome == .supplement }
            let atReception = ns.filter(\.refusedAtReception)
            var part = 0
            func heading(_ t: String) { part += 1; body.append(.text("\(part). \(t)", .heading)) }
            if !proposed.isEmpty {
                heading("Được Hội đồng đề nghị \(c.chairmanPhrase) khen thưởng: \(DocumentText.count(proposed.count)) cá nhân")
                for n in proposed {
                    body.append(.text("- \(n.personName), \(n.position): danh hiệu \(DocumentText.quoted(n.title));", .plain))
                    sheet.append([unit, n.personName, ReportText.title(n.title), "Đề nghị khen thưởng", ""])
                }
            }
            if !refused.isEmpty {
                heading("Không được khen thưởng: \(DocumentText.count(refused.count)) cá nhân")
                for n in refused {
                    var reasons: [String] = []
                    if let r = n.outcomeReason, !r.isEmpty { reasons.append(r.trimmingTrailingPeriod) }
                    if n.lastOutcome == .approve { reasons.append("kết quả bỏ phiếu không đạt tỷ lệ \(SubmissionDocument.thresholdPhrase(c.rules))") }
                    body.append(.text("- \(n.personName), \(n.position), đề nghị danh hiệu \(DocumentText.quoted(n.title)). Lý do: \(reasons.isEmpty ? "không đạt tỷ lệ phiếu đồng ý" : reasons.joined(separator: "; ")).", .plain))
                    for f in flags[n.id] ?? [] where f.severity == .violation {
                        body.append(.text("  + \(f.check.title): \(withoutIDs(f.messageAfterTitle, f.related).trimmingTrailingPeriod) (căn cứ: \(f.basis)).", .plain))
                    }
                    sheet.append([unit, n.personName, ReportText.title(n.title), "Không được khen thưởng",
                                  (reasons + (flags[n.id] ?? []).filter { $0.severity == .violation }.map(\.check.title)).joined(separator: "; ")])
                }
            }
            if !supplement.isEmpty {
                heading("Yêu cầu bổ sung, hoàn thiện hồ sơ: \(DocumentText.count(supplement.count)) hồ sơ")
                for n in supplement {
                    body.append(.text("- \(n.personName), \(n.position): \(n.outcomeReason?.trimmingTrailingPeriod ?? "hồ sơ chưa đầy đủ").", .plain))
                    sheet.append([unit, n.personName, ReportText.title(n.title), "Yêu cầu bổ sung", n.outcomeReason ?? ""])
                }
            }
            if !atReception.isEmpty {
                heading("Hồ sơ không được tiếp nhận (\(s[.oneStopOffice]) đã có phiếu từ chối): \(DocumentText.count(atReception.count)) hồ sơ")
                for n in atReception {
                    body.append(.text("- \(n.personName), \(n.position): \(n.outcomeReason?.trimmingTrailingPeriod ?? "").", .plain))
                    sheet.append([unit, n.personName, ReportText.title(n.title), "Không tiếp nhận", n.outcomeReason ?? ""])
                }
            }
            body.append(.text("Đề nghị \(unit) thông báo kết quả đến các cá nhân có liên quan" + (supplement.isEmpty ? "" : " và hoàn thiện hồ sơ theo yêu cầu") + "./."))
            return OfficialDocument(
                header: c.councilHeader(number: c.councilNumber(.nextNoticeNumber, type: "TB", offset: index)), typeName: "THÔNG BÁO",
                summary: ["Kết quả xét danh hiệu thi đua năm \(year) của \(unit)"], body: body,
                closing: DocumentClosing(recipients: [unit, "Thường trực \(s.council)", "Lưu: VT, HĐTĐKT"],
                                         right: SignatureBlock(authority: ["TM. HỘI ĐỒNG"], title: "CHỦ TỊCH", name: s[.chairmanName])))
        }
        guard var first = notices.first else {
            return OfficialDocument(header: c.councilHeader(number: nil), typeName: "THÔNG BÁO",
                                    summary: ["Kết quả xét danh hiệu thi đua năm \(year)"],
                                    body: [.text("Năm \(year) chưa có kết quả xét nào để thông báo.")],
                                    closing: DocumentClosing(right: SignatureBlock(authority: ["TM. HỘI ĐỒNG"], title: "CHỦ TỊCH", name: s[.chairmanName])))
        }
        first.following = Array(notices.dropFirst())
        first.sheet = DataSheet(columns: ["Đơn vị", "Họ và tên", "Danh hiệu đề nghị", "Kết quả", "Lý do"], rows: sheet)
        return first
    }

    /// A flag's message without the desk's internal IDs, which mean nothing to a unit: "(N2017-0001)",
    /// "(N2017-0001, Nguyễn Văn An)" → "(Nguyễn Văn An)".
    static func withoutIDs(_ message: String, _ ids: [String]) -> String {
        var m = message
        for id in ids where !id.isEmpty {
            m = m.replacingOccurrences(of: " (\(id))", with: "").replacingOccurrences(of: "(\(id))", with: "")
                .replacingOccurrences(of: "\(id), ", with: "").replacingOccurrences(of: ", \(id)", with: "").replacingOccurrences(of: id, with: "")
        }
        return m
    }
}
