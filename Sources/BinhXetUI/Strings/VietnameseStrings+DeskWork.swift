import BinhXetCore

extension VietnameseStrings {
    // MARK: Recognising an initiative
    public var recognitionTitle: String { "Công nhận sáng kiến" }
    public func recognitionSignerDefault(unit: String) -> String { "Thủ trưởng \(unit)" }
    public func recognitionPrompt(title: String?) -> String {
        "Ghi quyết định của thủ trưởng đơn vị công nhận sáng kiến"
            + (title.map { " «\($0)»" } ?? "") + ", sau khi Hội đồng sáng kiến cơ sở đánh giá."
    }
    public func recognitionField(_ f: RecognitionDialog.Field) -> String {
        switch f {
        case .by: return "Người ký"
        case .number: return "Số quyết định"
        case .date: return "Ngày ký"
        case .scope: return "Phạm vi"
        }
    }
    public func recognitionScope(_ code: String) -> String { Vocabulary.vi.recognitionScope(code) }
    public var recognitionKeys: String { "Tab/↓: ô sau · ←/→: đổi phạm vi · Enter: tiếp · Esc: thôi" }
    public func recognitionMissing(_ f: RecognitionDialog.Field) -> String {
        switch f {
        case .by: return "Ghi người ký quyết định."
        case .number: return "Ghi số quyết định (ví dụ 12/QĐ-THCS)."
        case .date, .scope: return "Ghi ngày ký (ngày/tháng/năm)."
        }
    }
    public var recognitionBadDate: String { "Ngày ký phải là ngày có thật, viết ngày/tháng/năm (ví dụ 20/04/2018)." }
    public func recognitionConfirm(id: String) -> String { "Ghi quyết định công nhận sáng kiến của hồ sơ \(id)?" }
    public func recognitionRecorded(id: String, number: String) -> String {
        "Đã ghi quyết định công nhận sáng kiến của hồ sơ \(id) (số \(number))."
    }
    public func recognitionRefused(_ e: RecognitionError) -> [String] {
        switch e {
        case .unknownNomination(let id): return ["Không có hồ sơ \(id)."]
        case .noInitiative(let id): return ["Hồ sơ \(id) không có sáng kiến để công nhận."]
        case .missing: return ["Thiếu người ký hoặc số quyết định; chưa ghi gì."]
        case .badDate(let d): return ["Ngày ký «\(d)» không phải ngày có thật; chưa ghi gì."]
        case .afterToday(let d, let today, let asOf):
            return ["Ngày ký \(d.vietnamese) ở sau \(asOf ? "ngày xét của bàn xét duyệt" : "hôm nay") (\(today.vietnamese)); chưa ghi gì."]
        case .unknownScope(let s, let allowed):
            return ["Phạm vi «\(recognitionScope(s))» không có trong quy định (\(allowed.map(recognitionScope).joined(separator: ", ")))."]
        case .alreadyRecorded(let id, let recorded):
            return ["Hồ sơ \(id) đã có quyết định về sáng kiến: \(recorded).", "Chưa ghi gì."]
        }
    }
    public var noInitiativeToRecognise: String { "Hồ sơ không có sáng kiến để công nhận." }
    public func recognitionOnlyOpenYear(year: Int, open: Int?) -> String {
        "Chỉ ghi công nhận năm đang xét\(open.map { " (\($0))" } ?? ""); năm \(year): binhxet import --outcomes."
    }
    public func alreadyRecognised(_ r: InitiativeRecognition) -> String { "Sáng kiến đã có quyết định: \(r.vietnamese)." }
    public func recognitionLine(_ r: InitiativeRecognition) -> String {
        var s = r.vietnamese
        if r.scope != InitiativeRecognition.unitScope, let i = s.range(of: ", phạm vi \(r.scope)") {
            s.replaceSubrange(i, with: ", phạm vi \(recognitionScope(r.scope))")
        }
        return s
    }
    public var recognitionLabel: String { "Công nhận" }
}

