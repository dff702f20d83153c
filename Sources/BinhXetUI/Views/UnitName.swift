/// Unit names as clerks shorten them when space is short: "Trường THCS Hồng Kim" → "THCS Hồng Kim",
/// "Ủy ban nhân dân xã Vân Khê" → "UBND xã Vân Khê". Only for narrow columns; full names everywhere else.
enum UnitName {
    /// Longest first, so "Trường Trung học cơ sở" wins over "Trường".
    private static let abbreviations: [(String, String)] = [
        ("Trường Trung học phổ thông ", "THPT "), ("Trường Trung học cơ sở ", "THCS "), ("Trường Tiểu học ", "TH "),
        ("Trường Mầm non ", "MN "), ("Trường ", ""), ("Ủy ban nhân dân ", "UBND "), ("Uỷ ban nhân dân ", "UBND "),
        ("Ban Chỉ huy Quân sự ", "BCHQS "), ("Hợp tác xã Nông nghiệp ", "HTX NN "), ("Hợp tác xã ", "HTX "),
        ("Trạm Y tế ", "TYT "), ("Phòng Tài chính - Kế hoạch", "Phòng TC-KH"), ("Công an ", "CA "),
    ]

    static func short(_ name: String) -> String {
        var s = name
        for (long, short) in abbreviations where s.hasPrefix(long) {
            s = short + s.dropFirst(long.count)
            break
        }
        return s
    }
}
