import Foundation

/// An event of the log as a reader reads it: one worded sentence made from the kind's typed payload
/// (`DeskEvent.Kind.payloadType`), in the reader's language. The history of `binhxet show` and of the
/// nomination page print it after the time and the member, so no stored key (`on_note`, `reason_code`)
/// and no code (`agree`, `co_so`, ISO dates) reaches a reader. A payload that does not decode as its
/// kind's type (an event of an older desk) is said with the kind's words alone, never as key=value.
extension Vocabulary {

    /// A stored ISO day (or date-time) as people write it: dd/mm/yyyy in both languages.
    public func day(_ iso: String) -> String { CalendarDay(String(iso.prefix(10)))?.vietnamese ?? iso }

    /// The words of an initiative recognition's scope code (`co_so`, `cap_tinh`, `toan_quoc`).
    public func recognitionScope(_ code: String) -> String {
        switch code {
        case "co_so": return word("cơ sở", "unit (cơ sở)")
        case "cap_tinh": return word("cấp tỉnh, bộ, ngành", "province or ministry")
        case "toan_quoc": return word("toàn quốc", "national")
        default: return code
        }
    }

    /// A dismissal reason, as the history and the dialog say it.
    public func dismissalReason(_ r: DismissalReason) -> String {
        switch r {
        case .coAuthored: return word("sáng kiến đồng tác giả", "co-authored initiative")
        case .citedSource: return word("có trích dẫn nguồn", "the source is cited")
        case .templateText: return word("phần văn bản theo mẫu", "template text")
        case .falseMatch: return word("trùng nhầm", "false match")
        }
    }

    /// A heaviest discipline of the year.
    public func discipline(_ d: DisciplineLevel) -> String {
        guard language == .en else { return d.vietnamese }
        switch d {
        case .none: return "none"
        case .reprimand: return "reprimand"
        case .warning: return "warning"
        case .demotion: return "salary step down / demotion"
        case .dismissal: return "removal from post / dismissal"
        }
    }

    /// What grounds a CSTĐCS.
    public func ground(_ g: CSTDCSGround) -> String {
        guard language == .en else { return g.vietnamese }
        switch g {
        case .initiative: return "an initiative recognised by the unit"
        case .researchTopic: return "a research topic accepted and applied"
        case .combatIngenuity: return "ingenuity in combat"
        }
    }

    /// An archive outcome.
    public func archiveOutcome(_ o: ArchiveOutcome) -> String {
        guard language == .en else { return o.vietnamese }
        switch o {
        case .awarded: return "awarded"
        case .notAwarded: return "not awarded"
        case .withdrawn: return "withdrawn by the unit"
        }
    }

    /// The event as one sentence, ending with a full stop.
    public func eventSentence(_ e: DeskEvent) -> String {
        let said = (try? worded(e)) ?? capitalised(eventKind(e.kind))
        return said.hasSuffix(".") || said.hasSuffix("?") ? said : said + "."
    }

    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// "ngày 12/05/2018", with the note when the day is the desk's as-of date rather than the clock's.
    private func onDay(_ on: String?, note: String?) -> String? {
        guard let on else { return nil }
        return word("ngày ", "on ") + day(on) + (note == nil ? "" : word(" (ngày xét đã chọn, không theo đồng hồ)",
                                                                      " (the desk's as-of date, not the clock)"))
    }

    private func fileRow(_ file: String?, _ row: String?) -> String? {
        guard let file else { return nil }
        return word("từ tệp \(file)", "from \(file)") + (row.map { word(", dòng \($0)", ", row \($0)") } ?? "")
    }

    private func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    private func yesNo(_ v: String?) -> String? { v.map { $0 == "yes" ? word("có", "yes") : word("không", "no") } }

    /// Clauses joined the way a sentence reads: the first leads, the others follow after ";".
    private func sentence(_ head: String, _ parts: [String?]) -> String {
        let rest = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return rest.isEmpty ? head : head + (head.hasSuffix(":") ? " " : ", ") + rest.joined(separator: "; ")
    }

