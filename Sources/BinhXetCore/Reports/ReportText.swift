import BinhXetText
import Foundation

/// Vietnamese wording shared by the reports: names of titles and groups, figures, dates, order.
enum ReportText {
    static func title(_ t: AwardTitle) -> String {
        t == .cstdcs ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến"
    }

    /// "CSTĐCS", "LĐTT": the codes with their diacritics, for narrow columns.
    static func titleCode(_ t: AwardTitle) -> String { t == .cstdcs ? "CSTĐCS" : "LĐTT" }

    static func category(_ c: WorkerCategory) -> String {
        switch c {
        case .civilServant: return "Cán bộ, công chức, viên chức"
        case .worker: return "Công nhân"
        case .farmer: return "Nông dân"
        case .directLabour: return "Người lao động trực tiếp"
        case .armedForces: return "Lực lượng vũ trang"
        case .militia: return "Dân quân tự vệ"
        case .communePolice: return "Công an xã"
        }
    }

    static func outcome(_ o: DecisionOutcome?) -> String {
        switch o {
        case .approve: return "Thông qua"
        case .reject: return "Không thông qua"
        case .supplement: return "Yêu cầu bổ sung"
        case nil: return "Chưa quyết định"
        }
    }

    static func status(_ s: NominationStatus) -> String {
        switch s {
        case .received: return "Đã tiếp nhận"
        case .appraising: return "Đang thẩm định"
        case .atCouncil: return "Trình Hội đồng"
        case .awaitingSupplement: return "Chờ bổ sung"
        case .approved: return "Thông qua"
        case .rejected: return "Không đạt"
        case .returned: return "Đã trả kết quả"
        case .withdrawn: return "Đã rút"
        }
    }

    /// "3 (12,5%)"; "0" when there is nothing to share.
    static func countAndShare(_ n: Int, of total: Int) -> String {
        total == 0 ? "\(n)" : "\(n) (\(percent(n, of: total)))"
    }

    /// "12,5%": a decimal comma, as Vietnamese writes it (`Percent`).
    static func percent(_ n: Int, of total: Int) -> String { Percent.of(n, of: total, in: .vi) }

    static func date(_ iso: String) -> String { CalendarDay(iso)?.vietnamese ?? iso }

    /// "năm 2018", or nothing for every year.
    static func yearPhrase(_ year: Int?) -> String { year.map { " NĂM \($0)" } ?? "" }

    /// The head of every paper: the issuing body, the council, and the national motto.
    static func letterhead(_ rules: RuleSet) -> [String] {
        [rules.issuingBody.uppercased(), "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"]
    }

    /// Lists of people are ordered by given name, then unit (`NameCollation`, the desk's one order).
    static func personKey(_ name: String) -> String { NameCollation.personKey(name) }

    static func unitKey(_ name: String) -> String { NameCollation.unitKey(name) }
}
