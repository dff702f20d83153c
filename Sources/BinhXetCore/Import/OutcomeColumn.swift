/// The columns of an outcomes CSV (what became of earlier years' nominations and their initiatives),
/// with the Vietnamese headers clerks use. The same columns may also stand in a nominations CSV.
public enum OutcomeColumn: String, CaseIterable, Sendable {
    case nominationID = "nomination_id"
    case outcome
    case decisionNo = "decision_no"
    case decisionDate = "decision_date"
    case initiativeRecognised = "initiative_recognised"
    case recognitionNo = "recognition_no"
    case recognitionDate = "recognition_date"
    case recognisedBy = "recognised_by"
    case recognitionScope = "recognition_scope"

    /// Vietnamese header names accepted for this column (already folded, words joined by "_").
    var aliases: [String] {
        switch self {
        case .nominationID: return NominationColumn.nominationID.aliases
        case .outcome: return ["ket_qua", "ket_qua_khen_thuong", "ket_qua_xet"]
        case .decisionNo: return ["so_quyet_dinh", "so_qd", "so_quyet_dinh_khen_thuong", "so_qd_khen_thuong"]
        case .decisionDate: return ["ngay_quyet_dinh", "ngay_qd", "ngay_ky_quyet_dinh", "ngay_qd_khen_thuong"]
        case .initiativeRecognised: return ["sang_kien_duoc_cong_nhan", "cong_nhan_sang_kien", "da_cong_nhan"]
        case .recognitionNo: return ["so_quyet_dinh_cong_nhan", "so_qd_cong_nhan", "so_cong_nhan"]
        case .recognitionDate: return ["ngay_cong_nhan", "ngay_qd_cong_nhan", "ngay_quyet_dinh_cong_nhan"]
        case .recognisedBy: return ["nguoi_cong_nhan", "co_quan_cong_nhan", "cap_cong_nhan", "don_vi_cong_nhan"]
        case .recognitionScope: return ["pham_vi", "pham_vi_anh_huong", "pham_vi_cong_nhan"]
        }
    }

    /// The column a header names, if any.
    static func matching(header: String) -> OutcomeColumn? {
        let key = NominationColumn.foldHeader(header)
        return allCases.first { $0.rawValue == key || $0.aliases.contains(key) }
    }
}
