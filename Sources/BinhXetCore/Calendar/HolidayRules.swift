/// The public holidays of a year as the Labour Code sets them, for years whose schedule has not been
/// announced (and to draft the table's lines for such years: `binhxet-lab calendar-rules`).
///
/// What the law fixes (Labour Code 2012 Art. 115 from 1/5/2013, 2019 Art. 112 from 2021): 1/1; Tết, 4
/// days before 2014 and 5 since; Hùng Kings' day (10/3 lunar); 30/4; 1/5; 2/9, plus one adjacent day
/// from 2021. A holiday on a weekend gives a substitute day off on the next working day.
///
/// What is approximated, because the Government picks it each year:
/// - which 5 days Tết takes: here the 5 weekdays from the 2nd day before mùng 1 (4 weekdays from the
///   day before, while Tết had 4 days). Every announced schedule from 2014 to 2026 has exactly these
///   weekdays off, plus, in some years, swapped days;
/// - the day next to 2/9: Monday → Tuesday, Tuesday or Wednesday → the day before, Thursday → Friday,
///   Friday or Saturday → the day before, Sunday → Monday (as 2021–2025 were announced);
/// - swaps (hoán đổi: a weekday off, a Saturday worked) are never guessed.
public enum HolidayRules {
    /// The statutory holidays and substitute days of a year, in date order.
    public static func entries(year: Int) -> [HolidayEntry] {
        var entries: [HolidayEntry] = []
        var off = Set<CalendarDay>()
        func add(_ day: CalendarDay, _ kind: HolidayKind, _ name: String) {
            entries.append(HolidayEntry(day: day, kind: kind, name: name, source: "rule"))
            off.insert(day)
        }

        // Tết first: its days are weekdays by construction, so fixed holidays substitute around them.
        let tet = LunarCalendar.tet(year)
        let tetDays = year <= 2013 ? 4 : 5
        var day = tet.adding(days: -(tetDays - 3))
        var taken = 0
        while taken < tetDays {
            if !day.isWeekend {
                add(day, .holiday, "Tết Nguyên đán (\(lunarLabel(day)))")
                taken += 1
            }
            day = day.adding(days: 1)
        }

        var fixed: [(CalendarDay, String)] = [
            (CalendarDay(year: year, month: 1, day: 1)!, "Tết Dương lịch"),
            (LunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương"),
            (CalendarDay(year: year, month: 4, day: 30)!, "Ngày Giải phóng miền Nam, thống nhất đất nước"),
            (CalendarDay(year: year, month: 5, day: 1)!, "Ngày Quốc tế Lao động"),
        ]
        let nationalDay = CalendarDay(year: year, month: 9, day: 2)!
        fixed.append((nationalDay, "Quốc khánh"))
        if year >= 2021 {
            let step = [1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1][nationalDay.isoWeekday]!
            fixed.append((nationalDay.adding(days: step), "Quốc khánh (ngày liền kề)"))
        }
        fixed.sort { $0.0 < $1.0 }
        for (day, name) in fixed { add(day, .holiday, name) }
        for (day, name) in fixed where day.isWeekend {
            var next = day.adding(days: 1)
            while next.isWeekend || off.contains(next) { next = next.adding(days: 1) }
            add(next, .substitute, "Nghỉ bù \(name) \(day.vietnamese)")
        }
        return entries.sorted { $0.day < $1.day }
    }

    /// "29 tháng Chạp", "mùng 1 Tết": how people name the days around Tết.
    static func lunarLabel(_ day: CalendarDay) -> String {
        let l = LunarCalendar.lunarDate(of: day)
        return l.month == 12 ? "\(l.day) tháng Chạp" : "mùng \(l.day) Tết"
    }
}
