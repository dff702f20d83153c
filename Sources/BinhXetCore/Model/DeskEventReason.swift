/// A decision's reason as stored (a standard reason's code and the member's own words) and as read
/// (worded by the reader's vocabulary). Events written before codes existed hold the whole text in
/// `reason`, which reads as it was written.
extension DeskEvent {
    /// The payload key of a standard reason's code.
    public static let reasonCodeKey = "reason_code"

    /// The standard reason the event names, if any.
    public var reasonCode: StandardRejectionReason? {
        (try? details(EventPayload.Decision.self))?.reasonCode.flatMap(StandardRejectionReason.init(rawValue:))
    }

    /// The reason as a reader reads it, or nil when the event gives none.
    public func reason(in vocabulary: Vocabulary) -> String? {
        let note = (try? details(EventPayload.Decision.self))?.reason ?? ""
        guard reasonCode != nil || !note.isEmpty else { return nil }
        return vocabulary.reason(code: reasonCode, note: note)
    }

}
