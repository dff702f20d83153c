import BinhXetCore

/// The one-stop deadline of a nomination: working days (Monday to Friday) from receipt to decision.
///
/// Procedure 1.000843 gives 20 working days for CSTĐCS and 10 for LĐTT at district level. Public holidays
/// are not counted out yet; when the core gains a working calendar this moves there.
enum Deadline {
    static func workingDays(for title: AwardTitle) -> Int { title == .cstdcs ? 20 : 10 }

    /// Undecided, not waiting for the unit, and more working days have passed than the procedure allows.
    static func isOverdue(status: NominationStatus, title: AwardTitle, receivedOn: String, today: String) -> Bool {
        if status.isDecided || status == .awaitingSupplement { return false }
        guard let from = dayNumber(receivedOn), let to = dayNumber(today), to > from else { return false }
        return workingDays(after: from, through: to) > workingDays(for: title)
    }

    /// Working days in (from, to].
    static func workingDays(after from: Int, through to: Int) -> Int {
        let days = to - from
        var count = (days / 7) * 5
        var d = from + (days / 7) * 7
        while d < to {
            d += 1
            if !isWeekend(d) { count += 1 }
        }
        return count
    }

    /// 1970-01-01 was a Thursday.
    static func isWeekend(_ day: Int) -> Bool {
        let weekday = ((day % 7) + 7 + 3) % 7   // 0 = Monday
        return weekday >= 5
    }

    /// Days since 1970-01-01 of an ISO date (yyyy-MM-dd…), by the civil-calendar algorithm.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
