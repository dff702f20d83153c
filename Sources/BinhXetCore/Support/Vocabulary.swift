import BinhXetSimilarity

/// The domain's words, once, in Vietnamese and English: statuses, titles, roles, event kinds, the
/// standard reasons for not approving. Front ends and reports word these terms through here, so the TUI,
/// the CLI and the documents cannot drift apart; what is stored is a code, worded when it is read.
public struct Vocabulary: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    public static let vi = Vocabulary(.vi)
    public static let en = Vocabulary(.en)

    /// Words that differ by language and by nothing else.
    func word(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// A nomination's status, as a queue or a page shows it.
    public func status(_ s: NominationStatus) -> String {
        switch s {
        case .received: return word("mới tiếp nhận", "new")
        case .appraising: return word("đang thẩm định", "appraising")
        case .atCouncil: return word("trình Hội đồng", "before the council")
        case .awaitingSupplement: return word("chờ bổ sung", "awaiting supplement")
        case .approved: return word("thông qua", "approved")
        case .rejected: return word("không đạt", "rejected")
        case .returned: return word("đã trả kết quả", "returned")
        case .withdrawn: return word("đã rút", "withdrawn")
        }
    }

    /// A title's abbreviation (the same in both languages: CSTĐCS, LĐTT, CSTT).
    public func titleShort(_ t: AwardTitle) -> String { t.abbreviation }

    /// A title's full name.
    public func titleLong(_ t: AwardTitle) -> String {
        switch t {
        case .cstdcs: return word(t.vietnameseName, "Grassroots emulation fighter (CSTĐCS)")
        case .ldtt: return word(t.vietnameseName, "Advanced worker (LĐTT)")
        case .cstt: return word(t.vietnameseName, "Advanced soldier (CSTT)")
        }
    }

    /// A council seat, as the minutes print it.
    public func role(_ r: CouncilRole) -> String {
        switch r {
        case .chair: return word(r.vietnamese, "Chair of the council")
        case .viceChair: return word(r.vietnamese, "Vice-chair of the council")
        case .standingViceChair: return word(r.vietnamese, "Standing vice-chair")
        case .secretary: return word(r.vietnamese, "Member and secretary")
        case .member: return word(r.vietnamese, "Member")
        }
    }

    /// What a similarity finding is.
    public func findingKind(_ k: FindingKind) -> String {
        switch k {
        case .selfReuse: return word("tự dùng lại", "own, re-used")
        case .copyOther: return word("của người khác", "another person's")
        case .partial: return word("trùng một phần", "partly re-used")
        case .offDuty: return word("ngoài nhiệm vụ", "unrelated to duties")
        }
    }

    /// A standard reason for not approving (stored as its code).
    public func standardReason(_ r: StandardRejectionReason) -> String {
        switch r {
        case .reusedOwnInitiative:
            return word("Dùng lại sáng kiến của chính mình đã được công nhận", "Re-used own initiative already recognised")
        case .colleaguesInitiative: return word("Dùng sáng kiến của đồng nghiệp", "A colleague's initiative")
        case .unrelatedToDuties:
            return word("Sáng kiến không liên quan đến nhiệm vụ được giao", "Initiative unrelated to assigned duties")
        case .incompleteDossier: return word("Hồ sơ không đầy đủ", "Incomplete dossier")
        }
    }

    /// A reason as a reader reads it: the standard reason's words, then the member's own text.
    public func reason(code: StandardRejectionReason?, note: String) -> String {
        switch (code, note.isEmpty) {
        case (let r?, true): return standardReason(r)
        case (let r?, false): return standardReason(r) + ": " + note
        case (nil, _): return note
        }
    }

    /// Why a nomination needs the council's attention (`CouncilAttention`), as lists name it.
    public func attentionReason(_ r: AttentionReason) -> String {
        switch r {
        case .selfReuse: return word("tự dùng lại sáng kiến cũ", "re-uses own earlier initiative")
        case .copy: return word("sao chép sáng kiến người khác", "copies another person's initiative")
        case .offDuty: return word("ngoài nhiệm vụ được giao", "unrelated to assigned duties")
        case .ruleViolation: return word("vi phạm quy định", "breaks a rule")
        }
    }

    /// What a logged event did, as a history line names it.
    public func eventKind(_ k: DeskEvent.Kind) -> String {
        switch k {
        case .received: return word("tiếp nhận", "received")
        case .appraising: return word("thẩm định", "appraisal started")
        case .atCouncil: return word("trình Hội đồng", "put before the council")
        case .supplemented: return word("đã bổ sung", "supplement handed in")
        case .returned: return word("trả kết quả", "result returned")
        case .refused: return word("từ chối tiếp nhận", "refused")
        case .receptionRecorded: return word("ghi giờ tiếp nhận và giấy tờ đã nhận", "receipt time and papers recorded")
        case .rescheduled: return word("hẹn lại ngày trả", "rescheduled")
        case .approved: return word("thông qua", "approved")
        case .rejected: return word("không đạt", "rejected")
        case .supplementRequested: return word("yêu cầu bổ sung", "supplement requested")
        case .criticised: return word("phê bình đơn vị", "unit criticised")
        case .vote: return word("biểu quyết", "vote")
        case .ballotCast: return word("đã bỏ phiếu kín", "cast a secret ballot")
        case .memberAdded: return word("thêm thành viên Hội đồng", "council member added")
        case .memberChanged: return word("đổi vai trò thành viên", "council member changed")
        case .memberRemoved: return word("thành viên thôi tham gia", "council member removed")
        case .meetingRecorded: return word("ghi cuộc họp Hội đồng", "council meeting recorded")
        case .findingDismissed: return word("bỏ qua cảnh báo trùng lặp", "finding dismissed")
        case .findingRestored: return word("tính lại cảnh báo trùng lặp", "finding counted again")
        case .eligibilityNoted: return word("ghi nhận kết quả thẩm định", "appraisal facts noted")
        case .ldttHoldersDeclared: return word("khai số người đạt LĐTT", "LĐTT holders declared")
        case .outcomeImported: return word("kết quả năm trước (nhập)", "earlier outcome imported")
        case .initiativeRecognised: return word("sáng kiến được công nhận", "initiative recognised")
        case .initiativeNotRecognised: return word("sáng kiến không được công nhận", "initiative not recognised")
        case .registrationsImported: return word("nhập danh sách đăng ký", "registrations imported")
        case .registrationLinked: return word("đã đăng ký thi đua đầu năm", "registered at the start of the year")
        case .yearOpened: return word("mở năm xét", "year opened for review")
        case .integrityRestored: return word("khôi phục ràng buộc toàn vẹn", "integrity triggers restored")
        }
    }
}
