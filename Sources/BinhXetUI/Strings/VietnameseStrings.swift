import BinhXetCore
import BinhXetSimilarity

/// Tiếng Việt: the desk's default language, and the language decisions are recorded in.
public struct VietnameseStrings: UIStrings {
    public init() {}

    // MARK: Frame
    public var appTitle: String { "BinhXet · Bàn xét duyệt thi đua – khen thưởng" }
    public var memberLabel: String { "Thành viên" }
    public var readOnlyTag: String { "CHỈ ĐỌC" }
    public var loading: String { "Đang tải…" }
    public func tooSmall(_ size: Size, minimum: Size) -> [String] {
        ["Cửa sổ quá nhỏ: \(size.width)×\(size.height).",
         "Cần ít nhất \(minimum.width) cột × \(minimum.height) dòng.",
         "Hãy phóng to cửa sổ, hoặc nhấn q để thoát."]
    }

    // MARK: Domain words
    public var vocabulary: Vocabulary { .vi }
    public func status(_ s: NominationStatus) -> String { Vocabulary.vi.status(s) }
    public func findingKind(_ k: FindingKind) -> String { Vocabulary.vi.findingKind(k) }
    public func awardTitleShort(_ t: AwardTitle) -> String { t.abbreviation }
    public func awardTitleLong(_ t: AwardTitle) -> String { Vocabulary.vi.titleLong(t) }
    public func flagLetter(_ f: QueueFlag) -> String {
        switch f {
        case .selfReuse: return "T"
        case .copy: return "S"
        case .offDuty: return "N"
        case .overdue: return "Q"
        case .ruleViolation: return "V"
        }
    }
    public func flagName(_ f: QueueFlag) -> String {
        switch f {
        case .selfReuse: return "tự dùng lại sáng kiến cũ"
        case .copy: return "sao chép sáng kiến người khác"
        case .offDuty: return "ngoài nhiệm vụ được giao"
        case .overdue: return "quá hạn giải quyết"
        case .ruleViolation: return "vi phạm quy định (xem trang hồ sơ)"
        }
    }
    public func standardReason(_ r: StandardRejectionReason) -> String { Vocabulary.vi.standardReason(r) }
    public func eventKind(_ kind: DeskEvent.Kind) -> String { Vocabulary.vi.eventKind(kind) }

    // MARK: Queues
    public func tab(_ t: QueueTab) -> String {
        switch t {
        case .mine: return "Việc của tôi"
        case .received: return "Mới tiếp nhận"
        case .flagged: return "Bị gắn cờ"
        case .awaitingSupplement: return "Chờ bổ sung"
        case .approved: return "Thông qua"
        case .rejected: return "Không đạt"
        case .archive: return "Lưu trữ"
        case .all: return "Tất cả"
        }
    }
    public func tabShort(_ t: QueueTab) -> String {
        switch t {
        case .mine: return "Của tôi"
        case .received: return "Mới"
        case .flagged: return "Gắn cờ"
        case .awaitingSupplement: return "Bổ sung"
        case .approved: return "Thông qua"
        case .rejected: return "Không đạt"
        case .archive: return "Lưu trữ"
        case .all: return "Tất cả"
        }
    }
    public func sort(_ s: QueueSort) -> String {
        switch s {
        case .id: return "mã"
        case .nominee: return "tên"
        case .unit: return "đơn vị"
        case .similarity: return "mức trùng"
        case .received: return "ngày nhận"
        case .status: return "trạng thái"
        case .due: return "hạn"
        }
    }
    public var columnID: String { "Mã" }
    public var columnNominee: String { "Họ tên" }
    public var columnUnit: String { "Đơn vị" }
    public var columnTitle: String { "D.hiệu" }
    public var columnInitiative: String { "Sáng kiến" }
    public var columnSimilarity: String { "Trùng" }
    public var columnFlags: String { "Cờ" }
    public var columnStatus: String { "Trạng thái" }
    public var columnDue: String { "Hạn" }
    public func due(_ d: DueStanding) -> String {
        switch d {
        case .dueIn(let n): return n == 0 ? "hôm nay" : "còn \(n)"
        case .late(let n): return "trễ \(n)"
        }
    }
    public var sortLabel: String { "Sắp xếp" }
    public var descendingMark: String { "↓" }
    public var filterLabel: String { "Lọc" }
    public var noFilter: String { "không" }
    public var searchLabel: String { "Tìm" }
    public var searchHint: String { "Enter: giữ · Esc: bỏ" }
    public func notChecked(count: Int) -> String { "\(count) hồ sơ chưa kiểm tra trùng lặp" }
    public var emptyQueue: String { "Không có hồ sơ nào trong hàng đợi này." }
    public var emptySearch: String { "Không tìm thấy hồ sơ nào." }
    public func rowPosition(_ n: Int, of total: Int) -> String { "\(n)/\(total)" }

