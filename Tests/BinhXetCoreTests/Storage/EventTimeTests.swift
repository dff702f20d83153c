@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// Event times are read by hand for the shapes the desk writes; the minutes shown must be the formatter's,
/// in any time zone, for any such time (and anything else still goes through the formatter).
struct EventTimeTests {
    @Test func theHandReadingShowsTheFormattersMinutes() throws {
        var rng = SeededGenerator(printingSeedFor: "EventTimeTests.theHandReadingShowsTheFormattersMinutes")
        let zones = ["Asia/Ho_Chi_Minh", "UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"]
            .compactMap(TimeZone.init(identifier:))
        #expect(zones.count == 5)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        for _ in 0..<3_000 {
            let year = Int.random(in: 1950...2080, using: &rng), month = Int.random(in: 1...12, using: &rng)
            let day = Int.random(in: 1...31, using: &rng)
            var iso = "\(year)-\(two(month))-\(two(day))T\(two(Int.random(in: 0...23, using: &rng))):"
                + "\(two(Int.random(in: 0...59, using: &rng))):\(two(Int.random(in: 0...59, using: &rng)))"
            let digits = Int.random(in: 0...4, using: &rng)
            if digits > 0 { iso += "." + (0..<digits).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined() }
            switch Int.random(in: 0...2, using: &rng) {
            case 0: iso += "Z"
            case 1: iso += "+\(two(Int.random(in: 0...14, using: &rng))):\(two([0, 30, 45].randomElement(using: &rng)!))"
            default: iso += "-\(two(Int.random(in: 0...12, using: &rng))):\(two([0, 30].randomElement(using: &rng)!))"
            }
            let zone = zones.randomElement(using: &rng)!
            #expect(EventTime.display(iso, in: zone) == EventTime.formatted(iso, in: zone), "\(iso) in \(zone.identifier)")
        }
    }

    @Test func whatTheDeskWritesIsReadByHand() {
        #expect(EventTime.epochSeconds("2018-05-10T01:30:00.000Z") == 1_525_915_800)
        #expect(EventTime.display("2018-05-10T01:30:00.000Z", in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!) == "10/05/2018 08:30")
        // Other shapes are the formatter's to read (or shown as stored)
        #expect(EventTime.epochSeconds("2018-05-10 01:30") == nil)
        #expect(EventTime.display("hôm qua", in: TimeZone(identifier: "UTC")!) == "hôm qua")
    }
}
