@testable import BinhXetCore
import BinhXetTestSupport
import Testing

/// `CalendarDay(text)` reads the desk's ISO dates straight from their bytes; it must read every text as
/// the general reading (`ISODate.parse`, then the numbers) does: real dates, impossible ones, other forms.
struct CalendarDayTextTests {
    static func general(_ text: String) -> CalendarDay? {
        guard let iso = ISODate.parse(text) else { return nil }
        let p = iso.split(separator: "-").compactMap { Int($0) }
        return CalendarDay(year: p[0], month: p[1], day: p[2])
    }

    @Test func isoTextReadsAsTheGeneralReadingDoes() {
        var rng = SeededGenerator(printingSeedFor: "CalendarDayTextTests.isoTextReadsAsTheGeneralReadingDoes")
        let fixed = ["2018-02-16", "2019-02-29", "2020-02-29", "2018-04-31", "2018-13-01", "2018-00-10", "0000-00-00",
                     "1899-12-31", "2200-12-31", "2201-01-01", "16/02/2018", "16-02-2018", "2018-2-16", "2018/02/16",
                     "2018-02-16T10:00", "２018-02-16", "", "2018-02-1a", "201８-02-16"]
        for text in fixed { #expect(CalendarDay(text) == Self.general(text), "\(text)") }
        for _ in 0..<5_000 {
            let text = String(format: "%04d-%02d-%02d", Int.random(in: 1850...2250, using: &rng), Int.random(in: 0...13, using: &rng),
                              Int.random(in: 0...32, using: &rng))
            #expect(CalendarDay(text) == Self.general(text), "\(text)")
        }
    }
}
