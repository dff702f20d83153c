import BinhXetText

/// The occupational group of a nominee. The 2017 letter asks for more awards to direct labour, so
/// statistics count these groups; codes are those of the nomination CSV.
public enum WorkerCategory: String, Sendable, Codable, CaseIterable {
    case civilServant = "can_bo_cong_chuc"
    case worker = "cong_nhan"
    case farmer = "nong_dan"
    case directLabour = "lao_dong_truc_tiep"
    case armedForces = "luc_luong_vu_trang"
    case militia = "dan_quan_tu_ve"
    case communePolice = "cong_an_xa"

    /// True for the groups the letter asks councils to favour (everyone but office staff).
    public var isDirectLabour: Bool { self != .civilServant }

    /// Reads a CSV code or its Vietnamese words ("Nông dân", "dan quan tu ve").
    public init?(code: String) {
        let key = VietnameseFolding.fold(code)
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "_")
        if let c = WorkerCategory(rawValue: key) { self = c; return }
        switch key {
        case "can_bo", "cong_chuc", "vien_chuc", "can_bo_cong_chuc_vien_chuc": self = .civilServant
        case "lao_dong": self = .directLabour
        case "quan_doi", "bo_doi": self = .armedForces
        case "dan_quan", "tu_ve": self = .militia
        case "cong_an": self = .communePolice
        default: return nil
        }
    }
}
