@testable import BinhXetUI
import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// The queue's drawn rows are kept between frames (`QueueLineCache`, held by the driver): every frame the
/// driver draws must be the frame `render(state)` draws without it, and a row whose data changed must never
/// be drawn from an earlier frame.
struct QueueLineCacheTests {
    /// The frame the member sees equals the one drawn from scratch.
    func expectFresh(_ h: Harness, _ step: String) {
        let cached = h.driver.frame
        let fresh = render(h.state)
        guard cached != fresh else { return }
        // Name the first line that differs, in text and styles, rather than print two whole frames.
        let y = (0..<fresh.height).first { y in (0..<fresh.width).contains { cached[$0, y] != fresh[$0, y] } } ?? 0
        Issue.record("\(step): line \(y) drawn from the cache differs from the line drawn afresh:\ncached: \(cached.lines[y])\nfresh:  \(fresh.lines[y])")
    }

    @Test func aRowWhoseStatusChangesIsDrawnAgain() throws {
        // Given Lan's queue on screen, every row of the "all" tab drawn once (and kept)
        let desk = try TestDesk()
        let lan = try Harness(Size(width: 120, height: 40), desk: desk)
        while lan.state.queue.tab != .all { lan.press(.tab) }
        let before = try #require(lan.line(containing: "N2018-0002"))
        #expect(!before.contains("thông qua"), "\(before)")
        #expect(lan.driver.queueLines.count > 0)
        // When another member approves N2018-0002 and Lan's terminal sees it at the next tick
        try desk.store.decide("N2018-0002", .approve, actor: "Trần Văn Bảo", at: "2018-06-20T03:10:00.000Z")
        lan.tick()
        lan.driver.runDeferred()
        // Then the row reads "thông qua", as a frame drawn from scratch does: the kept row of the old status
        // is not reused
        let after = try #require(lan.line(containing: "N2018-0002"))
        #expect(after.contains("thông qua"), "\(after)")
        #expect(after != before)
        expectFresh(lan, "after the decision")
    }

    @Test func theSameRowSelectedTaggedOrInAnotherLanguageIsNotTheKeptOne() throws {
        let h = try Harness(Size(width: 120, height: 40))
        while h.state.queue.tab != .all { h.press(.tab) }
        _ = h.driver.frame
        // The selection moves down and back: the rows it left are drawn unselected, from the cache or not
        h.press(.down); expectFresh(h, "down")
        h.press(.up); expectFresh(h, "up")
        // A tag marks the row's margin
        h.press(.char(" ")); expectFresh(h, "tag")
        h.press(.char(" ")); expectFresh(h, "untag")
        // The same state in English, and at 80 columns, through the same cache
        var english = h.state
        english.language = .en
        #expect(render(english, cache: h.driver.queueLines) == render(english))
        var narrow = h.state
        narrow.size = Size(width: 80, height: 24)
        #expect(render(narrow, cache: h.driver.queueLines) == render(narrow))
    }

    /// A seeded walk through the queues (moves, pages, tabs, tags, search, a resize, decisions made at another
    /// terminal): after every key the member's frame is the frame drawn afresh.
    @Test func aRandomWalkDrawsWhatRenderDraws() throws {
        var rng = SeededGenerator(printingSeedFor: "QueueLineCacheTests.aRandomWalkDrawsWhatRenderDraws")
        let desk = try TestDesk()
        let h = try Harness(Size(width: 100, height: 30), desk: desk)
        let keys: [Key] = [.down, .down, .down, .up, .pageDown, .pageUp, .home, .end, .tab, .backTab, .char(" "), .char("*")]
        var undecided = try desk.store.nominations().filter { !$0.status.isDecided }.map(\.id)
        for step in 0..<200 {
            switch Int.random(in: 0..<20, using: &rng) {
            case 0:
                h.resize([Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 132, height: 40)].randomElement(using: &rng)!)
            case 1:
                // A search that matches some rows (the matched column is styled), then back to the queue
                h.press(.char("/")); h.type(["Nguyễn", "2018", "dung", "THCS"].randomElement(using: &rng)!); h.press(.enter)
            case 2:
                h.press(.escape)
            case 3 where !undecided.isEmpty:
                let id = undecided.remove(at: Int.random(in: 0..<undecided.count, using: &rng))
                try desk.store.decide(id, [.approve, .supplement].randomElement(using: &rng)!, reason: "Thiếu hồ sơ",
                                      actor: "Trần Văn Bảo", at: "2018-06-20T03:\(10 + step % 40):00.000Z")
                h.tick()
                h.driver.runDeferred()
            default:
                h.press(keys.randomElement(using: &rng)!)
            }
            while h.state.modal != nil { h.press(.escape) }
            if h.state.screen != .queues { h.press(.escape) }
            expectFresh(h, "step \(step)")
        }
    }
}
