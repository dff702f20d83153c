/// Where a nomination stands in the one-stop flow (receive → appraise → council → decision → return).
public enum NominationStatus: String, Sendable, Codable, CaseIterable {
    /// Mới tiếp nhận: received, not yet looked at.
    case received
    /// Đang thẩm định: being appraised by the standing office.
    case appraising
    /// Trình Hội đồng: appraised and put before the council, which votes on it.
    case atCouncil = "at_council"
    /// Chờ bổ sung: returned to the unit for missing papers.
    case awaitingSupplement = "awaiting_supplement"
    /// Thông qua: the council approved it.
    case approved
    /// Không đạt: the council did not approve it.
    case rejected
    /// Đã trả kết quả: the result was handed back to the unit.
    case returned
    /// Đã rút: the unit withdrew it before a decision (an archive outcome imported as `withdrawn`).
    case withdrawn

    /// True once the council has decided (approved or not), or the nomination was withdrawn: closed.
    public var isDecided: Bool { self == .approved || self == .rejected || self == .returned || self == .withdrawn }
}
