import BinhXetCore

extension VietnameseStrings: WorkStrings {
    public func lastInQueue(_ tab: String) -> String { "Đã hết hồ sơ trong hàng đợi “\(tab)”." }
    public func firstInQueue(_ tab: String) -> String { "Đây là hồ sơ đầu tiên của hàng đợi “\(tab)”." }
    public func openedNext(id: String) -> String { "mở hồ sơ kế tiếp \(id)" }
    public func taggedCount(_ n: Int) -> String { "Đã đánh dấu \(n) hồ sơ." }
    public var taggedLabel: String { "Đánh dấu" }
    public func selectionMoved(id: String, status: String, now: String?) -> String {
        "Hồ sơ \(id) vừa được ghi “\(status)” ở máy khác nên rời hàng đợi này"
            + (now.map { "; đang chọn \($0)." } ?? ".")
    }
    public func bulkTitle(_ k: BulkKind, count: Int) -> String {
        switch k {
        case .approve: return "Thông qua \(count) hồ sơ đã đánh dấu"
        case .vote: return "Biểu quyết \(count) hồ sơ đã đánh dấu"
        case .supplement: return "Trả lại \(count) hồ sơ để bổ sung"
        }
    }
    public func bulkPrompt(_ k: BulkKind) -> String {
        switch k {
        case .approve: return ""
        case .vote: return "Phiếu của bạn, ghi riêng cho từng hồ sơ:"
        case .supplement: return "Các hồ sơ cần bổ sung những gì (ghi như nhau cho từng hồ sơ):"
        }
    }
    public func bulkQuestion(_ k: BulkKind, count: Int, choice: VoteChoice?) -> String {
        switch k {
        case .approve: return "Ghi quyết định THÔNG QUA cho \(count) hồ sơ, mỗi hồ sơ một quyết định?"
        case .vote: return "Ghi phiếu “\(choice?.vietnamese ?? "")” cho \(count) hồ sơ, mỗi hồ sơ một phiếu?"
        case .supplement: return "Trả \(count) hồ sơ về đơn vị để bổ sung, mỗi hồ sơ một lần ghi?"
        }
    }
    public func bulkDoubtsIntro(_ n: Int) -> String {
        "\(n) hồ sơ có cờ, vi phạm quy định, chưa đủ phiếu đồng ý hoặc chưa kiểm tra: KHÔNG tính, trừ hồ sơ bạn chọn từng cái (Space):"
    }
    public func bulkDoubtReasons(_ d: BulkDoubt) -> String {
        let parts = (d.voteShortfall.map { ["phiếu \($0.agree)/\($0.denominator) đồng ý, cần \($0.comparison == .atLeast ? "≥" : ">") \(Percent.share($0.threshold, in: .vi))"] } ?? [])
            + d.flags.map(flagName) + (d.overQuota ? ["đơn vị vượt hạn mức CSTĐCS"] : []) + (d.notChecked ? ["chưa kiểm tra trùng lặp"] : [])
        return parts.joined(separator: "; ")
    }
    public func bulkSkipped(_ k: BulkSkipped) -> String {
        let parts = [(k.decided, "đã có quyết định"), (k.otherYear, "không thuộc năm đang xét"),
                     (k.awaitingSupplement, "đang chờ bổ sung"), (k.voted, "bạn đã bỏ phiếu kín"), (k.gone, "không còn trong hàng đợi")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "Bỏ qua \(k.total) hồ sơ: " + parts.joined(separator: ", ") + "."
    }
    public var bulkNoneChosen: String { "Chưa có hồ sơ nào để ghi: chọn từng hồ sơ dưới đây (Space) nếu muốn ghi." }
    public var bulkConfirmKeys: String { "Enter/y: ghi · ↑↓ Space: chọn hồ sơ có cờ · Esc/n: quay lại" }
    public var bulkChoosingKeys: String { "Enter: tiếp tục · Esc: huỷ" }
    public func bulkRecorded(_ k: BulkKind, count: Int) -> String {
        switch k {
        case .approve: return "Đã ghi thông qua \(count) hồ sơ."
        case .vote: return "Đã ghi phiếu của bạn cho \(count) hồ sơ."
        case .supplement: return "Đã ghi trả lại để bổ sung \(count) hồ sơ."
        }
    }
    public var bulkRefusedTitle: String { "Có hồ sơ không ghi được" }
    public func bulkRefusedIntro(_ n: Int) -> String { "\(n) hồ sơ không ghi được (vẫn đánh dấu):" }
    public var bulkNothingToDo: String { "Không có hồ sơ nào để ghi: các hồ sơ có cờ chưa được chọn." }
    public var rejectOneByOne: String { "Quyết định không đạt ghi từng hồ sơ, kèm lý do: mở hồ sơ (Enter)." }
    public var sortTitle: String { "Sắp xếp theo" }
    public var sortKeys: String { "↑↓/số: chọn · Enter: sắp xếp (chọn lại: đảo chiều) · Esc: thôi" }
    public var discardTitle: String { "Bỏ nội dung đã gõ?" }
    public var discardQuestion: String { "Đóng hộp thoại sẽ bỏ nội dung đang gõ. Bỏ?" }
    public var discardKeys: String { "y/Enter: bỏ · n/Esc: gõ tiếp" }
    public func searchMatches(_ n: Int, in field: SearchField) -> String {
        switch field {
        case .name: return "\(n) theo họ tên"
        case .id: return "\(n) theo mã"
        case .unit: return "\(n) theo đơn vị"
        case .initiative: return "\(n) theo tên sáng kiến"
        }
    }
    public var helpGuideTitle: String { "Cách làm" }
    public var helpGuide: [String] {
        ["Xét một hồ sơ: Enter mở · c so sánh với nguồn trùng · n/N tới từng đoạn trùng · v bỏ phiếu · "
            + "a thông qua, r không đạt, b trả lại bổ sung · J sang hồ sơ kế (hồ sơ kế tự mở sau khi ghi quyết định).",
         "Việc trong ngày: 1 mở “Việc của tôi” (hồ sơ bạn chưa bỏ phiếu hoặc chưa quyết định); Space đánh dấu, "
            + "* đánh dấu cả danh sách, rồi a/v/b cho mọi hồ sơ đã đánh dấu (hồ sơ có cờ phải chọn riêng).",
         "Tìm hồ sơ: / tìm (gõ có dấu thì khớp đúng dấu) · f lọc theo năm, đơn vị, cờ · s chọn cách sắp xếp · 1–8 chọn hàng đợi."]
    }
    public func screenName(_ k: ScreenKind) -> String {
        switch k {
        case .queues, .generic: return "hàng đợi"
        case .nomination: return "trang hồ sơ"
        case .compare: return "so sánh song song"
        case .help: return "trợ giúp"
        case .summary: return "tổng hợp năm"
        }
    }
    public func helpHereTitle(_ screen: String) -> String { "Dùng được ngay ở \(screen)" }
    public var helpAllTitle: String { "Mọi thao tác (tên dùng trong tệp keymap)" }
    public func passageWrapped(toFirst: Bool) -> String {
        toFirst ? "Đã hết đoạn trùng: quay về đoạn đầu tiên." : "Đã về đầu: chuyển tới đoạn trùng cuối cùng."
    }
}
