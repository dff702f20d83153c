/// The one-stop desk's printed slips (TT 01/2018/TT-VPCP), filled from a dossier.
public enum OneStopSlip: String, Sendable, CaseIterable {
    /// Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
    case receipt
    /// Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
    case supplement
    /// Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.
    case refusal
    /// Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.
    case apology

    var form: String {
        switch self {
        case .receipt: return "Mẫu số 01"
        case .supplement: return "Mẫu số 02"
        case .refusal: return "Mẫu số 03"
        case .apology: return "Mẫu số 04"
        }
    }

    var title: String {
        switch self {
        case .receipt: return "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
        case .supplement: return "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
        case .refusal: return "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
        case .apology: return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
        }
    }
}

/// Why a slip cannot be printed yet.
public enum SlipError: Error, Equatable, Sendable, CustomStringConvertible {
    case nothingToPrint(nominationID: String, slip: OneStopSlip, needs: String)

    public var description: String {
        switch self {
        case .nothingToPrint(let id, let slip, let needs): return "no \(slip.rawValue) slip for \(id): \(needs)"
        }
    }
}

extension DeskStore {
    /// A slip for a dossier, from the events that call for it.
    public func slip(_ slip: OneStopSlip, for nominationID: String) throws -> ReportDocument {
        let rules = try rules(of: nominationID)
        let dossier = try dossier(of: nominationID)
        guard let detail = try detail(of: nominationID, viewer: "") else { throw OneStopError.unknownNomination(nominationID) }
        let n = detail.nomination
        let office = "Bộ phận Tiếp nhận và Trả kết quả – \(rules.issuingBody)"
        let request = "Đề nghị tặng danh hiệu \(ReportText.title(n.title)) năm \(n.year) cho \(detail.person.name) (\(n.position))"
        func latest(_ kind: String) -> DeskEvent? { detail.events.last { $0.kind == kind } }
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
            guard let e = latest("supplement_requested") else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "no supplement was requested (binhxet decide ID supplement --reason …)")
            }
            meta += ["Ngày yêu cầu: \(Dossier.day(of: e)?.vietnamese ?? "")"]
            paragraphs = ["Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau: \(e.payload["missing"] ?? e.payload["reason"] ?? "")",
                          "Lý do: hồ sơ chưa đầy đủ thành phần theo quy định. " + (rules.supplementClock == .restart
                              ? "Thời hạn giải quyết được tính lại từ ngày nhận đủ hồ sơ hợp lệ."
                              : "Thời hạn giải quyết được tính tiếp từ ngày nhận đủ hồ sơ bổ sung."),
                          "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, đề nghị liên hệ \(office) để được hướng dẫn."]
        case .refusal:
            guard let e = latest(OneStopStep.refuse.eventKind) else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "the dossier was not refused (binhxet advance ID refused --reason …)")
            }
            meta += ["Ngày từ chối: \(Dossier.day(of: e)?.vietnamese ?? "")"]
            paragraphs = ["Sau khi xem xét, \(office) không tiếp nhận, giải quyết hồ sơ này với lý do: \(e.payload["reason"] ?? "")",
                          "Xin thông báo để đơn vị biết và thực hiện."]
        case .apology:
            guard let e = latest(rescheduleEventKind) else {
                throw SlipError.nothingToPrint(nominationID: nominationID, slip: slip, needs: "no new date was set (binhxet reschedule ID --to DATE --reason …)")
            }
            meta += ["Ngày tiếp nhận: \(ReportText.date(dossier.receivedOn))", "Ngày hẹn trả kết quả: \(ReportText.date(dossier.firstDueOn))"]
            paragraphs = ["Tuy nhiên đến nay hồ sơ của đơn vị chưa giải quyết xong. Lý do: \(e.payload["reason"] ?? "")",
                          "Sự chậm trễ này đã gây phiền hà cho đơn vị. \(office) xin lỗi và hẹn lại ngày trả kết quả vào ngày \(ReportText.date(e.payload["on"] ?? "")).",
                          "Xin trân trọng cảm ơn sự hợp tác của đơn vị."]
        }
        return ReportDocument(letterhead: [slip.form + " (Thông tư 01/2018/TT-VPCP)"] + ReportText.letterhead(rules),
                              title: slip.title, meta: meta, paragraphs: paragraphs,
                              signatures: slip == .receipt ? ["NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"] : ["NGƯỜI LẬP PHIẾU"])
    }
}

extension DeskStore {
    /// A slip as a document: the form's number at the top right, the one-stop office under the committee.
    public func slipDocument(_ slip: OneStopSlip, for nominationID: String, on day: CalendarDay? = nil) throws -> OfficialDocument {
        let r = try self.slip(slip, for: nominationID)
        let rules = try rules(of: nominationID)
        let context = DocumentContext(settings: try documentSettings(rules: rules), rules: rules, day: try day ?? today())
        let header = DocumentHeader(parentBody: context.settings.committee, issuingBody: context.settings[.oneStopOffice],
                                    number: nil, place: context.settings.place, date: context.day)
        let signers = r.signatures.map { SignatureBlock(title: $0, note: "(Ký, ghi rõ họ tên)", name: "") }
        return OfficialDocument(header: header, formLabel: slip.form, typeName: slip.title,
                                body: r.meta.map { .text($0, .plain) } + r.paragraphs.map { .text($0, .body) },
                                closing: DocumentClosing(left: signers.count > 1 ? signers[0] : nil, right: signers.last))
    }
}
