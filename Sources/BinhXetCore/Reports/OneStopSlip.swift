/// The one-stop desk's printed slips (TT 01/2018/TT-VPCP), filled from a dossier.
public enum OneStopSlip: String, Sendable, CaseIterable {
    /// Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
    case receipt
    /// Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
    case supplement
    /// Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.
    case refusal
    /// Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.
    case apology

    var form: String {
        switch self {
        case .receipt: return "Mẫu số 01"
        case .supplement: return "Mẫu số 02"
        case .refusal: return "Mẫu số 03"
        case .apology: return "Mẫu số 04"
        }
    }

    var title: String {
        switch self {
        case .receipt: return "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
        case .supplement: return "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
        case .refusal: return "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
        case .apology: return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
        }
    }
}

extension OneStopSlip {
    /// The day a slip is dated: the day of the act it records, not the day it is printed. The receipt
    /// (Mẫu 01) the day the dossier was received; the request for supplements (02) and the refusal (03)
    /// the business day of their events; the apology (04) the day the latest new date was set. Nil when the
    /// act is not in `events` (the slip is not due).
    public func day(receivedOn: String, events: [DeskEvent]) -> CalendarDay? {
        switch self {
        case .receipt: return CalendarDay(receivedOn)
        case .supplement: return events.last { $0.kind == .supplementRequested }.flatMap(Dossier.day(of:))
        case .refusal: return events.last { $0.kind == OneStopStep.refuse.eventKind }.flatMap(Dossier.day(of:))
        case .apology:
            guard let e = events.last(where: { $0.kind == .rescheduled }) else { return nil }
            return (try? e.details(EventPayload.Step.self))?.madeOn.flatMap { CalendarDay($0) } ?? CalendarDay(eventTime: e.at)
        }
    }
}

/// Why a slip cannot be printed yet.
public enum SlipError: Error, Equatable, Sendable, CustomStringConvertible {
    case nothingToPrint(nominationID: String, slip: OneStopSlip, needs: String)

    public var description: String {
        switch self {
        case .nothingToPrint(let id, let slip, let needs): return "no \(slip.rawValue) slip for \(id): \(needs)"
        }
    }
}
