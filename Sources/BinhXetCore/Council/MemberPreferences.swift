import Foundation

/// What the desk remembers for each member between sessions: the year they last filtered the queues to,
/// and whether the next nomination opens by itself after a decision. Kept in the desk (so it follows the
/// member to any terminal), not in the event log: a preference is not part of the record.
public struct MemberPreferences: Sendable, Equatable, Codable {
    /// The year filter the member last set on the queues; nil for none.
    public var yearFilter: Int?
    /// After a decision (or, for a member who only votes, a ballot), open the next nomination of the queue.
    public var openNextAfterDecision: Bool

    public init(yearFilter: Int? = nil, openNextAfterDecision: Bool = true) {
        self.yearFilter = yearFilter; self.openNextAfterDecision = openNextAfterDecision
    }

    /// The desk_info key of a member's preferences.
    static func key(_ login: String) -> String { "member_preferences:" + login }
}
