import Foundation

/// What the one-stop desk wrote down when it took a dossier in, for the receipt (Mẫu 01): the hour and
/// minute, who handed it in, and the papers actually received — not a fixed list of what a dossier should
/// hold. Kept as a chained `reception_recorded` event; the latest one counts.
public struct Reception: Sendable, Equatable {
    /// "09:15", local time on the dossier's received date.
    public var time: String
    public var papers: [String]
    public var submitter: String?

    public init(time: String, papers: [String], submitter: String? = nil) {
        self.time = time; self.papers = papers; self.submitter = submitter
    }
}

public enum ReceptionError: Error, Equatable, Sendable, CustomStringConvertible {
    case noPapers
    case badTime(String)
    public var description: String {
        switch self {
        case .noPapers: return "a reception names the papers received (--paper, once for each)"
        case .badTime(let t): return "'\(t)' is not a time of day (write 09:15)"
        }
    }
}
