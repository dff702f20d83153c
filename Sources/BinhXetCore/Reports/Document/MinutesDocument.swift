/// The Biên bản họp of the council: time and place, who chaired and who kept the minutes, members present
/// and absent (with reasons) — a property of the meeting — what was presented, the ballot result and the
/// conclusion per nomination, the closing time, and both signatures (THƯ KÝ left, CHỦ TRÌ right). A dossier
/// the one-stop desk refused at reception never reached the council and is said so, not counted as rejected.
enum MinutesDocument {
    static func build(_ nominations: [ReviewedNomination], list: AwardList, meeting: Meeting?, members: [CouncilMember],
                      year: Int, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let byLogin = Dictionary(uniqueKeysWithValues: members.map { ($0.login, $0) })
        func name(_ login: String?) -> String { login.flatMap { byLogin[$0]?.name } ?? "…………" }
        let refused = nominations.filter(\.refusedAtReception)
        let considered = nominations.filter { !$0.refusedAtReception && (list.tallies[$0.id] != nil || $0.lastOutcome != nil) }
        let chair = meeting?.chair ?? members.first { $0.role == .chair }?.login
        let secretary = meeting?.secretary ?? members.first { $0.role == .secretary }?.login
        var body: [DocumentBlock] = []
        if let m = meeting, let day = m.day {
            body.append(.text("Vào lúc \(m.startClock), \(DocumentText.longDate(day)), tại \(m.place), \(s.council) họp xét danh hiệu thi đua năm \(year)."))
        } else {
            body.append(.text("Vào lúc …… giờ …… phút, ngày …… tháng …… năm ……, tại ……………, \(s.council) họp xét danh hiệu thi đua năm \(year)."))
        }
        body.append(.text("I. THÀNH PHẦN", .heading))
        body.append(.labelled("Chủ trì: ", "\(name(chair)), \(byLogin[chair ?? ""]?.role.vietnamese ?? "Chủ tịch Hội đồng")."))
        body.append(.labelled("Thư ký: ", "\(name(secretary)), \(byLogin[secretary ?? ""]?.role.vietnamese ?? "Ủy viên thư ký")."))
        let absent = members.filter { meeting?.absent[$0.login] != nil }
        let present = members.filter { meeting?.absent[$0.login] == nil }
        if meeting != nil {
            body.append(.labelled("Thành viên có mặt: ", "\(DocumentText.count(present.count))/\(DocumentText.count(members.count)) thành viên: "
                + present.map { "\($0.name) (\($0.role.vietnamese))" }.joined(separator: "; ") + "."))
            body.append(.labelled("Vắng mặt: ", absent.isEmpty ? "không." : absent.map { m in
                let reason = meeting?.absent[m.login] ?? ""
                return "\(m.name)" + (reason.isEmpty ? " (không rõ lý do)" : " (lý do: \(reason))")
            }.joined(separator: "; ") + "."))
        } else {
            body.append(.labelled("Thành viên có mặt: ", "……/\(DocumentText.count(members.count)) thành viên (chưa ghi nhận cuộc họp)."))
        }
        body.append(.text("II. NỘI DUNG", .heading))
        body.append(.text("1. Thường trực Hội đồng (\(s[.department])) báo cáo tổng hợp hồ sơ đề nghị năm \(year): \(DocumentText.count(nominations.count)) hồ sơ, trong đó \(DocumentText.count(considered.count)) hồ sơ trình Hội đồng xét" + (refused.isEmpty ? "." : "; \(DocumentText.count(refused.count)) hồ sơ đã bị \(s[.oneStopOffice].lowercasedFirst) từ chối tiếp nhận, không trình Hội đồng: " + refused.map { "\($0.personName) (\($0.unitName)\($0.outcomeReason.map { ", lý do: \($0)" } ?? ""))" }.joined(separator: "; ") + ".")))
        body.append(.text("2. Hội đồng xem xét từng hồ sơ, kết quả kiểm tra trùng lặp sáng kiến và các điều kiện theo quy định; các thành viên phát biểu ý kiến."))
        if list.council {
            body.append(.text("3. Hội đồng \(c.rules.secretBallot ? "bỏ phiếu kín" : "biểu quyết công khai"); tỷ lệ cần đạt \(SubmissionDocument.thresholdPhrase(c.rules)). Kết quả:"))
        } else {
            body.append(.text("3. Bàn xét duyệt chưa có thành viên Hội đồng nên không có phiếu biểu quyết; kết luận theo kết quả đã ghi nhận:"))
        }
        let columns = [TableColumn.figure("STT", width: 5), TableColumn("Họ và tên", width: 20), TableColumn("Đơn vị", width: 20),
                       .figure("Danh hiệu", width: 9), .figure("Đồng ý", width: 7), .figure("Không đồng ý", width: 7),
                       .figure("Không biểu quyết", width: 7), .figure("Tỷ lệ đồng ý", width: 9), TableColumn("Kết luận", width: 16)]
        let header: [[HeaderCell]] = [[HeaderCell("STT", rows: 2), HeaderCell("Họ và tên", rows: 2), HeaderCell("Đơn vị", rows: 2),
                                       HeaderCell("Danh hiệu", rows: 2), HeaderCell("Số phiếu", columns: 3), HeaderCell("Tỷ lệ đồng ý", rows: 2),
                                       HeaderCell("Kết luận", rows: 2)],
                                      [HeaderCell("Đồng ý"), HeaderCell("Không đồng ý"), HeaderCell("Không biểu quyết")]]
        let rows = considered.enumerated().map { i, n -> TableRow in
            let t = list.tallies[n.id]
            return TableRow([String(i + 1), n.personName, n.unitName, ReportText.titleCode(n.title),
                             t.map { String($0.agree) } ?? "—", t.map { String($0.disagree) } ?? "—", t.map { String($0.abstain) } ?? "—",
                             t.map { DocumentText.percent($0.agree, of: $0.denominator) } ?? "—", conclusion(n, tally: t, council: list.council)])
        }
        body.append(.table(DocumentTable(columns: columns, header: header, rows: rows, compact: true)))
        body.append(.text("III. KẾT LUẬN", .heading))
        let supplement = considered.filter { $0.lastOutcome == .supplement }
        let rejected = considered.filter { $0.lastOutcome == .reject }
        var closingText = list.awarded.isEmpty ? "Hội đồng không đề nghị khen thưởng trường hợp nào" : "Hội đồng thống nhất đề nghị \(c.chairmanPhrase) tặng \(list.phrase)"
        closingText += "; không đề nghị: \(DocumentText.count(rejected.count + list.approvedWithoutBallot.count)) trường hợp; yêu cầu bổ sung, hoàn thiện: \(DocumentText.count(supplement.count)) hồ sơ."
        body.append(.text(closingText))
        if let m = meeting {
            body.append(.text("Cuộc họp kết thúc vào lúc \(m.endClock) cùng ngày. Biên bản đã được đọc lại và các thành viên dự họp thống nhất./."))
        } else {
            body.append(.text("Cuộc họp kết thúc vào lúc …… giờ …… phút cùng ngày. Biên bản đã được đọc lại và các thành viên dự họp thống nhất./."))
        }
        return OfficialDocument(
            header: c.councilHeader(number: c.councilNumber(.nextMinutesNumber, type: "BB")), typeName: "BIÊN BẢN",
            summary: ["Họp \(s.council) xét danh hiệu thi đua năm \(year)"], body: body,
            closing: DocumentClosing(left: SignatureBlock(title: "THƯ KÝ", name: chair == nil && secretary == nil ? "" : name(secretary)),
                                     right: SignatureBlock(title: "CHỦ TRÌ", name: name(chair))),
            sheet: DataSheet(columns: columns.map(\.name), rows: rows.map { $0.cells.map { $0.map(\.text).joined() } }))
    }

