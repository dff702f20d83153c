import Foundation

/// Event times as a member reads them: the desk stores UTC (ISO 8601); screens show local minutes.
enum EventTime {
    static func display(_ iso: String, in timeZone: TimeZone) -> String {
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
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
    }

    /// A day stored as yyyy-MM-dd, as Vietnamese write it: dd/mm/yyyy (anything else is shown as stored).
    static func day(_ iso: String) -> String {
        let p = iso.prefix(10).split(separator: "-")
        guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2, p.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return iso }
        return "\(p[2])/\(p[1])/\(p[0])"
    }
}
