import BinhXetText

/// The columns of a nomination CSV, with the Vietnamese headers clerks use for them.
///
/// Headers are matched after folding (case, diacritics, đ, spaces and underscores), so "Họ và tên",
/// "HO VA TEN" and "ho_va_ten" all name `nominee_name`.
public enum NominationColumn: String, CaseIterable, Sendable {
    case nominationID = "nomination_id"
    case year
    case nomineeID = "nominee_id"
    case nomineeName = "nominee_name"
    case unit
    case position
    case duties
    case workerCategory = "worker_category"
    case title
    case initiativeTitle = "initiative_title"
    case initiativeFile = "initiative_file"
    case receivedOn = "received_on"

    /// Vietnamese header names accepted for this column (already folded, words joined by "_").
    var aliases: [String] {
        switch self {
        case .nominationID: return ["ma_de_nghi", "ma_ho_so", "so_ho_so", "ma_hs"]
        case .year: return ["nam", "nam_thi_dua", "nam_khen_thuong"]
        case .nomineeID: return ["ma_can_bo", "ma_ca_nhan", "ma_nguoi_duoc_de_nghi", "ma_cb"]
        case .nomineeName: return ["ho_va_ten", "ho_ten", "ten_can_bo", "ca_nhan_duoc_de_nghi"]
        case .unit: return ["don_vi", "co_quan", "co_quan_don_vi", "don_vi_cong_tac"]
        case .position: return ["chuc_vu", "chuc_danh", "vi_tri"]
        case .duties: return ["nhiem_vu", "nhiem_vu_duoc_giao", "linh_vuc_phu_trach"]
        case .workerCategory: return ["doi_tuong", "thanh_phan", "nhom_doi_tuong"]
        case .title: return ["danh_hieu", "danh_hieu_de_nghi", "danh_hieu_thi_dua"]
        case .initiativeTitle: return ["ten_sang_kien", "ten_de_tai", "sang_kien"]
        case .initiativeFile: return ["tep_sang_kien", "file_sang_kien", "tep_bao_cao", "duong_dan_tep"]
        case .receivedOn: return ["ngay_tiep_nhan", "ngay_nhan", "ngay_nhan_ho_so"]
        }
    }

    /// The column a header names, if any.
    static func matching(header: String) -> NominationColumn? {
        let key = foldHeader(header)
        return allCases.first { $0.rawValue == key || $0.aliases.contains(key) }
    }

    static func foldHeader(_ s: String) -> String {
        VietnameseFolding.fold(s.trimmingCharacters(in: .whitespaces))
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "." })
            .joined(separator: "_")
    }

    /// Columns that may be empty: LĐTT nominations carry no initiative.
    var mayBeEmpty: Bool { self == .initiativeTitle || self == .initiativeFile || self == .duties || self == .position }
}

import Foundation
