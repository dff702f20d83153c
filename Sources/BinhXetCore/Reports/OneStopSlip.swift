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

/// Why a slip cannot be printed yet.
public enum SlipError: Error, Equatable, Sendable, CustomStringConvertible {
    case nothingToPrint(nominationID: String, slip: OneStopSlip, needs: String)

    public var description: String {
        switch self {
        case .nothingToPrint(let id, let slip, let needs): return "no \(slip.rawValue) slip for \(id): \(needs)"
        }
    }
}