    private func worded(_ e: DeskEvent) throws -> String {
        switch e.kind {
        case .received:
            let p = try e.details(EventPayload.Received.self)
            // The event's time is when the file was imported, not the day the dossier was received: say so.
            return word("Nhập hồ sơ", "Imported") + (fileRow(p.file, p.row).map { " " + $0 } ?? "")
        case .appraising, .atCouncil, .supplemented, .returned, .refused:
            let p = try e.details(EventPayload.Step.self)
            let head: String
            switch e.kind {
            case .appraising: head = word("Bắt đầu thẩm định hồ sơ", "Appraisal started")
            case .atCouncil: head = word("Trình Hội đồng", "Put before the council")
            case .supplemented: head = word("Đơn vị đã nộp bổ sung", "The unit handed in the supplement")
            case .returned: head = word("Trả kết quả", "Result returned")
            default: head = word("Từ chối tiếp nhận giải quyết hồ sơ", "Dossier refused")
            }
            return sentence(head, [onDay(p.on, note: p.onNote), p.reason.map { word("lý do: ", "reason: ") + $0 }])
        case .rescheduled:
            let p = try e.details(EventPayload.Step.self)
            return sentence(word("Hẹn lại ngày trả kết quả", "New appointment date"),
                            [p.on.map { word("ngày hẹn mới ", "now ") + day($0) }, p.reason.map { word("lý do chậm: ", "reason for the delay: ") + $0 }])
        case .receptionRecorded:
            let p = try e.details(EventPayload.Reception.self)
            let papers = p.papers.split(separator: "\n").map(String.init).joined(separator: "; ")
            return sentence(word("Ghi giờ tiếp nhận \(p.time)", "Receipt recorded at \(p.time)"),
                            [papers.isEmpty ? nil : word("giấy tờ đã nhận: ", "papers received: ") + papers,
                             p.submitter.map { word("người nộp: ", "handed in by: ") + $0 }])
        case .approved, .rejected, .supplementRequested:
            let p = try e.details(EventPayload.Decision.self)
            let head: String
            switch e.kind {
            case .approved: head = word("Thông qua", "Approved")
            case .rejected: head = word("Không đạt", "Rejected")
            default: head = word("Yêu cầu bổ sung", "Supplement requested")
            }
            let reason = e.reason(in: self).map { word("lý do: ", "reason: ") + $0 }
            let revises = p.revises.flatMap(DeskEvent.Kind.init(rawValue:)).map { word("thay cho quyết định ", "replacing the outcome ") + "“\(eventKind($0))”" }
            return sentence(head, [reason, p.missing.map { word("cần bổ sung: ", "missing: ") + $0 },
                                   p.override.map { word("ghi khác kết quả biểu quyết, lý do: ", "against the council's vote, because: ") + $0 },
                                   revises, p.revision.map { word("lý do sửa: ", "reason for the revision: ") + $0 },
                                   onDay(p.on, note: p.onNote)])
        case .criticised:
            let p = try e.details(EventPayload.Criticism.self)
            return sentence(word("Phê bình lãnh đạo đơn vị:", "Unit's leadership criticised:"), ["“\(p.text)”", onDay(p.on, note: p.onNote)])
        case .vote:
            let p = try e.details(EventPayload.Vote.self)
            if p.vote == BallotSecrecy.hidden { return word("Bỏ phiếu kín (không hiện lựa chọn)", "Secret ballot cast (choice not shown)") }
            guard let c = VoteChoice(rawValue: p.vote) else { return word("Biểu quyết", "Vote") }
            return word("Biểu quyết: ", "Vote: ") + voteChoice(c)
        case .ballotCast:
            return word("Đã bỏ phiếu kín", "Secret ballot cast")
        case .memberAdded, .memberChanged, .memberRemoved:
            let p = try e.details(EventPayload.Member.self)
            let who = (p.name.map { "\($0) " } ?? "") + word("(tài khoản \(p.login))", "(login \(p.login))")
            let role = p.role.flatMap(CouncilRole.init(rawValue:)).map(self.role)
            switch e.kind {
            case .memberAdded: return sentence(word("Thêm thành viên Hội đồng: ", "Council member added: ") + who, [role])
            case .memberChanged: return sentence(word("Sửa thông tin thành viên Hội đồng: ", "Council member changed: ") + who, [role])
            default: return word("Thành viên \(who) thôi tham gia Hội đồng", "\(who) left the council")
            }
        case .meetingRecorded:
            let p = try e.details(EventPayload.Meeting.self)
            let absent = (try? JSONDecoder().decode([String: String].self, from: Data(p.absent.utf8))) ?? [:]
            let absentText = absent.sorted { $0.key < $1.key }.map { $0.value.isEmpty ? $0.key : "\($0.key) (\($0.value))" }.joined(separator: ", ")
            let time = String(p.startsAt.dropFirst(11))
            return sentence(word("Ghi cuộc họp Hội đồng năm \(p.year):", "Council meeting of \(p.year) recorded:"),
                            [word("ngày \(day(p.startsAt)), từ \(time) đến \(p.endsAt), tại \(p.place)",
                               "\(day(p.startsAt)), \(time) to \(p.endsAt), at \(p.place)"),
                             word("chủ trì: \(p.chair)", "chair: \(p.chair)"), word("thư ký: \(p.secretary)", "secretary: \(p.secretary)"),
                             absentText.isEmpty ? nil : word("vắng: ", "absent: ") + absentText])
        case .findingDismissed:
            let p = try e.details(EventPayload.Dismissal.self)
            return sentence(word("Bỏ qua cảnh báo trùng với hồ sơ \(p.source)", "Finding against \(p.source) dismissed"),
                            [p.reason.flatMap(DismissalReason.init(rawValue:)).map { word("lý do: ", "reason: ") + dismissalReason($0) },
                             p.note.map { word("ghi chú: ", "note: ") + $0 }])
        case .findingRestored:
            let p = try e.details(EventPayload.Dismissal.self)
            return word("Tính lại cảnh báo trùng với hồ sơ \(p.source)", "Finding against \(p.source) counted again")
        case .eligibilityNoted:
            let p = try e.details(EventPayload.Eligibility.self)
            return sentence(word("Ghi nhận kết quả thẩm định:", "Appraisal facts noted:"), [
                yesNo(p.ldtt).map { word("đạt Lao động tiên tiến: ", "holds LĐTT: ") + $0 },
                yesNo(p.cstt).map { word("đạt Chiến sĩ tiên tiến: ", "holds CSTT: ") + $0 },
                yesNo(p.initiativeRecognised).map { word("sáng kiến được công nhận: ", "initiative recognised: ") + $0 },
                p.serviceMonths.map { word("thời gian công tác: \($0) tháng", "service: \($0) months") },
                p.discipline.flatMap(DisciplineLevel.init(rawValue:)).map { word("hình thức kỷ luật: ", "discipline: ") + discipline($0) },
                p.ground.flatMap(CSTDCSGround.init(rawValue:)).map { word("căn cứ xét CSTĐCS: ", "CSTĐCS grounded on: ") + ground($0) },
            ])
        case .ldttHoldersDeclared:
            let p = try e.details(EventPayload.LDTTHolders.self)
            return word("Khai số người đạt Lao động tiên tiến năm \(p.year): \(p.count) người", "\(p.count) LĐTT holders declared for \(p.year)")
        case .outcomeImported:
            let p = try e.details(EventPayload.Outcome.self)
            let outcome = ArchiveOutcome(rawValue: p.outcome).map(archiveOutcome) ?? p.outcome
            let decision = p.decisionNo.map { word("Quyết định số \($0)", "decision \($0)") + (p.decisionDate.map { word(" ngày ", " of ") + day($0) } ?? "") }
            return sentence(word("Nhập kết quả năm trước: ", "Earlier outcome imported: ") + outcome, [decision, fileRow(p.file, p.row)])
        case .initiativeRecognised, .initiativeNotRecognised:
            let p = try e.details(EventPayload.Recognition.self)
            let head = e.kind == .initiativeRecognised ? word("Sáng kiến được công nhận", "Initiative recognised")
                                                       : word("Sáng kiến không được công nhận", "Initiative not recognised")
            return sentence(head, [p.number.map { word("Quyết định số \($0)", "decision \($0)") + (p.date.map { word(" ngày ", " of ") + day($0) } ?? "") },
                                   p.by.map { word("người ký: ", "signed by: ") + $0 },
                                   p.scope.map { word("phạm vi: ", "scope: ") + recognitionScope($0) }, fileRow(p.file, p.row)])
        case .registrationsImported:
            let p = try e.details(EventPayload.RegistrationsImported.self)
            return word("Nhập danh sách đăng ký thi đua từ tệp \(p.file): thêm \(p.added) đăng ký",
                     "Registrations imported from \(p.file): \(p.added) added")
        case .registrationLinked:
            let p = try e.details(EventPayload.RegistrationLinked.self)
            return word("Đã đăng ký thi đua ngày \(day(p.registeredOn)), đề tài: “\(p.registeredTitle)”",
                     "Registered on \(day(p.registeredOn)), topic: “\(p.registeredTitle)”")
        case .yearOpened:
            let p = try e.details(EventPayload.YearOpened.self)
            return word("Mở năm \(p.year) để xét", "Year \(p.year) opened for review")
                + (p.asOf.map { word(", xét như vào ngày ", ", as of ") + day($0) } ?? "")
        case .integrityRestored:
            let p = try e.details(EventPayload.IntegrityRestored.self)
            return sentence(word("Khôi phục ràng buộc toàn vẹn của dữ liệu", "Integrity triggers restored"),
                            [p.missing.flatMap(nonEmpty).map { word("bị thiếu: ", "missing: ") + $0 },
                             p.altered.flatMap(nonEmpty).map { word("bị sửa: ", "altered: ") + $0 }])
        }
    }
}