    // MARK: Nomination
    public var nomineeLabel: String { "Cá nhân" }
    public var positionLabel: String { "Chức vụ" }
    public var dutiesLabel: String { "Nhiệm vụ" }
    public var unitLabel: String { "Đơn vị" }
    public var titleLabel: String { "Danh hiệu" }
    public var receivedLabel: String { "Tiếp nhận" }
    public var statusLabel: String { "Trạng thái" }
    public var overdueTag: String { "quá hạn" }
    public var sourcesSection: String { "Nguồn trùng khớp" }
    public var offDutySection: String { "Ngoài nhiệm vụ" }
    public var historySection: String { "Lịch sử" }
    public var nomineeHistorySection: String { "Các lần đề nghị khác của cá nhân" }
    public var noOtherNominations: String { "Chưa có đề nghị nào khác." }
    public func outcomeOf(_ r: ReviewedNomination) -> String { Vocabulary.vi.outcome(of: r) }
    public func recognitionOf(_ r: ReviewedNomination) -> String? { Vocabulary.vi.recognition(of: r) }
    public var ruleFlagsSection: String { "Kiểm tra quy định" }
    public func ruleSeverity(_ s: FlagSeverity) -> String { s == .violation ? "[vi phạm]" : "[lưu ý]" }
    public func ruleMessage(_ flag: RuleFlag) -> String { flag.message }
    public var initiativeSection: String { "Sáng kiến" }
    public var notCheckedYet: String { "Chưa kiểm tra trùng lặp: bàn tự kiểm tra khi mở, kết quả hiện khi xong." }
    public var checkedClean: String { "Đã kiểm tra: không thấy trùng lặp." }
    public var noMatchedSources: String { "Không trùng với sáng kiến nào đã có." }
    public var noInitiative: String { "Không có báo cáo sáng kiến." }
    public var coverageWord: String { "tỷ\u{A0}lệ\u{A0}trùng" }
    public var similarityWord: String { "độ\u{A0}giống" }
    public var relevanceWord: String { "mức\u{A0}liên\u{A0}quan" }
    public func passageCount(_ n: Int) -> String { "\(n)\u{A0}đoạn\u{A0}trùng" }
    public var evidenceLabel: String { "Dấu hiệu" }
    public var dutyEvidenceLabel: String { "Nhiệm vụ" }
    public var witnessesLabel: String { "Đề tài" }
    public var witnessesIntro: String { "người khác viết cùng đề tài: " }
    public var titleReusedTag: String { "trùng\u{A0}tên\u{A0}sáng\u{A0}kiến" }
    public var dossierCodeLabel: String { "mã hồ sơ" }
    public var dueLabel: String { "hẹn trả" }
    public var noEvents: String { "Chưa có sự kiện." }

    // MARK: Side by side
    public var nominationSide: String { "Hồ sơ" }
    public func sourceSide(_ n: Int, of total: Int) -> String { "Nguồn \(n)/\(total)" }
    public var noPassageFocused: String { "n: tới đoạn trùng đầu tiên" }
    public func scrollTarget(_ t: ScrollTarget) -> String {
        switch t {
        case .both: return "cuộn: cả hai bên"
        case .left: return "cuộn: bên trái"
        case .right: return "cuộn: bên phải"
        }
    }
    public var loadingSource: String { "Đang tải văn bản nguồn…" }
    public var sourceHasNoText: String { "Nguồn này không có văn bản sáng kiến." }

