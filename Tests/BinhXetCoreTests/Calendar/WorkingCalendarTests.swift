import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

@Suite struct WorkingCalendarTests {
    let calendar = WorkingCalendar.builtin

    func day(_ s: String) -> CalendarDay { CalendarDay(s)! }

    @Test(arguments: [
        // Tết 2018 (14/2–20/2 off): a CSTĐCS dossier (20 WD) and an LĐTT one (10 WD)
        ("2018-02-05", 20, "2018-03-12"),
        ("2018-02-13", 10, "2018-03-06"),
        // received on a Saturday inside Tết: counting starts on the first working day after it
        ("2018-02-17", 1, "2018-02-21"),
        // Tết 2024 (8/2–14/2 off)
        ("2024-02-07", 10, "2024-02-28"),
        ("2024-02-07", 20, "2024-03-13"),
        // 30/4–1/5 2024: 29/4 swapped for Saturday 4/5, which is worked
        ("2024-04-26", 10, "2024-05-14"),
        ("2024-05-03", 1, "2024-05-04"),
        // 30/4–1/5 2022 on a weekend: substitute days 2/5 and 3/5
        ("2022-04-29", 1, "2022-05-04"),
        // Hùng Kings' day 2022 (Sunday 10/4) gives Monday 11/4 off
        ("2022-04-08", 1, "2022-04-12"),
        // Received and due the same day when no time is given
        ("2018-02-05", 0, "2018-02-05"),
    ])
    func appointmentDates(received: String, workingDays: Int, expected: String) {
        #expect(calendar.appointmentDate(received: day(received), workingDays: workingDays).iso == expected)
    }

    @Test(arguments: ["2018-02-14", "2018-02-20", "2024-02-08", "2024-02-14", "2024-04-29", "2024-04-30",
                      "2024-05-01", "2021-09-03", "2023-09-04", "2017-01-02", "2026-01-02", "2013-02-15"])
    func daysOff(date: String) {
        #expect(!calendar.isWorkingDay(day(date)))
    }

    @Test(arguments: ["2018-02-13", "2018-02-21", "2024-02-15", "2024-05-04", "2013-02-23", "2026-01-10",
                      "2024-05-02"])
    func workingDays(date: String) {
        #expect(calendar.isWorkingDay(day(date)))
    }

    @Test func theCompiledInTableIsTheResourceFile() throws {
        // Given the table in the repository (Resources/calendar/holidays-vn.tsv)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/calendar/holidays-vn.tsv")
        let text = try String(contentsOf: file, encoding: .utf8)
        // Then the binary carries exactly that text (run `make calendar` after editing the file)
        #expect(WorkingCalendar.builtinTableText == text)
    }

