import Foundation

/// What the nominee is employed to do: the text the initiative is judged against.
public struct DutyProfile: Sendable, Hashable, Codable {
    public var position: String
    public var duties: String
    public var unit: String

    public init(position: String, duties: String, unit: String) {
        self.position = position
        self.duties = duties
        self.unit = unit
    }
}