    /// Without a council (`council` false) there was no ballot: an approval is not a failed vote.
    static func conclusion(_ n: ReviewedNomination, tally: VoteTally?, council: Bool) -> String {
        switch n.lastOutcome {
        case .approve:
            if !council { return "Đề nghị khen thưởng (không bỏ phiếu)" }
            return tally?.passes == true ? "Đề nghị khen thưởng" : "Không đề nghị (phiếu không đạt)"
        case .reject: return "Không đề nghị"
        case .supplement: return "Yêu cầu bổ sung"
        case nil: return tally?.passes == true ? "Đạt tỷ lệ, chưa kết luận" : "Chưa kết luận"
        }
    }
}

/// The Biên bản kiểm phiếu of a secret ballot: ballots issued, returned, valid and invalid, and per
/// nomination the agree and disagree votes with their shares of the whole council, and the valid ballots marked
/// neither way ("Không biểu quyết", the minutes' word), so agree + disagree + abstain = valid on every row.
enum BallotCountDocument {
    static func build(_ nominations: [ReviewedNomination], list: AwardList, meeting: Meeting?, members: [CouncilMember],
                      year: Int, context c: DocumentContext) -> OfficialDocument {
        let s = c.settings
        let byLogin = Dictionary(uniqueKeysWithValues: members.map { ($0.login, $0) })
        let chair = meeting?.chair ?? members.first { $0.role == .chair }?.login
        let secretary = meeting?.secretary ?? members.first { $0.role == .secretary }?.login
        let issued = members.count - (meeting?.absent.count ?? 0)
        let counted = nominations.filter { !$0.refusedAtReception && list.tallies[$0.id] != nil }
        var body: [DocumentBlock] = []
        if let m = meeting, let day = m.day {
            body.append(.text("Vào lúc \(m.startClock), \(DocumentText.longDate(day)), tại \(m.place), tại cuộc họp \(s.council) xét danh hiệu thi đua năm \(year), tổ kiểm phiếu do \(byLogin[secretary ?? ""]?.name ?? "thư ký Hội đồng") làm tổ trưởng đã kiểm phiếu \(c.rules.secretBallot ? "bầu kín" : "biểu quyết")."))
        } else {
            body.append(.text("Vào lúc …… giờ …… phút, ngày …… tháng …… năm ……, tại ……………, tổ kiểm phiếu của \(s.council) đã kiểm phiếu xét danh hiệu thi đua năm \(year)."))
        }
        body.append(.text("Tổng số thành viên Hội đồng: \(DocumentText.count(members.count)); có mặt: \(DocumentText.count(issued)); số phiếu phát ra cho mỗi hồ sơ: \(DocumentText.count(issued)). Tỷ lệ trong bảng tính trên tổng số thành viên Hội đồng."))
        let columns = [TableColumn.figure("STT", width: 6), TableColumn("Họ và tên", width: 19), .figure("Phát ra", width: 6), .figure("Thu về", width: 6),
                       .figure("Hợp lệ", width: 6), .figure("Không hợp lệ", width: 8), .figure("Đồng ý: số", width: 7), .figure("Đồng ý: tỷ lệ", width: 8),
                       .figure("Không đồng ý: số", width: 7), .figure("Không đồng ý: tỷ lệ", width: 8), .figure("Không biểu quyết", width: 9)]
        let header: [[HeaderCell]] = [[HeaderCell("STT", rows: 2), HeaderCell("Họ và tên", rows: 2), HeaderCell("Số phiếu", columns: 4),
                                       HeaderCell("Đồng ý", columns: 2), HeaderCell("Không đồng ý", columns: 2), HeaderCell("Không biểu quyết", rows: 2)],
                                      [HeaderCell("Phát ra"), HeaderCell("Thu về"), HeaderCell("Hợp lệ"), HeaderCell("Không hợp lệ"),
                                       HeaderCell("Số phiếu"), HeaderCell("Tỷ lệ"), HeaderCell("Số phiếu"), HeaderCell("Tỷ lệ")]]
        let rows = counted.enumerated().map { i, n -> TableRow in
            let t = list.tallies[n.id]!
            let returned = t.agree + t.disagree + t.abstain
            // The desk records no spoilt ballot: an abstention is a valid ballot marked neither way.
            return TableRow([String(i + 1), n.personName, String(max(issued, returned)), String(returned), String(returned), "0",
                             String(t.agree), DocumentText.percent(t.agree, of: t.members), String(t.disagree), DocumentText.percent(t.disagree, of: t.members), String(t.abstain)])
        }
        body.append(.table(DocumentTable(columns: columns, header: header, rows: rows, compact: true)))
        body.append(.text("Tổ kiểm phiếu công bố kết quả trước Hội đồng; biên bản lập xong lúc \(meeting.map { $0.endClock } ?? "…… giờ …… phút") cùng ngày./."))
        return OfficialDocument(
            header: c.councilHeader(number: nil), typeName: "BIÊN BẢN KIỂM PHIẾU",
            summary: ["Xét danh hiệu thi đua năm \(year)"], body: body,
            closing: DocumentClosing(left: SignatureBlock(title: "TỔ TRƯỞNG TỔ KIỂM PHIẾU", name: byLogin[secretary ?? ""]?.name ?? ""),
                                     right: SignatureBlock(title: "CHỦ TRÌ", name: byLogin[chair ?? ""]?.name ?? "")),
            sheet: DataSheet(columns: columns.map(\.name), rows: rows.map { $0.cells.map { $0.map(\.text).joined() } }))
    }
}
