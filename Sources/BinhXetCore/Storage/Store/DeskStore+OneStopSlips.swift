

// DeskStore reads and writes for OneStopSlip; its types and rules stay in Reports/OneStopSlip.swift (one home for storage, issue 14).

extension DeskStore {
    /// A slip for a dossier, from the events that call for it.
    public func slip(_ slip: OneStopSlip, for nominationID: String) throws -> ReportDocument {
        let rules = try rules(of: nominationID)
        let dossier = try dossier(of: nominationID)
        guard let detail = try detail(of: nominationID, viewer: "") else { throw OneStopError.unknownNomination(nominationID) }
        let n = detail.nomination
        // The office as running text names it: the one-stop desk of the committee the header names, in normal case.
        let settings = try documentSettings(rules: rules)
        let office = "\(settings[.oneStopOffice]) – \(settings.committee)"
        let request = "Đề nghị tặng danh hiệu \(ReportText.title(n.title)) năm \(n.year) cho \(detail.person.name) (\(n.position))"
        func latest(_ kind: DeskEvent.Kind) -> DeskEvent? { detail.events.last { $0.kind == kind } }
        // A reason typed at the desk ends the sentence it is put in with one full stop, whether or not it had one.
        func sentence(_ reason: String?) -> String {
            let r = (reason ?? "").trimmingCharacters(in: .whitespaces)
            return r.isEmpty ? "……………………………………" : r.trimmingTrailingPeriod + "."
        }
        var meta = ["Mã hồ sơ: \(dossier.code)", "Đơn vị nộp hồ sơ: \(detail.unit.name)", "Nội dung yêu cầu giải quyết: \(request)"]
        var paragraphs: [String] = []
        switch slip {
        case .receipt:
            var parts = ["Tờ trình, văn bản đề nghị kèm danh sách", "Báo cáo thành tích", "Biên bản họp xét thi đua của đơn vị"]
            if n.title == .cstdcs { parts.append("Báo cáo sáng kiến và quyết định công nhận: \(detail.initiative?.title ?? "—")") }
            meta += ["Thành phần hồ sơ: " + parts.joined(separator: "; "), "Số lượng hồ sơ: 01 bộ",
                     "Thời gian giải quyết: \(dossier.workingDays) ngày làm việc",
                     "Thời gian nhận hồ sơ: ngày \(ReportText.date(dossier.receivedOn))",
                     "Thời gian trả kết quả: ngày \(ReportText.date(dossier.firstDueOn))"]
            paragraphs = ["\(office) đã tiếp nhận hồ sơ nêu trên. Vào Sổ theo dõi hồ sơ, mã hồ sơ \(dossier.code)."]
        case .supplement:
            guard let e = latest(.supplementRequested) else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "no supplement was requested (binhxet decide ID supplement --reason …)")
            }
            meta += ["Ngày yêu cầu: \(Dossier.day(of: e)?.vietnamese ?? "")"]
            paragraphs = ["Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau: " + sentence(try e.details(EventPayload.Decision.self).missing ?? e.details(EventPayload.Decision.self).reason),
                          "Lý do: hồ sơ chưa đầy đủ thành phần theo quy định. " + (rules.supplementClock == .restart
                              ? "Thời hạn giải quyết được tính lại từ ngày nhận đủ hồ sơ hợp lệ."
                              : "Thời hạn giải quyết được tính tiếp từ ngày nhận đủ hồ sơ bổ sung."),
                          "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, đề nghị liên hệ \(office) để được hướng dẫn."]
        case .refusal:
            guard let e = latest(OneStopStep.refuse.eventKind) else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "the dossier was not refused (binhxet advance ID refused --reason …)")
            }
            meta += ["Ngày từ chối: \(Dossier.day(of: e)?.vietnamese ?? "")"]
            paragraphs = ["Sau khi xem xét, \(office) không tiếp nhận, giải quyết hồ sơ này với lý do: " + sentence(try e.details(EventPayload.Step.self).reason),
                          "Xin thông báo để đơn vị biết và thực hiện."]
        case .apology:
            guard let e = latest(DeskEvent.Kind.rescheduled) else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "no new date was set (binhxet reschedule ID --to DATE --reason …)")
            }
            meta += ["Ngày tiếp nhận: \(ReportText.date(dossier.receivedOn))", "Ngày hẹn trả kết quả: \(ReportText.date(try missedAppointment(e, of: nominationID)))"]
            paragraphs = ["Tuy nhiên đến nay hồ sơ của đơn vị chưa giải quyết xong. Lý do: " + sentence(try e.details(EventPayload.Step.self).reason),
                          // Mẫu 04 is the apology of the agency that caused the delay: the office running the council.
                          "Sự chậm trễ này đã gây phiền hà cho đơn vị. \(settings[.department]) xin lỗi và hẹn lại ngày trả kết quả vào ngày \(ReportText.date(try e.details(EventPayload.Step.self).on ?? "")).",
                          "Xin trân trọng cảm ơn sự hợp tác của đơn vị."]
        }
        return ReportDocument(letterhead: [slip.form + " (Thông tư 01/2018/TT-VPCP)"] + ReportText.letterhead(rules),
                              title: slip.title, meta: meta, paragraphs: paragraphs,
                              signatures: slip == .receipt ? ["NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"] : ["NGƯỜI LẬP PHIẾU"])
    }
}

