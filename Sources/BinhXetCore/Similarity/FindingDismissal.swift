
/// Why a member set a similarity finding aside. The law allows several authors of one initiative, a
/// report may cite its source, the administrative template is shared by everyone, and the checker can
/// pair unrelated sentences: each is a reason a finding is not a re-use.
public enum DismissalReason: String, Sendable, CaseIterable, Codable {
    case coAuthored = "co_authored"
    case citedSource = "cited_source"
    case templateText = "template_text"
    case falseMatch = "false_match"

    /// How documents and screens in Vietnamese name it.
    public var vietnamese: String {
        switch self {
        case .coAuthored: return "sáng kiến đồng tác giả"
        case .citedSource: return "có trích dẫn nguồn"
        case .templateText: return "phần văn bản theo mẫu"
        case .falseMatch: return "trùng nhầm"
        }
    }

    /// Reads a code as the command line or a file writes it ("co_authored", "co-authored").
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A finding a member set aside, with why and by whom.
public struct FindingDismissal: Sendable, Equatable, Codable {
    public var nominationID: String
    public var sourceID: String
    public var reason: DismissalReason
    public var note: String?
    public var actor: String
    public var at: String

    /// "trùng nhầm: câu mẫu (Nguyễn Thị Lan)".
    public var vietnamese: String {
        reason.vietnamese + (note.map { ": \($0)" } ?? "") + " (\(actor))"
    }
}

/// Why a dismissal (or its undoing) was not recorded. Nothing was written.
public enum DismissalError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchFinding(nominationID: String, sourceID: String)
    case alreadyDismissed(nominationID: String, sourceID: String)
    case notDismissed(nominationID: String, sourceID: String)
    case unknownReason(String)

    public var description: String {
        switch self {
        case .noSuchFinding(let n, let s): return "\(n) has no finding against \(s)"
        case .alreadyDismissed(let n, let s): return "the finding of \(n) against \(s) is already dismissed"
        case .notDismissed(let n, let s): return "the finding of \(n) against \(s) is not dismissed"
        case .unknownReason(let r):
            return "unknown reason '\(r)' (\(DismissalReason.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
