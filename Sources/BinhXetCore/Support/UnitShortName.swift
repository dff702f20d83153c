import BinhXetText

/// The name a narrow list shows for a unit: the `short_name` its units.csv gave, else the clerks'
/// abbreviation of the full name ("Trường THCS Hồng Kim" → "THCS Hồng Kim", "Ủy ban nhân dân xã Vân Khê"
/// → "UBND xã Vân Khê"). Decided here, once, so the queue, the year summary and their order agree.
public enum UnitShortName {
    /// Most display columns a declared short name may take: it must fit the queue's unit column at 80.
    public static let maxWidth = 20

    /// Longest first, so "Trường Trung học cơ sở" wins over "Trường".
    private static let abbreviations: [(String, String)] = [
        ("Trường Trung học phổ thông ", "THPT "), ("Trường Trung học cơ sở ", "THCS "), ("Trường Tiểu học ", "TH "),
        ("Trường Mầm non ", "MN "), ("Trường ", ""), ("Ủy ban nhân dân ", "UBND "), ("Uỷ ban nhân dân ", "UBND "),
        ("Ban Chỉ huy Quân sự ", "BCHQS "), ("Hợp tác xã Nông nghiệp ", "HTX NN "), ("Hợp tác xã ", "HTX "),
        ("Trạm Y tế ", "TYT "), ("Phòng Tài chính - Kế hoạch", "Phòng TC-KH"), ("Công an ", "CA "),
    ]

    /// The abbreviation derived from the full name (the name itself when no abbreviation applies).
    public static func derived(_ name: String) -> String {
        for (long, short) in abbreviations where name.hasPrefix(long) {
            return short + name.dropFirst(long.count)
        }
        return name
    }

    /// The short name a list shows: the declared one, else the derived one.
    public static func of(_ name: String, declared: String?) -> String {
        declared.flatMap { $0.isEmpty ? nil : $0 } ?? derived(name)
    }

    /// Why a declared short name cannot be used, nil when it can (for an import's one-line problem).
    public static func problem(_ short: String, fullName: String) -> String? {
        if short.contains(where: \.isNewline) { return "holds a line break; write the short name on one line" }
        let width = DisplayWidth.of(short)
        if width > maxWidth { return "'\(short)' is \(width) columns wide; a short name may take at most \(maxWidth)" }
        if DisplayWidth.of(fullName) < width { return "'\(short)' is longer than the unit's name '\(fullName)'" }
        return nil
    }
}

extension NameCollation {
    /// The order of units everywhere units are listed (queue's unit sort and pick list, year summary):
    /// by the short name lists show, then the full name, so a list reads in the order of what it shows.
    public static func unitOrderKey(_ name: String, declaredShort: String?) -> String {
        unitKey(UnitShortName.of(name, declared: declaredShort)) + "\u{2}" + unitKey(name)
    }
}
