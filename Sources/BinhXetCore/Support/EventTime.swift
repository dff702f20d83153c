import Foundation

/// Event times as a person reads them: the desk stores UTC (ISO 8601); people read the minutes in the
/// desk's local time, dd/mm/yyyy HH:mm. The one reading for the review desk's pages and the command line
/// (`binhxet show`, `verify`), so a history reads the same at the terminal and in the shell.
public enum EventTime {
    /// "10/05/2018 08:30" in `timeZone` (the member's, `TimeZone.current`, unless a test says otherwise).
    ///
    /// The times the desk writes ("2018-05-10T01:30:00.000Z", or with an offset) are read by hand: a page
    /// shows every event of its nomination and is laid out on every frame, and an `ISO8601DateFormatter` made
    /// per event (an ICU formatter each) was most of a nomination frame's time. Anything else goes through
    /// the formatter as before (`EventTimeTests` hold the two to the same minutes).
    public static func display(_ iso: String, in timeZone: TimeZone = .current) -> String {
        if let seconds = epochSeconds(iso) { return local(seconds, in: timeZone) }
        return formatted(iso, in: timeZone)
    }

    /// The formatter's reading (the general path).
    static func formatted(_ iso: String, in timeZone: TimeZone) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var date = parser.date(from: iso)
        if date == nil {
            parser.formatOptions = [.withInternetDateTime]
            date = parser.date(from: iso)
        }
        guard let date else { return iso }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return text(day: c.day ?? 0, month: c.month ?? 0, year: c.year ?? 0, hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    private static func text(day: Int, month: Int, year: Int, hour: Int, minute: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(day))/\(two(month))/\(year) \(two(hour)):\(two(minute))"
    }

    /// Whole seconds since 1970 of "yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)", or nil for any other shape.
    static func epochSeconds(_ iso: String) -> Int? {
        let b = Array(iso.utf8)
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return v
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month, year), hour < 24, minute < 60, second < 60
        else { return nil }
        var i = 19
        if b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == UInt8(ascii: "Z") {
            guard i + 1 == b.count else { return nil }
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"), let h = number(i + 1, 2), let m = number(i + 4, 2),
                  h < 24, m < 60 else { return nil }
            offset = (h * 3600 + m * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    /// The minutes of an instant in a time zone.
    static func local(_ seconds: Int, in timeZone: TimeZone) -> String {
        let shifted = seconds + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let days = shifted >= 0 ? shifted / 86_400 : -((-shifted + 86_399) / 86_400)
        let inDay = shifted - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return text(day: day, month: month, year: year, hour: inDay / 3600, minute: inDay % 3600 / 60)
    }

    private static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (civil_from_days).
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// A day stored as yyyy-MM-dd, as Vietnamese write it: dd/mm/yyyy (anything else is shown as stored).
    public static func day(_ iso: String) -> String {
        let p = iso.prefix(10).split(separator: "-")
        guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2, p.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return iso }
        return "\(p[2])/\(p[1])/\(p[0])"
    }
}
