import Foundation

/// A step of the one-stop flow (TT 01/2018/TT-VPCP; procedure 1.000843) that is not a council outcome:
/// receive → appraise → council → (outcome) → return the result.
///
/// Its name on the command line (`binhxet advance ID appraising`) is the raw value of the event it records.
public enum OneStopStep: Sendable, Codable, CaseIterable, RawRepresentable {
    /// Thẩm định: the standing office starts appraising.
    case appraise
    /// Trình Hội đồng: the dossier goes before the council.
    case toCouncil
    /// Đã bổ sung: the unit handed in what was missing; the clock runs again.
    case supplemented
    /// Trả kết quả: the result is handed back to the unit.
    case returnResult
    /// Từ chối tiếp nhận giải quyết (Mẫu 03): the desk refuses to process the dossier; needs a reason.
    case refuse

    /// The event kind recorded.
    public var eventKind: DeskEvent.Kind {
        switch self {
        case .appraise: return .appraising
        case .toCouncil: return .atCouncil
        case .supplemented: return .supplemented
        case .returnResult: return .returned
        case .refuse: return .refused
        }
    }

    public var rawValue: String { eventKind.rawValue }
    public init?(rawValue: String) {
        guard let step = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = step
    }

    /// The status a nomination takes.
    public var resultingStatus: NominationStatus {
        switch self {
        case .appraise, .supplemented: return .appraising
        case .toCouncil: return .atCouncil
        case .returnResult: return .returned
        case .refuse: return .rejected
        }
    }

    /// The statuses it may follow.
    public var allowedFrom: Set<NominationStatus> {
        switch self {
        case .appraise: return [.received]
        case .toCouncil: return [.received, .appraising]
        case .supplemented: return [.awaitingSupplement]
        case .returnResult: return [.approved, .rejected]
        case .refuse: return [.received, .appraising, .awaitingSupplement]
        }
    }
}

/// Why a one-stop step was not recorded. Nothing was written.
public enum OneStopError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNomination(String)
    case notFrom(nominationID: String, status: NominationStatus, step: OneStopStep)
    case reasonRequired(String)

    public var description: String {
        switch self {
        case .unknownNomination(let id): return "no nomination with ID \(id)"
        case .notFrom(let id, let status, let step):
            return "\(id) is \(status.rawValue): '\(step.rawValue)' only follows \(step.allowedFrom.map(\.rawValue).sorted().joined(separator: ", "))"
        case .reasonRequired(let what): return "\(what) needs a reason (--reason)"
        }
    }
}
