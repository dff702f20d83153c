@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// Today is computed from the clock's seconds by arithmetic; it must be the day the event-time reading
/// gives (the day in Vietnam of the UTC instant) for any instant, around midnight in Vietnam too.
struct TodayTests {
    @Test func todayIsTheDayOfTheClocksEventTime() {
        var rng = SeededGenerator(printingSeedFor: "TodayTests.todayIsTheDayOfTheClocksEventTime")
        for i in 0..<2_000 {
            // Whole seconds from 1950 to 2080; every tenth one within a minute of 17:00 UTC (midnight in Vietnam).
            var seconds = Int.random(in: -631_152_000...3_471_292_800, using: &rng)
            if i % 10 == 0 { seconds = seconds - ((seconds % 86_400) + 86_400) % 86_400 + 17 * 3600 + Int.random(in: -60...60, using: &rng) }
            let now = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(CalendarDay.today(now) == CalendarDay(eventTime: Clock.isoNow(now)), "\(Clock.isoNow(now))")
        }
        #expect(CalendarDay.today(Date(timeIntervalSince1970: 1_525_915_800)).iso == "2018-05-10")  // 01:30 UTC
        #expect(CalendarDay.today(Date(timeIntervalSince1970: 1_525_971_600)).iso == "2018-05-11")  // 17:00 UTC
    }
}
