import Foundation

/// A calendar date with no time of day and no time zone, counted as a Julian day number.
///
/// Deadlines are whole days at the one-stop desk, so dates are integers: adding days, counting them and
/// finding the weekday need no `Calendar`, no `TimeZone` and no daylight-saving surprises.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since the Julian epoch (noon, 1 January 4713 BC): 2458166 is 2018-02-16.
    public let julianDay: Int

    public init(julianDay: Int) { self.julianDay = julianDay }

    /// The proleptic Gregorian date; nil when it does not exist (31 April, 29 February 2019).
    public init?(year: Int, month: Int, day: Int) {
        guard ISODate.isValid(year: year, month: month, day: day) else { return nil }
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        julianDay = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// Reads `2018-02-16` or `16/02/2018` (the forms `ISODate.parse` accepts).
    public init?(_ text: String) {
        // The desk stores ISO dates ("2018-02-16"): read straight from the bytes. The rule review reads one
        // per nomination (its regime by received date), 10,000 for a desk's attention; anything else takes
        // the general reading below.
        if let (y, m, d) = Self.isoDigits(text) {
            self.init(year: y, month: m, day: d)
            return
        }
        guard let iso = ISODate.parse(text) else { return nil }
        let p = iso.split(separator: "-").compactMap { Int($0) }
        self.init(year: p[0], month: p[1], day: p[2])
    }

    /// The numbers of exactly "dddd-dd-dd" (ASCII digits), nil for any other text.
    static func isoDigits(_ text: String) -> (Int, Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ r: Range<Int>) -> Int? {
                var n = 0
                for i in r {
                    let c = b[i]
                    guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(c - UInt8(ascii: "0"))
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        } ?? nil
    }

    /// (year, month, day) of the Gregorian calendar.
    public var components: (year: Int, month: Int, day: Int) {
        let a = julianDay + 32044
        let b = (4 * a + 3) / 146097
        let c = a - (146097 * b) / 4
        let d = (4 * c + 3) / 1461
        let e = c - (1461 * d) / 4
        let m = (5 * e + 2) / 153
        return (b * 100 + d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1)
    }

    public var year: Int { components.year }

    /// `yyyy-MM-dd`, the way the desk stores dates.
    public var iso: String {
        let c = components
        return ISODate.format(year: c.year, month: c.month, day: c.day)
    }

    /// `dd/MM/yyyy`, the way Vietnamese documents print dates.
    public var vietnamese: String {
        let c = components
        return (c.day < 10 ? "0\(c.day)" : "\(c.day)") + "/" + (c.month < 10 ? "0\(c.month)" : "\(c.month)") + "/\(c.year)"
    }

    public var description: String { iso }

    /// Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { julianDay % 7 + 1 }

    /// Saturday or Sunday: the weekly rest of state offices (40-hour week since 2000).
    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> CalendarDay { CalendarDay(julianDay: julianDay + days) }

    public static func < (l: CalendarDay, r: CalendarDay) -> Bool { l.julianDay < r.julianDay }

    /// The day in Vietnam (UTC+7) of an instant stored as an event time (`2018-02-16T17:30:00.000Z`).
    public init?(eventTime: String) {
        guard eventTime.count >= 13, let utcDay = CalendarDay(String(eventTime.prefix(10))),
              let hour = Int(eventTime.dropFirst(11).prefix(2)) else { return nil }
        self = hour + 7 >= 24 ? utcDay.adding(days: 1) : utcDay
    }

    /// Today in Vietnam (UTC+7), by arithmetic on the clock's seconds: the same day as
    /// `CalendarDay(eventTime: Clock.isoNow(now))`, without the ICU formatter `isoNow` makes on every call
    /// (a nomination page asks for today for its due standing on every open).
    public static func today(_ now: Date = Date()) -> CalendarDay {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 7 * 3600
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        // Julian day 2440588 is 1970-01-01.
        return CalendarDay(julianDay: 2_440_588 + days)
    }
}