    @Test func everyYearOfTheTableAgreesWithTheLunarCalendar() throws {
        // Given the built-in table
        let entries = try HolidayTable.parse(WorkingCalendar.builtinTableText, file: "holidays-vn.tsv")
        #expect(Set(entries.map(\.day.year)) == Set(2013...2030))
        for year in 2013...2030 {
            let lines = entries.filter { $0.day.year == year }
            // Then Hùng Kings' day is the 10th of the 3rd lunar month
            #expect(lines.contains { $0.name == "Giỗ Tổ Hùng Vương" && $0.day == LunarCalendar.hungKingsDay(year) },
                    "Giỗ Tổ \(year)")
            // And every Tết line names its own lunar day, within a week of mùng 1 Tết
            let tet = LunarCalendar.tet(year)
            for line in lines where line.name.hasPrefix("Tết Nguyên đán (") {
                let lunar = LunarCalendar.lunarDate(of: line.day)
                let label = lunar.month == 12 ? "\(lunar.day) tháng Chạp" : "mùng \(lunar.day) Tết"
                #expect(line.name == "Tết Nguyên đán (\(label))", "\(line.day.iso)")
                #expect(abs(line.day.julianDay - tet.julianDay) <= 6, "\(line.day.iso)")
            }
            // And mùng 1 Tết is off, and five working days around it are off (four in 2013, plus swaps)
            #expect(!calendar.isWorkingDay(tet))
            let weekdaysOff = (-7...7).map { tet.adding(days: $0) }.filter { !$0.isWeekend && !calendar.isWorkingDay($0) }
            #expect(weekdaysOff.count >= 5, "Tết \(year)")
        }
    }

    @Test func yearsWithoutAnAnnouncementFollowTheRules() throws {
        // Given the years 2027–2030, for which no schedule is published
        let entries = try HolidayTable.parse(WorkingCalendar.builtinTableText, file: "holidays-vn.tsv")
        for year in 2027...2030 {
            // Then the table holds exactly what the Labour Code rules derive
            #expect(entries.filter { $0.day.year == year } == HolidayRules.entries(year: year))
        }
        // And a year beyond the table gets the statutory days too (Tết 2031: 23/1, a Thursday)
        #expect(!calendar.isWorkingDay(day("2031-01-23")))
        #expect(!calendar.isWorkingDay(day("2031-09-02")))
    }

    @Test func anOverrideFileReplacesWholeDays() throws {
        // Given a desk whose province worked on 2018-02-20 and closed on 2018-03-08
        let s = try Scratch()
        let url = try s.write("d.desk.holidays.tsv", """
            # local schedule
            2018-02-20\tworkday\tUBND tỉnh: làm việc\tQĐ tỉnh
            2018-03-08\tholiday\tNghỉ địa phương\tQĐ tỉnh

            """)
        // When the calendar is read with it
        let cal = try WorkingCalendar.forDesk(overrideFile: url)
        // Then those days change and nothing else
        #expect(cal.isWorkingDay(day("2018-02-20")))
        #expect(!cal.isWorkingDay(day("2018-03-08")))
        #expect(!cal.isWorkingDay(day("2018-02-19")))
        #expect(cal.appointmentDate(received: day("2018-02-13"), workingDays: 2).iso == "2018-02-21")
    }

    @Test(arguments: [
        ("2018-02-30\tholiday\tx\ty", "line 1: '2018-02-30' is not a date (yyyy-mm-dd)"),
        ("2018-02-20\tnghi\tx\ty", "line 1: unknown kind 'nghi' (expected holiday, substitute, swap, workday)"),
        ("2018-02-20 holiday", "line 1: expected date, kind, name and source separated by tabs"),
        ("2018-02-20\tholiday\n2018-02-20\tworkday", "line 2: 2018-02-20 is already listed on line 1"),
    ])
    func aBadOverrideLineIsNamed(text: String, message: String) {
        #expect(throws: HolidayTableError.self) { try HolidayTable.parse(text, file: "f.tsv") }
        do { _ = try HolidayTable.parse(text, file: "f.tsv") } catch {
            #expect("\(error)" == "f.tsv: \(message)")
        }
    }

    @Test func countingByWeeksAgreesWithWalkingDayByDay() throws {
        // Given ranges across every year of the table, an override, and years outside it
        let s = try Scratch()
        let cal = try WorkingCalendar.forDesk(overrideFile: try s.write("o.tsv", "2018-02-20\tworkday\tx\ty\n2018-03-10\tworkday\tx\ty\n"))
        var rng = SeededGenerator(printingSeedFor: "countingByWeeksAgreesWithWalkingDayByDay")
        for _ in 0..<300 {
            let a = CalendarDay(year: 2010, month: 1, day: 1)!.adding(days: Int.random(in: 0..<8000, using: &rng))
            let b = a.adding(days: Int.random(in: -5..<900, using: &rng))
            // Then the arithmetic count equals the day-by-day walk
            var walked = 0
            var d = a.adding(days: 1)
            while d <= b { if cal.isWorkingDay(d) { walked += 1 }; d = d.adding(days: 1) }
            #expect(cal.workingDays(after: a, through: b) == walked, "\(a.iso)…\(b.iso), seed \(rng.seed)")
        }
    }

    @Test func countingWorkingDays() {
        // 13/2/2018 to 21/2/2018 spans Tết: only the 21st counts
        #expect(calendar.workingDays(after: day("2018-02-13"), through: day("2018-02-21")) == 1)
        #expect(calendar.workingDays(after: day("2018-02-21"), through: day("2018-02-13")) == 0)
    }
}
