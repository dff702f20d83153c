import BinhXetCore

extension VietnameseStrings {
    // MARK: Papers
    public func documentsTitle(year: Int, nominationID: String?) -> String {
        nominationID.map { "Văn bản của hồ sơ \($0)" } ?? "Văn bản năm \(year)"
    }
    public func documentsPrompt(nomination: Bool) -> String {
        (nomination ? "Chọn văn bản của hồ sơ" : "Chọn văn bản của năm")
            + " và định dạng rồi Enter: văn bản được lập theo số liệu hiện có, đặt tên tệp và lưu vào thư mục văn bản, không ghi đè tệp đã có."
    }
    public func paperName(_ p: IssuableDocument) -> String {
        switch p {
        case .report(let kind, let subject):
            switch kind {
            case .decision: return "Quyết định tặng danh hiệu (kèm danh sách)"
            case .submission: return "Tờ trình đề nghị khen thưởng"
            case .minutes: return "Biên bản họp Hội đồng"
            case .ballotCount: return "Biên bản kiểm phiếu"
            case .notices: return "Thông báo kết quả xét cho các đơn vị"
            case .criticisms: return "Sổ theo dõi phê bình"
            case .stats: return "Báo cáo thống kê khen thưởng"
            case .overdue: return "Danh sách hồ sơ quá hạn"
            case .flags: return "Danh sách cảnh báo trùng lặp"
            case .similarity: return "Kết quả kiểm tra trùng lặp"
            case .criticismLetter: return "Công văn phê bình" + (subject.map { " — \($0)" } ?? "")
            }
        case .slip(let slip, _):
            switch slip {
            case .receipt: return "Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
            case .supplement: return "Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
            case .refusal: return "Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ"
            case .apology: return "Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả"
            }
        }
    }
    public var documentFormatLabel: String { "Định dạng" }
    public func documentFormat(_ f: DocumentFormat) -> String {
        switch f {
        case .docx: return "DOCX (Word, để sửa và ký)"
        case .html: return "HTML (để in)"
        case .md: return "Markdown"
        case .csv: return "CSV"
        }
    }
    public var documentsKeys: String { "↑/↓: chọn văn bản · ←/→: định dạng · Enter: lập và lưu · Esc: đóng" }
    public var documentWorking: String { "Đang lập văn bản…" }
    public func documentSavedLabel(count: Int) -> String { "Đã lưu \(count) tệp; tệp mới nhất:" }
    public func documentSaved(_ p: IssuableDocument, path: String) -> String { "Đã lưu \(paperName(p)): \(path)" }
    public func documentFailed(_ p: IssuableDocument, _ f: DocumentFailure) -> String {
        switch f {
        case .refused(.notAMember(let login)): return "“\(login)” không phải thành viên Hội đồng: không lập văn bản."
        case .refused(.notAllowed(_, let role)):
            return "Vai trò \(self.role(role)) không được lập văn bản của Hội đồng."
        case .refused(.other(let why)): return "Không lập được văn bản: \(why)."
        case .refused: return "Không lập được văn bản."
        case .issue(.cannotWrite(let folder, let reason)): return "Không lưu được vào \(folder): \(reason)."
        case .issue(.noFreeName(let folder, let name)): return "Thư mục \(folder) đã có \(name) và các bản đánh số đến 999: không lưu."
        case .issue(.nothingToWrite(let format)): return "Văn bản này không có dạng \(format.rawValue.uppercased())."
        case .issue(.linkedFolder(let folder)): return "\(folder) là liên kết tới thư mục khác: văn bản chỉ lưu vào thư mục thật (hãy xoá liên kết)."
        case .slipNotDue(.receipt): return "Chưa lập được Mẫu 01 cho hồ sơ này."
        case .slipNotDue(.supplement): return "Hồ sơ chưa có yêu cầu bổ sung: chưa lập được Mẫu 02."
        case .slipNotDue(.refusal): return "Hồ sơ không bị từ chối tiếp nhận: không lập Mẫu 03."
        case .slipNotDue(.apology): return "Hồ sơ chưa được hẹn lại ngày trả kết quả: chưa lập được Mẫu 04."
        case .noCriticism(let unit): return "Chưa ghi phê bình nào đối với \(unit)."
        case .other(let why): return "Không lập được \(paperName(p)): \(why)"
        }
    }
    public func mayNotIssueDocuments(role: String?, allowed: [String]) -> String {
        "Vai trò \(role ?? "của bạn") không được lập văn bản của Hội đồng; chỉ \(allowed.joined(separator: ", ")) được lập."
    }
    public var documentsWhere: String { "Dùng ở hàng đợi, tổng hợp năm hoặc trang hồ sơ." }

