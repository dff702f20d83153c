/// What a regime's documents cite and pay: the "Căn cứ" lines of a decision, with each instrument's number,
/// full date and issuer as gazetted, and the prize coefficients (times the base salary) of each title.
///
/// Dates as commonly reproduced (documents.md, domain.md §2–3); marked "check" in DECISIONS.md where a
/// second source was not at hand: TT 01/2024's date and the 2025 local government law's.
extension RuleSetID {
    /// The organisation law of local government in force for a year's decision.
    func localGovernmentBasis(year: Int) -> [String] {
        if self == .twoTier { return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"] }
        if year < 2016 { return ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"] }
        if year < 2020 { return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"] }
        return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"]
    }

    /// The emulation law, its decrees and circulars.
    func emulationBasis(year: Int) -> [String] {
        let law2003 = "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;"
        let law2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
        switch self {
        case .decree65:
            return [law2003,
                    "Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng; Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013;",
                    "Căn cứ Thông tư số 07/2014/TT-BNV ngày 29 tháng 8 năm 2014 của Bộ Nội vụ hướng dẫn thi hành Nghị định số 42/2010/NĐ-CP, Nghị định số 39/2012/NĐ-CP và Nghị định số 65/2014/NĐ-CP;"]
        case .law2003:
            var out = [law2003,
                       "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"]
            if year >= 2020 {
                out.append("Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP;")
            }
            return out
        case .law2022, .twoTier:
            var out = [law2022,
                       "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"]
            if self == .twoTier {
                out.append("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực nội vụ;")
            }
            out.append("Căn cứ Thông tư số 01/2024/TT-BNV ngày 28 tháng 02 năm 2024 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 98/2023/NĐ-CP;")
            return out
        }
    }

    /// Prize money of a title in base salaries, with the provision that sets it.
    func prizeCoefficient(_ title: AwardTitle) -> (tenths: Int, basis: String) {
        let tenths = title == .cstdcs ? 10 : 3
        switch self {
        case .decree65: return (tenths, "Điều 70, 71 Nghị định số 42/2010/NĐ-CP")
        case .law2003: return (tenths, "Điều 71, 72 Nghị định số 91/2017/NĐ-CP")
        case .law2022, .twoTier: return (tenths, "Điều 55 Nghị định số 98/2023/NĐ-CP")
        }
    }
}
