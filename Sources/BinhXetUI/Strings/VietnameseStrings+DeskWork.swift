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
    public func recognitionScope(_ code: String) -> String {
        switch code {
        case "co_so": return "cơ sở"
        case "cap_tinh": return "cấp tỉnh, bộ, ngành"
        case "toan_quoc": return "toàn quốc"
        default: return code
        }
    }
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
        case .badDate(let d): return ["Ngày ký «\(d)» không phải ngày có thật, hoặc sau hôm nay; chưa ghi gì."]
        case .unknownScope(let s, let allowed):
            return ["Phạm vi «\(recognitionScope(s))» không có trong quy định (\(allowed.map(recognitionScope).joined(separator: ", ")))."]
        case .alreadyRecorded(let id, let recorded):
            return ["Hồ sơ \(id) đã có quyết định về sáng kiến: \(recorded).", "Chưa ghi gì."]
        }
    }
    public var noInitiativeToRecognise: String { "Hồ sơ không có sáng kiến để công nhận." }
    public func recognitionOnlyOpenYear(year: Int, open: Int?) -> String {
        "Chỉ ghi công nhận cho hồ sơ năm đang xét\(open.map { " (\($0))" } ?? ""); hồ sơ năm \(year) nhập bằng binhxet import --outcomes."
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