    // MARK: The council's meeting
    public func meetingTitle(year: Int) -> String { "Cuộc họp Hội đồng năm \(year)" }
    public func meetingPrompt(replacing: Bool) -> String {
        "Thời gian, địa điểm và thành phần cuộc họp xét khen thưởng, để ghi vào biên bản họp."
            + (replacing ? " Năm này đã ghi một cuộc họp: ghi lại sẽ thay bản trước (bản trước vẫn lưu trong nhật ký)." : "")
    }
    public func meetingField(_ f: MeetingDialog.Field) -> String {
        switch f {
        case .day: return "Ngày họp"
        case .start: return "Bắt đầu"
        case .end: return "Kết thúc"
        case .place: return "Địa điểm"
        case .chair: return "Chủ trì"
        case .secretary: return "Thư ký"
        case .member: return "Thành viên"
        }
    }
    public func meetingMembersLabel(present: Int, of total: Int) -> String {
        "Thành viên có mặt \(present)/\(total) (Space: có mặt/vắng; gõ lý do vắng):"
    }
    public var meetingPresentWord: String { "có mặt" }
    public var meetingAbsentWord: String { "vắng" }
    public var meetingKeys: String { "Tab/↓: ô sau · ←/→: chọn người · Space: vắng/có mặt · Enter: tiếp · Esc: thôi" }
    public func meetingProblem(_ p: MeetingDialog.Problem) -> String {
        switch p {
        case .badDay(let d): return "Ngày họp «\(d)» không phải ngày có thật; viết ngày/tháng/năm (ví dụ 28/05/2018)."
        case .core(let e, _): return meetingErrorText(e)
        }
    }
    func meetingErrorText(_ e: MeetingError) -> String {
        switch e {
        case .badTime(let t):
            let time = t.count > 11 && t.dropFirst(10).first == "T" ? String(t.dropFirst(11)) : t
            return "Giờ «\(time)» không đúng; viết giờ:phút, ví dụ 08:00."
        case .endsBeforeStart(let s, let e): return "Giờ kết thúc \(e) phải sau giờ bắt đầu \(s)."
        case .noPlace: return "Ghi địa điểm họp."
        case .notAMember(let l): return "“\(l)” không phải thành viên đương nhiệm của Hội đồng."
        case .nothingRecorded(let y): return "Chưa ghi cuộc họp năm \(y)."
        case .absentButVoted(_, let l, _, let n): return "\(l) đã bỏ phiếu cho \(n) hồ sơ nên không thể ghi vắng mặt."
        }
    }
    public func meetingSummary(_ m: Meeting, names: [String: String]) -> String {
        let absent = m.absent.keys.sorted().map { l in (names[l] ?? l) + (m.absent[l]!.isEmpty ? "" : " (\(m.absent[l]!))") }
        return "Ngày \(m.day?.vietnamese ?? m.startsAt), từ \(m.startTime) đến \(m.endsAt), tại \(m.place); chủ trì: \(names[m.chair] ?? m.chair); "
            + "thư ký: \(names[m.secretary] ?? m.secretary); " + (absent.isEmpty ? "có mặt đủ." : "vắng: \(absent.joined(separator: ", ")).")
    }
    public func meetingConfirm(year: Int, replacing: Bool) -> String {
        replacing ? "Ghi lại cuộc họp năm \(year), thay bản đã ghi?" : "Ghi cuộc họp này vào hồ sơ năm \(year)?"
    }
    public func meetingRecorded(_ m: Meeting) -> String {
        "Đã ghi cuộc họp Hội đồng năm \(m.year): \(m.day?.vietnamese ?? "") \(m.startTime)–\(m.endsAt), \(m.place)."
    }
    public func meetingRefused(_ e: MeetingError) -> [String] { [meetingErrorText(e), "Chưa ghi gì."] }
    public func meetingLine(_ m: Meeting, names: [String: String]) -> String {
        "Họp Hội đồng: \(m.day?.vietnamese ?? "") \(m.startTime)–\(m.endsAt) · \(m.place) · chủ trì \(names[m.chair] ?? m.chair)"
            + " · thư ký \(names[m.secretary] ?? m.secretary)" + (m.absent.isEmpty ? " · có mặt đủ" : " · vắng \(m.absent.count)")
    }
    public var meetingWhere: String { "Chỉ dùng ở hàng đợi hoặc tổng hợp năm." }
    public var meetingNeedsCouncil: String { "Bàn xét duyệt chưa có thành viên Hội đồng (binhxet member add): chưa ghi được cuộc họp." }
    public func mayNotRecordMeeting(role: String?, allowed: [String]) -> String {
        "Vai trò \(role ?? "của bạn") không được ghi cuộc họp; chỉ \(allowed.joined(separator: ", ")) được ghi."
    }
}
