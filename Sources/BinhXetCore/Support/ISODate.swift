/// Calendar dates as ISO text (yyyy-MM-dd), the way the desk stores them.
public enum ISODate {
    /// Reads "2018-05-21", or "21/05/2018" / "21-05-2018" as Vietnamese spreadsheets write dates;
    /// returns the ISO form, or nil when it is not a real date.
    public static func parse(_ s: String) -> String? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (y, m, d) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
        guard isValid(year: y, month: m, day: d) else { return nil }
        return format(year: y, month: m, day: d)
    }

    public static func format(year: Int, month: Int, day: Int) -> String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(year: year, month: month)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
