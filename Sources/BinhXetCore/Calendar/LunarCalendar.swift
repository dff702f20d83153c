import Foundation

/// A date of the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Sendable, Hashable, CustomStringConvertible {
    public var day: Int
    public var month: Int
    /// The lunar year, named after the Gregorian year in which it mostly falls (Tết 2018 starts 2018).
    public var year: Int
    /// True for the intercalary month (tháng nhuận) that repeats `month`.
    public var isLeapMonth: Bool

    public init(day: Int, month: Int, year: Int, isLeapMonth: Bool = false) {
        self.day = day; self.month = month; self.year = year; self.isLeapMonth = isLeapMonth
    }

    public var description: String { "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch" }
}

/// Vietnamese lunar dates by Hồ Ngọc Đức's astronomical algorithm, on Vietnamese time (UTC+7).
///
/// Why not Foundation's `.chinese` calendar: it computes for Beijing (UTC+8), and in some years the new
/// moon falls before midnight in Hanoi but after it in Beijing, so Tết differs (1985 is the famous case).
/// The official Vietnamese calendar is computed for UTC+7 since 1968. The algorithm uses Meeus's mean
/// new moon with the main periodic terms and the Sun's apparent longitude, both accurate to minutes for
/// 1900–2100; a month holds the day of its new moon, month 11 holds the winter solstice, and in a 13-month
/// year the first month without a major solar term is the leap month.
public enum LunarCalendar {
    /// Hours east of UTC: the official calendar is drawn for Hanoi.
    public static let timeZone = 7.0

    /// The lunar date of a solar day.
    public static func lunarDate(of solar: CalendarDay) -> LunarDate {
        let dayNumber = solar.julianDay
        let year = solar.year
        let k = Int(floor((Double(dayNumber) - 2415021.076998695) / 29.530588853))
        var monthStart = newMoonDay(k + 1)
        if monthStart > dayNumber { monthStart = newMoonDay(k) }
        var a11 = lunarMonth11(year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = year
            a11 = lunarMonth11(year - 1)
        } else {
            lunarYear = year + 1
            b11 = lunarMonth11(year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapMonthDiff = leapMonthOffset(a11)
            if diff >= leapMonthDiff {
                lunarMonth = diff + 10
                if diff == leapMonthDiff { isLeap = true }
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(day: lunarDay, month: lunarMonth, year: lunarYear, isLeapMonth: isLeap)
    }

    /// The solar day of a lunar date, or nil when the date does not exist (a leap month that year lacks).
    public static func solarDay(of lunar: LunarDate) -> CalendarDay? {
        let a11: Int, b11: Int
        if lunar.month < 11 {
            a11 = lunarMonth11(lunar.year - 1)
            b11 = lunarMonth11(lunar.year)
        } else {
            a11 = lunarMonth11(lunar.year)
            b11 = lunarMonth11(lunar.year + 1)
        }
        var off = lunar.month - 11
        if off < 0 { off += 12 }
        if b11 - a11 > 365 {
            let leapOff = leapMonthOffset(a11)
            var leapMonth = leapOff - 2
            if leapMonth < 0 { leapMonth += 12 }
            if lunar.isLeapMonth && lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || off >= leapOff { off += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        let k = Int(floor(0.5 + (Double(a11) - 2415021.076998695) / 29.530588853))
        return CalendarDay(julianDay: newMoonDay(k + off) + lunar.day - 1)
    }

    /// Mùng 1 Tết: the first day of the lunar year that starts in Gregorian `year`.
    public static func tet(_ year: Int) -> CalendarDay {
        solarDay(of: LunarDate(day: 1, month: 1, year: year))!
    }

    /// Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month.
    public static func hungKingsDay(_ year: Int) -> CalendarDay {
        solarDay(of: LunarDate(day: 10, month: 3, year: year))!
    }

    // MARK: - Astronomy

    /// Julian day (with fraction) of the k-th new moon after 1 January 1900.
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85, t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 -= 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// The Sun's apparent longitude in radians (0…2π) at a Julian day.
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2451545.0) / 36525, t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl = dl + (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= Double.pi * 2 * floor(l / (Double.pi * 2))
        return l
    }

    /// The day number (local time) of the k-th new moon.
    static func newMoonDay(_ k: Int) -> Int { Int(floor(newMoon(k) + 0.5 + timeZone / 24)) }

    /// Which of the 12 major solar terms (0…11, 30° each) the Sun is in at the start of a local day.
    static func solarTerm(ofDay dayNumber: Int) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6))
    }

    /// The first day of the 11th lunar month (the one holding the winter solstice) of a Gregorian year.
    static func lunarMonth11(_ year: Int) -> Int {
        let off = CalendarDay(year: year, month: 12, day: 31)!.julianDay - 2415021
        let k = Int(floor(Double(off) / 29.530588853))
        let nm = newMoonDay(k)
        return solarTerm(ofDay: nm) >= 9 ? newMoonDay(k - 1) : nm
    }

    /// In a 13-month year starting at month 11 (`a11`), how many months after it the leap month comes.
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = Int(floor((Double(a11) - 2415021.076998695) / 29.530588853 + 0.5))
        var i = 1
        var arc = solarTerm(ofDay: newMoonDay(k + i))
        var last: Int
        repeat {
            last = arc
            i += 1
            arc = solarTerm(ofDay: newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }
}