extension VietnameseStrings {
    // MARK: Year summary
    public func summaryTitle(year: Int?) -> String { "Tổng hợp" + (year.map { " năm \($0)" } ?? "") }
    public func summaryCounts(units: Int, nominations: Int) -> String { "\(units) đơn vị · \(nominations) hồ sơ" }
    public var summaryColumns: [String] { ["Đơn vị", "Hồ sơ", "Cờ", "Đã xét", "CSTĐCS/hạn mức", "LĐTT", "Ưu tiên", "Phê bình"] }
    public var summaryDistrict: String { "Toàn huyện" }
    public func summaryQuotaLine(_ l: YearSummary.Line, quota: Share, rounding: QuotaRounding) -> String {
        Vocabulary.vi.cstdcsQuota(l, quota: quota, rounding: rounding)
    }
    public func summaryFavouredLine(_ l: YearSummary.Line, target: Share) -> String {
        let share = l.favouredShare.map(Percent.of) ?? "—"
        return "Nhóm ưu tiên (công nhân, nông dân, lao động trực tiếp, lực lượng vũ trang, dân quân, công an xã): "
            + "\(l.favoured)/\(l.nominations) = \(share) · mục tiêu từ \(Percent.share(target, in: .vi))"
            + (l.nominations > 0 && !target.isReached(by: l.favoured, of: l.nominations) ? " · chưa đạt" : "")
            + " · Phê bình: \(l.criticisms)"
    }
    public var summaryOpenHint: String { "Enter: xem các hồ sơ của đơn vị trong hàng đợi · Esc: quay lại" }
    public var summaryCountedHoldersLegend: String { "~ số người đạt LĐTT đếm theo hồ sơ: đơn vị chưa kê khai" }
    public var summaryNoYear: String { "Chưa có năm đang xét: bàn chưa có hồ sơ nào." }
    public var summaryNoUnit: String { "Không có đơn vị nào được chọn." }
    public func summaryFiltered(unit: String, year: Int) -> String { "Đang lọc: hồ sơ năm \(year) của \(unit) (x: bỏ lọc)." }
    public var quotaSeeSummary: String { "Đơn vị vượt tỷ lệ CSTĐCS: xem Tổng hợp (t ở hàng đợi)." }
}

extension VietnameseStrings {
    // MARK: Dismissing a finding
    public var dismissTitle: String { "Bỏ qua cảnh báo trùng lặp" }
    public func dismissalReason(_ r: DismissalReason) -> String {
        switch r {
        case .coAuthored: return "Sáng kiến đồng tác giả (luật cho phép nhiều tác giả)"
        case .citedSource: return "Có trích dẫn nguồn"
        case .templateText: return "Phần văn bản theo mẫu"
        case .falseMatch: return "Trùng nhầm (hai đoạn không cùng nội dung)"
        }
    }
    public func dismissPrompt(id: String, source: String) -> String {
        "Bỏ qua cảnh báo hồ sơ \(id) trùng với \(source): cảnh báo không còn tính vào cờ và kiểm tra quy định; có thể tính lại."
    }
    public var dismissNoteLabel: String { "Ghi chú" }
    public var dismissKeys: String { "1–4 hoặc ↑/↓: chọn lý do · Enter: tiếp · Esc: thôi" }
    public var dismissNeedsReason: String { "Chọn một lý do (1–4) trước khi ghi." }
    public var dismissConfirm: String { "Ghi việc bỏ qua cảnh báo này?" }
    public func restoreQuestion(id: String, source: String) -> String {
        "Tính lại cảnh báo hồ sơ \(id) trùng với \(source)? Cảnh báo sẽ lại tính vào cờ và kiểm tra quy định."
    }
    public func dismissedLine(_ d: FindingDismissal) -> String {
        "✗ đã bỏ qua: \(d.reason.vietnamese)" + (d.note.map { " — \($0)" } ?? "") + " (\(d.actor))"
    }
    public func findingDismissed(id: String, source: String, restored: Bool) -> String {
        restored ? "Đã tính lại cảnh báo \(id) trùng với \(source)." : "Đã bỏ qua cảnh báo \(id) trùng với \(source)."
    }
    public func dismissalRefused(_ e: DismissalError) -> [String] {
        switch e {
        case .noSuchFinding(let n, let s): return ["Hồ sơ \(n) không còn cảnh báo trùng với \(s) (đã kiểm tra lại?)."]
        case .alreadyDismissed(let n, let s): return ["Cảnh báo \(n) trùng với \(s) đã được bỏ qua."]
        case .notDismissed(let n, let s): return ["Cảnh báo \(n) trùng với \(s) đang được tính."]
        case .unknownReason(let r): return ["Lý do «\(r)» không có trong danh sách."]
        }
    }
}

extension VietnameseStrings {
    // MARK: Checking from the desk
    public func checking(_ p: CheckProgress) -> String { "Đang kiểm tra trùng lặp \(p.done)/\(p.total) hồ sơ…" }
    public func checkFinished(checked: Int, flagged: Int) -> String {
        "Đã kiểm tra trùng lặp \(checked) hồ sơ: \(flagged) hồ sơ có cảnh báo."
    }
    public func checkFailed(_ why: String) -> String { "Không kiểm tra được: \(why)" }
}