extension DeskStore {
    /// The appointment a new date replaced: the due date as the dossier stood before `rescheduling`
    /// (after a supplement or an earlier new date, not the one given at receipt).
    func missedAppointment(_ rescheduling: DeskEvent, of nominationID: String) throws -> String {
        let rules = try rules(of: nominationID)
        let calendar = try workingCalendar()
        return try read { db in
            let d = try Self.dossier(of: nominationID, rules: rules, calendar: calendar, before: rescheduling.id, db)
            return d.dueOn ?? d.firstDueOn
        }
    }

    /// A slip as a document, with the numbered items of its form (TT 01/2018/TT-VPCP): the receipt's date
    /// *and* hour and the papers recorded at reception; Mẫu 02 and 03 from the one-stop office; Mẫu 04 from
    /// the agency that caused the delay (the office running the council), signed by its head. It is dated
    /// the day of the act it records (`OneStopSlip.day`), whenever it is printed.
    public func slipDocument(_ slip: OneStopSlip, for nominationID: String) throws -> OfficialDocument {
        let r = try self.slip(slip, for: nominationID)   // checks the slip is due and gives the facts' wording
        let rules = try rules(of: nominationID)
        let dossier = try dossier(of: nominationID)
        guard let detail = try detail(of: nominationID, viewer: "") else { throw OneStopError.unknownNomination(nominationID) }
        let day = try slip.day(receivedOn: dossier.receivedOn, events: detail.events) ?? today()
        let c = DocumentContext(settings: try documentSettings(rules: rules), rules: rules, day: day)
        let s = c.settings
        let n = detail.nomination
        let office = s[.oneStopOffice]
        let request = "Đề nghị tặng danh hiệu \(ReportText.title(n.title)) năm \(n.year) cho \(detail.person.name) (\(n.position))"
        func when(_ time: String?, _ iso: String) -> String {
            let t = time.map { Meeting.clock($0) } ?? "…… giờ …… phút"
            return CalendarDay(iso).map { "\(t), \(DocumentText.longDate($0))" } ?? "\(t), ngày \(iso)"
        }
        var body: [DocumentBlock] = [.labelled("Mã hồ sơ: ", dossier.code, .plain)]
        var header = DocumentHeader(parentBody: s.committee, issuingBody: office, number: nil, place: s.place, date: c.day)
        var closing: DocumentClosing
        let clerk = SignatureBlock(title: "Người lập phiếu", note: "(Ký và ghi rõ họ tên)", name: "")
        switch slip {
        case .receipt:
            let reception = try reception(of: nominationID)
            body += [
                .text("\(office) tiếp nhận hồ sơ của:", .plain),
                .text("Ông/Bà: \(reception?.submitter ?? "……………………………………") — đại diện \(detail.unit.name)", .plain),
                .text("Nội dung yêu cầu giải quyết: \(request)", .plain),
                .text("1. Thành phần hồ sơ nộp gồm:", .plain),
            ]
            if let papers = reception?.papers {
                body += papers.enumerated().map { .text("\($0 + 1)) \($1);", .plain) }
            } else {
                var held = ["Báo cáo sáng kiến: \(detail.initiative?.title ?? "—")" + (detail.initiative.map { " (tệp \($0.document.originalName))" } ?? "")]
                if detail.initiative == nil { held = [] }
                body += held.map { .text("- \($0);", .plain) }
                body.append(.text("- ……………………………………………………………………", .plain))
            }
            body += [
                .text("2. Số lượng hồ sơ: 01 (bộ).", .plain),
                .text("3. Thời gian giải quyết hồ sơ theo quy định là: \(dossier.workingDays) ngày làm việc.", .plain),
                .text("4. Thời gian nhận hồ sơ: \(when(reception?.time, dossier.receivedOn)).", .plain),
                .text("5. Thời gian trả kết quả giải quyết hồ sơ: \(when(reception?.time, dossier.firstDueOn)).", .plain),
                .text("6. Đăng ký nhận kết quả tại: \(office).", .plain),
                .text("Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: \(dossier.code.split(separator: "-").last.map(String.init) ?? "……").", .plain),
            ]
            // Signed by whoever recorded the reception (as the council names them), not whoever imported the
            // list; with no reception recorded the line is left to be signed by hand.
            let received = detail.events.last { $0.kind == .receptionRecorded }
            let receiver = try received.flatMap { try member($0.actor)?.name } ?? ""
            closing = DocumentClosing(left: SignatureBlock(title: "Người nộp hồ sơ", note: "(Ký và ghi rõ họ tên)", name: reception?.submitter.map { String($0.split(separator: ",")[0]) } ?? ""),
                                      right: SignatureBlock(title: "Người tiếp nhận hồ sơ", note: "(Ký và ghi rõ họ tên)", name: receiver))
        case .supplement, .refusal:
            body.append(.text("Kính gửi: \(detail.unit.name).", .plain))
            body.append(.text("Nội dung yêu cầu giải quyết: \(request)", .plain))
            body += r.meta.dropFirst(3).map { .text($0, .plain) }
            body += r.paragraphs.map { .text($0, .body) }
            closing = DocumentClosing(right: clerk)
        case .apology:
            // Mẫu 04 comes from the agency that caused the delay: the office running the council, signed by its head.
            header = c.departmentHeader(number: nil)
            body.append(.text("Kính gửi: \(detail.unit.name).", .plain))
            let missed = try detail.events.last { $0.kind == .rescheduled }.map { try missedAppointment($0, of: nominationID) } ?? dossier.firstDueOn
            body.append(.text("Ngày \(ReportText.date(dossier.receivedOn)), \(office) tiếp nhận hồ sơ đề nghị giải quyết thủ tục: \(request); mã hồ sơ \(dossier.code); thời gian hẹn trả kết quả: ngày \(ReportText.date(missed)).", .body))
            body += r.paragraphs.map { .text($0, .body) }
            closing = DocumentClosing(right: SignatureBlock(title: c.departmentHeadPhrase, note: "(Ký, ghi rõ họ tên và đóng dấu)", name: s[.departmentHeadName]))
        }
        return OfficialDocument(header: header, formLabel: slip.form, typeName: slip.title, body: body, closing: closing)
    }
}