    // MARK: Dialogs
    public func dialogTitle(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return "Thông qua"
        case .reject: return "Không đạt"
        case .supplement: return "Trả lại để bổ sung"
        case .criticise: return "Phê bình lãnh đạo đơn vị"
        }
    }
    public func dialogPrompt(_ k: DecisionKind, unit: String) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Chọn lý do chuẩn bằng số, hoặc gõ lý do:"
        case .supplement: return "Hồ sơ cần bổ sung những gì:"
        case .criticise: return "Phê bình lãnh đạo \(unit) vì đã xét duyệt thiếu cẩn thận:"
        }
    }
    public func fieldLabel(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Lý do"
        case .supplement: return "Cần bổ sung"
        case .criticise: return "Nội dung"
        }
    }
    public func confirmQuestion(_ k: DecisionKind, id: String, nominee: String) -> String {
        switch k {
        case .approve: return "Ghi quyết định THÔNG QUA cho hồ sơ \(id) (\(nominee))?"
        case .reject: return "Ghi quyết định KHÔNG ĐẠT cho hồ sơ \(id) (\(nominee))?"
        case .supplement: return "Trả hồ sơ \(id) (\(nominee)) về đơn vị để bổ sung?"
        case .criticise: return "Ghi phê bình (liên quan hồ sơ \(id))?"
        }
    }
    public var editingKeys: String { "Enter: tiếp tục · Esc: huỷ · ←→ Home End: con trỏ · Bksp Del: xoá" }
    public var confirmingKeys: String { "Enter/y: ghi · Esc/n: quay lại" }
    public var refusedDecisionKeys: String { "Enter/Esc: đóng (không ghi)" }
    public func missingInput(_ k: DecisionKind) -> String {
        switch k {
        case .approve: return ""
        case .reject: return "Cần chọn một lý do chuẩn hoặc gõ lý do."
        case .supplement: return "Cần ghi rõ hồ sơ thiếu gì."
        case .criticise: return "Cần nhập nội dung phê bình."
        }
    }
    public func approveWarning(findings: Int, checked: Bool) -> String? {
        if !checked { return "Lưu ý: hồ sơ chưa được kiểm tra trùng lặp." }
        return findings > 0 ? "Lưu ý: hồ sơ có \(findings) cảnh báo trùng lặp." : nil
    }
    public var orTypeReason: String { "hoặc gõ lý do khác" }
    public var changedMeanwhileTitle: String { "Hồ sơ đã thay đổi" }
    public func changedMeanwhile(id: String, kind: String, by: String, at: String) -> [String] {
        ["Trong lúc bạn xem, hồ sơ \(id) đã được ghi: \(kind)",
         "bởi \(by) lúc \(at).",
         "Quyết định của bạn CHƯA được ghi; không ghi đè lên quyết định đó."]
    }
    public var readOnlyNotice: [String] { ["Bàn xét duyệt này chỉ đọc; không ghi được gì."] }
    public func notAMember(_ login: String) -> [String] {
        ["“\(login)” không phải thành viên Hội đồng của bàn xét duyệt này;",
         "không ghi được gì. Mỗi thành viên làm việc bằng tài khoản đăng nhập của mình."]
    }
    public func notAllowed(_ login: String, role: String) -> [String] {
        ["\(login) (vai trò \(role)) không được ghi quyết định", "theo quy định của bàn xét duyệt này; không ghi được gì."]
    }
    public func otherYearWarning(year: Int, open: Int?) -> String {
        "Lưu ý: hồ sơ này của năm \(year), không phải năm đang xét\(open.map { " (\($0))" } ?? ""). Chỉ ghi nếu Hội đồng xét lại hồ sơ năm \(year)."
    }
    // MARK: Ballots at the desk
    public func role(_ r: CouncilRole) -> String { r.vietnamese }
    public var ballotTitle: String { "Biểu quyết" }
    public func ballotPrompt(id: String, nominee: String) -> String { "Phiếu của bạn về hồ sơ \(id) (\(nominee)):" }
    public func voteChoice(_ c: VoteChoice) -> String { c.vietnamese }
    public var ballotSecretNote: String { "Bỏ phiếu kín: ghi một lần, không sửa được; bàn xét duyệt chỉ đếm phiếu, không lưu ai chọn gì." }
    public var ballotOpenNote: String { "Biểu quyết công khai: các thành viên thấy lựa chọn của bạn; bỏ lại phiếu thì phiếu sau được tính." }
    public var ballotKeys: String { "1/2/3: chọn · Enter: ghi phiếu · Esc: thôi" }
    public var ballotNeedsChoice: String { "Chọn 1, 2 hoặc 3 trước khi ghi." }
    public func voteRecorded(id: String) -> String { "Đã ghi phiếu của bạn cho hồ sơ \(id)." }
    public var noCouncil: String { "Bàn xét duyệt chưa có Hội đồng (binhxet member add)." }
    public func notOnCouncil(_ login: String) -> String { "“\(login)” không phải thành viên Hội đồng." }
    public func votingClosed(_ status: String) -> String { "Hồ sơ đã có kết quả (\(status)): đã hết biểu quyết." }
    public var alreadyCastSecretly: String { "Bạn đã bỏ phiếu kín cho hồ sơ này." }
    public func mayNotRecordOutcomes(role: String?, allowed: [String]) -> String {
        "Vai trò \(role ?? "của bạn") không được ghi quyết định; chỉ \(allowed.joined(separator: ", ")) được ghi."
    }
    public func tallyLine(_ t: VoteTally) -> String {
        "\(t.agree)/\(t.denominator) đồng ý · \(t.disagree) không đồng ý · \(t.abstain) không biểu quyết · cần "
            + "\(t.comparison == .atLeast ? "từ" : "trên") \(Percent.share(t.threshold, in: .vi)) · \(t.passes ? "đạt" : "chưa đạt")"
    }
    public func againstVote(_ t: VoteTally, approving: Bool) -> String {
        "Hội đồng \(approving ? "chưa" : "đã") biểu quyết đạt (\(t.agree)/\(t.denominator) đồng ý, cần "
            + "\(t.comparison == .atLeast ? "từ" : "trên") \(Percent.share(t.threshold, in: .vi))): "
            + "không ghi được \(approving ? "THÔNG QUA" : "KHÔNG ĐẠT") trái với biểu quyết."
    }
    public var ballotsLabel: String { "Phiếu: " }
    public func tallyShort(_ t: VoteTally) -> String {
        ballotsLabel + "\(t.agree)/\(t.denominator) đồng ý · cần \(t.comparison == .atLeast ? "≥" : ">") \(Percent.share(t.threshold, in: .vi))"
    }
    public func voteDisagrees(id: String, approving: Bool, agree: Int, denominator: Int, threshold: String) -> [String] {
        [approving ? "Hồ sơ \(id) chưa đạt tỷ lệ phiếu đồng ý: \(agree)/\(denominator), cần \(Percent.share(threshold, in: .vi))."
                   : "Hồ sơ \(id) đã đạt tỷ lệ phiếu đồng ý: \(agree)/\(denominator) (ngưỡng \(Percent.share(threshold, in: .vi))).",
         "Kết quả phải theo biểu quyết của Hội đồng; không ghi được gì.",
         overrideHint]
    }
    public var overrideHint: String { "Ghi khác kết quả biểu quyết phải nêu lý do: binhxet decide … --override \"lý do\"." }
    public var writeFailedTitle: String { "Không ghi được" }
    public var noticeKeys: String { "Enter/Esc: đóng" }
    public var quitTitle: String { "Thoát?" }
    public var quitQuestion: String { "Bỏ nội dung đang nhập và thoát?" }
    public var quitKeys: String { "y/Enter: thoát · n/Esc: ở lại" }
    public var filterTitle: String { "Lọc hàng đợi" }
    public func filterField(_ f: FilterDialog.Field) -> String {
        switch f {
        case .year: return "Năm"
        case .unit: return "Đơn vị"
        case .title: return "Danh hiệu"
        case .flag: return "Cờ"
        }
    }
    public var anyValue: String { "tất cả" }
    public func flagFilter(_ f: QueueFilter.FlagFilter) -> String {
        switch f {
        case .flag(let q): return flagName(q)
        case .notChecked: return "chưa kiểm tra"
        case .noFlags: return "không có cờ"
        case .undecided: return "chưa quyết định"
        case .notVotedByMe: return "tôi chưa bỏ phiếu"
        }
    }
    public var filterKeys: String { "Tab/↑↓: chuyển ô · ←→/Space: chọn · gõ chữ: thu hẹp đơn vị · Enter: áp dụng · Esc: huỷ" }

    // MARK: Messages
    public func recorded(_ k: DecisionKind, id: String) -> String {
        switch k {
        case .approve: return "Đã ghi: \(id) thông qua."
        case .reject: return "Đã ghi: \(id) không đạt."
        case .supplement: return "Đã ghi: \(id) trả lại để bổ sung."
        case .criticise: return "Đã ghi phê bình."
        }
    }
    public func criticised(unit: String) -> String { "Đã ghi phê bình lãnh đạo \(unit)." }
    public func changedElsewhere(id: String, status: String, by: String) -> String {
        "\(id) vừa được \(by) ghi: \(status)."
    }
    public func keyNotUsed(_ key: String) -> String { "Phím \(key) không dùng ở đây · ? xem trợ giúp" }
    public func loadFailed(_ why: String) -> String { "Không đọc được bàn xét duyệt: \(why)" }
    public var refreshed: String { "Đã tải lại." }

    // MARK: Help and status bar
    public var helpTitle: String { "Trợ giúp · các phím" }
    public func group(_ g: ActionGroup) -> String {
        switch g {
        case .moving: return "Di chuyển"
        case .finding: return "Tìm hồ sơ (hàng đợi)"
        case .comparing: return "So sánh"
        case .deciding: return "Quyết định"
        case .general: return "Chung"
        }
    }
    public func actionHelp(_ a: ActionID) -> String {
        switch a {
        case .moveUp: return "Lên một dòng"
        case .moveDown: return "Xuống một dòng"
        case .pageUp: return "Lên một trang"
        case .pageDown: return "Xuống một trang"
        case .firstLine: return "Về đầu"
        case .lastLine: return "Xuống cuối"
        case .open: return "Mở hồ sơ đang chọn"
        case .back: return "Quay lại màn hình trước (ở hàng đợi: bỏ tìm)"
        case .nextQueue: return "Sang hàng đợi sau"
        case .previousQueue: return "Về hàng đợi trước"
        case .chooseQueue: return "Chọn hàng đợi theo số (1 Việc của tôi … 8 Tất cả)"
        case .nextNomination: return "Hồ sơ kế tiếp trong hàng đợi (từ trang hồ sơ và màn hình so sánh)"
        case .previousNomination: return "Hồ sơ trước đó trong hàng đợi"
        case .tag: return "Đánh dấu/bỏ đánh dấu hồ sơ để xử lý nhiều hồ sơ một lúc"
        case .tagAll: return "Đánh dấu mọi hồ sơ đang hiện (theo lọc và tìm)"
        case .search: return "Tìm theo tên, đơn vị, tên sáng kiến (gõ không dấu: khớp cả có dấu; gõ có dấu: đúng dấu)"
        case .filter: return "Lọc theo năm, đơn vị (chọn trong danh sách), danh hiệu, cờ, chưa quyết định, tôi chưa bỏ phiếu"
        case .clearFilter: return "Bỏ lọc"
        case .sort: return "Chọn cách sắp xếp"
        case .reverseSort: return "Đảo chiều sắp xếp"
        case .sideBySide: return "So sánh song song với nguồn trùng khớp"
        case .nextPassage: return "Tới đoạn trùng sau"
        case .previousPassage: return "Về đoạn trùng trước"
        case .previousSource: return "Nguồn trùng khớp trước"
        case .nextSource: return "Nguồn trùng khớp sau"
        case .scrollLeftSide: return "Chỉ cuộn bên trái (hồ sơ)"
        case .scrollRightSide: return "Chỉ cuộn bên phải (nguồn)"
        case .scrollBothSides: return "Cuộn cả hai bên cùng lúc"
        case .approve: return "Thông qua hồ sơ"
        case .reject: return "Không đạt, kèm lý do"
        case .requestSupplement: return "Trả lại để bổ sung, ghi rõ thiếu gì"
        case .criticiseUnit: return "Phê bình lãnh đạo đơn vị đã xét thiếu cẩn thận"
        case .recogniseInitiative: return "Ghi quyết định công nhận sáng kiến của đơn vị (năm đang xét)"
        case .yearSummary: return "Tổng hợp năm đang xét theo đơn vị: hồ sơ, cờ, tỷ lệ CSTĐCS, nhóm ưu tiên, phê bình"
        case .dismissFinding: return "Bỏ qua cảnh báo trùng với nguồn đang chọn, kèm lý do (nhấn lại để tính lại)"
        case .vote: return "Bỏ phiếu biểu quyết hồ sơ (ở hàng đợi: các hồ sơ đã đánh dấu)"
        case .documents: return "Lập văn bản DOCX/HTML vào thư mục văn bản: của năm (ở hàng đợi, tổng hợp) hoặc của hồ sơ (kết quả kiểm tra trùng lặp, Mẫu 01–04)"
        case .recordMeeting: return "Ghi cuộc họp Hội đồng của năm: ngày giờ, địa điểm, chủ trì, thư ký, thành viên vắng"
        case .help: return "Mở/đóng trợ giúp"
        case .refresh: return "Tải lại từ bàn xét duyệt và vẽ lại màn hình"
        case .quit: return "Thoát (hỏi lại nếu đang nhập dở); q chỉ thoát ở hàng đợi, ở màn hình khác là quay lại"
        }
    }
    public func actionLabel(_ a: ActionID) -> String {
        switch a {
        case .moveUp, .moveDown: return "Di chuyển"
        case .pageUp, .pageDown: return "Trang"
        case .firstLine, .lastLine: return "Đầu/cuối"
        case .open: return "Mở"
        case .back: return "Quay lại"
        case .nextQueue, .previousQueue, .chooseQueue: return "Hàng đợi"
        case .nextNomination, .previousNomination: return "Hồ sơ kế"
        case .tag, .tagAll: return "Đánh dấu"
        case .search: return "Tìm"
        case .filter: return "Lọc"
        case .clearFilter: return "Bỏ lọc"
        case .sort, .reverseSort: return "Sắp xếp"
        case .sideBySide: return "So sánh"
        case .nextPassage, .previousPassage: return "Đoạn"
        case .previousSource, .nextSource: return "Nguồn"
        case .scrollLeftSide, .scrollRightSide, .scrollBothSides: return "Cuộn"
        case .approve: return "Đạt"
        case .reject: return "K.đạt"
        case .requestSupplement: return "Bổ sung"
        case .criticiseUnit: return "Phê bình"
        case .vote: return "Bỏ phiếu"
        case .recogniseInitiative: return "Công nhận SK"
        case .yearSummary: return "Tổng hợp"
        case .dismissFinding: return "Bỏ qua"
        case .documents: return "Văn bản"
        case .recordMeeting: return "Cuộc họp"
        case .help: return "Trợ giúp"
        case .refresh: return "Tải lại"
        case .quit: return "Thoát"
        }
    }
    public func unavailableWhen(_ a: ActionID) -> String {
        switch a {
        case .open: return "Không dùng khi hàng đợi trống."
        case .nextQueue, .previousQueue, .search, .filter, .sort, .reverseSort, .chooseQueue, .tag, .tagAll:
            return "Chỉ dùng ở hàng đợi."
        case .nextNomination, .previousNomination: return "Chỉ dùng khi đang xem hồ sơ hoặc so sánh."
        case .clearFilter: return "Không dùng khi đang không lọc."
        case .sideBySide: return "Không dùng khi hồ sơ chưa kiểm tra hoặc không có nguồn trùng."
        case .nextPassage, .previousPassage: return "Không dùng khi không có đoạn trùng."
        case .previousSource, .nextSource: return "Không dùng khi có ít hơn hai nguồn."
        case .scrollLeftSide, .scrollRightSide, .scrollBothSides: return "Chỉ dùng ở màn hình so sánh."
        case .approve, .reject, .requestSupplement:
            return "Chỉ dùng khi đang xem hồ sơ chưa có quyết định, trên bàn xét duyệt ghi được."
        case .criticiseUnit: return "Chỉ dùng khi đang xem hồ sơ, trên bàn xét duyệt ghi được."
        case .vote: return "Chỉ thành viên Hội đồng, khi hồ sơ chưa có kết quả."
        case .recogniseInitiative: return "Chỉ trên trang hồ sơ năm đang xét có sáng kiến chưa có quyết định, với vai trò được ghi quyết định."
        case .back: return "Không dùng ở hàng đợi khi không tìm."
        case .documents: return "Chỉ với vai trò được lập văn bản (Chủ tịch, Phó Chủ tịch thường trực, Thư ký), khi có năm đang xét."
        case .recordMeeting: return "Chỉ ở hàng đợi hoặc tổng hợp năm, với vai trò được ghi cuộc họp, trên bàn xét duyệt ghi được."
        default: return ""
        }
    }
    public var unavailableNow: String { "lúc này không dùng được" }
    public var flagsLegendTitle: String { "Cờ trong hàng đợi" }
    public var keymapNote: String { "Đổi phím: tệp keymap (--keymap TỆP hoặc $BINHXET_KEYMAP), xem Resources/keymap.default." }

    // MARK: Why an action is unavailable
    public var onlyInQueues: String { "Chỉ dùng ở hàng đợi." }
    public var openNominationFirst: String { "Mở hồ sơ trước (Enter)." }
    public var onlyOnNomination: String { "Chỉ dùng khi đang xem hồ sơ hoặc so sánh." }
    public var onlySideBySide: String { "Chỉ dùng ở màn hình so sánh." }
    public var alreadySideBySide: String { "Đang ở màn hình so sánh." }
    public var noNominationSelected: String { "Không có hồ sơ nào được chọn." }
    public var notCheckedReason: String { "Hồ sơ chưa kiểm tra trùng lặp (bàn đang tự kiểm tra)." }
    public var noSourceReason: String { "Không có nguồn trùng khớp để so sánh." }
    public var noPassagesReason: String { "Không có đoạn trùng." }
    public var oneSourceReason: String { "Chỉ có một nguồn trùng khớp." }
    public func alreadyDecided(_ status: String) -> String { "Hồ sơ đã có quyết định: \(status)." }
    public var alreadyAwaiting: String { "Hồ sơ đang chờ bổ sung." }
    public var readOnlyReason: String { "Bàn xét duyệt chỉ đọc." }
    public var noFilterReason: String { "Đang không lọc." }
    public var nothingToGoBackTo: String { "Đang ở hàng đợi." }
    public var stillLoading: String { "Đang tải hồ sơ…" }
    public var columnTitleInFull: String { "Danh hiệu" }
    public func actionLabelInFull(_ a: ActionID) -> String? {
        switch a {
        case .reject: return "Không đạt"
        case .nextNomination, .previousNomination: return "Hồ sơ kế tiếp"
        case .recogniseInitiative: return "Công nhận sáng kiến"
        default: return nil
        }
    }
}
