import BinhXetCore
import Testing

@Suite struct LunarCalendarTests {
    /// Mùng 1 Tết as published; the years where Hanoi and Beijing differ show the UTC+7 computation.
    @Test(arguments: [
        (1968, "1968-01-29"),  // China: 30/01/1968
        (1985, "1985-01-21"),  // China: 20/02/1985 (a different month 11, the famous case)
        (2007, "2007-02-17"),  // China: 18/02/2007
        (2013, "2013-02-10"), (2014, "2014-01-31"), (2015, "2015-02-19"), (2016, "2016-02-08"),
        (2017, "2017-01-28"), (2018, "2018-02-16"), (2019, "2019-02-05"), (2020, "2020-01-25"),
        (2021, "2021-02-12"), (2022, "2022-02-01"), (2023, "2023-01-22"), (2024, "2024-02-10"),
        (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"), (2028, "2028-01-26"),
        (2029, "2029-02-13"),
        (2030, "2030-02-02"),  // China: 03/02/2030 (new moon at 23:07 in Hanoi, 00:07 in Beijing)
    ])
    func tetFallsOnThePublishedDay(year: Int, expected: String) {
        #expect(LunarCalendar.tet(year).iso == expected)
    }

    @Test(arguments: [
        (2013, "2013-04-19"), (2016, "2016-04-16"), (2018, "2018-04-25"), (2022, "2022-04-10"),
        (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07"),
    ])
    func hungKingsDayIsTheTenthOfTheThirdMonth(year: Int, expected: String) {
        #expect(LunarCalendar.hungKingsDay(year).iso == expected)
    }

    @Test(arguments: [
        ("2020-05-23", LunarDate(day: 1, month: 4, year: 2020, isLeapMonth: true)),
        ("2020-06-21", LunarDate(day: 1, month: 5, year: 2020)),
        ("2023-03-22", LunarDate(day: 1, month: 2, year: 2023, isLeapMonth: true)),
        ("2018-02-15", LunarDate(day: 30, month: 12, year: 2017)),
        ("2025-07-25", LunarDate(day: 1, month: 6, year: 2025, isLeapMonth: true)),
    ])
    func leapMonthsAndYearEnds(solar: String, lunar: LunarDate) {
        #expect(LunarCalendar.lunarDate(of: CalendarDay(solar)!) == lunar)
    }

    @Test func everyDayFrom2012To2031RoundTrips() {
        // Given every solar day of the years the calendar covers
        var day = CalendarDay(year: 2012, month: 1, day: 1)!
        let end = CalendarDay(year: 2031, month: 12, day: 31)!
        var failures: [String] = []
        while day <= end {
            // When it goes to the lunar calendar and back
            let lunar = LunarCalendar.lunarDate(of: day)
            // Then it is the same day, and lunar days run 1…30
            if LunarCalendar.solarDay(of: lunar) != day || !(1...30).contains(lunar.day) {
                failures.append("\(day.iso) → \(lunar)")
            }
            day = day.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func aLeapMonthTheYearLacksDoesNotExist() {
        #expect(LunarCalendar.solarDay(of: LunarDate(day: 1, month: 3, year: 2020, isLeapMonth: true)) == nil)
        #expect(LunarCalendar.solarDay(of: LunarDate(day: 1, month: 4, year: 2024, isLeapMonth: true)) == nil)
    }

    @Test func weekdaysAndEventTimes() {
        #expect(CalendarDay("2018-02-16")!.isoWeekday == 5)
        #expect(CalendarDay("2024-02-10")!.isWeekend)
        #expect(CalendarDay("16/02/2018")?.vietnamese == "16/02/2018")
        // 17:30 UTC is already the next day in Vietnam
        #expect(CalendarDay(eventTime: "2018-02-13T17:30:00.000Z")?.iso == "2018-02-14")
        #expect(CalendarDay(eventTime: "2018-02-13T16:59:59.000Z")?.iso == "2018-02-13")
    }
}
