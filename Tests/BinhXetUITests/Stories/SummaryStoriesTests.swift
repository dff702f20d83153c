@testable import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import BinhXetTestSupport
import Testing

/// The council looks at the year per unit, and goes from a unit to its nominations.
struct SummaryStoriesTests {
    @Test func aLongFilterMessageKeepsItsKeyAt80Columns() throws {
        // "Đang lọc: hồ sơ năm 2024 của Phòng Tài chính - Kế hoạch huyện Lạc Hòa (x: bỏ lọ": the key cut.
        let desk = try TestDesk()
        let long = "Phòng Tài chính - Kế hoạch huyện Lạc Hòa tỉnh Quảng Nam"
        try desk.store.write { db in
            try db.execute(sql: "UPDATE unit SET name = ? WHERE name = 'Trường THCS Nguyễn Trãi'", arguments: [long])
        }
        let h = try Harness(desk: desk)
        h.press(.char("t"))
        for _ in 0..<10 where h.state.summary?.selectedLine?.unitName != long { h.press(.down) }
        #expect(h.state.summary?.selectedLine?.unitName == long)
        h.press(.enter)
        #expect(h.state.message?.text.hasSuffix("(x: bỏ lọc).") == true)
        let line = try #require(h.line(containing: "Đang lọc"))
        #expect(line.hasSuffix("… (x: bỏ lọc). ") || line.hasSuffix("… (x: bỏ lọc)."))
        #expect(line.contains("Đang lọc: hồ sơ năm 2018 của Phòng Tài chính"))
    }

    @Test func tShowsEachUnitOnceAndEnterFiltersTheQueueToIt() throws {
        let desk = try TestDesk()
        let unit = try desk.store.unit(matching: "Trường THCS Nguyễn Trãi")
        try desk.store.declareLDTTHolders(unitID: unit.id!, year: 2018, count: 8, actor: "office")
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.press(.char("t"))
        #expect(h.state.screen == .summary)
        let data = try #require(h.state.summary?.data)
        #expect(data.year == 2018 && data.units.count == 6 && data.district.nominations == 7)
        // Each unit is one row; the district's totals close the table
        #expect(h.line(containing: "Toàn huyện")?.contains("7") == true)
        let row = try #require(h.line(containing: "THCS Nguyễn Trãi"))
        // Proposed against the quota, under a header that says so
        #expect(row.contains("2/1") && row.contains("8"))
        #expect(h.line(containing: "CSTĐCS/hạn mức") != nil)
        // The quota warning of a unit over its quota is said once, on its detail, not on each nomination page
        while h.state.summary?.selectedLine?.unitName != "Trường THCS Nguyễn Trãi" { h.press(.down) }
        // (one line: the limit, what was proposed and by how much it is over; the rule's message is not repeated)
        #expect(h.state.summary?.selectedLine?.overQuota == true && h.line(containing: "vượt 1") != nil)
        #expect(h.line(containing: "[vi phạm]") == nil)
        // And the quota is worded so a reader can check it: the limit, the share of how many, the rounding
        #expect(h.line(containing: "Hạn mức CSTĐCS: 1 — 15% của 8 người đạt LĐTT (đơn vị kê khai) = 1,20, làm tròn xuống") != nil)
        // When Enter is pressed, the queue holds that unit's 2018 nominations only
        h.press(.enter)
        #expect(h.state.screen == .queues && h.state.summary == nil)
        let shown = h.state.queue.visible.map { h.state.queue.rows[$0].summary }
        #expect(shown.map(\.id) == ["N2018-0003", "N2018-0006"])
        #expect(h.state.message?.text == "Đang lọc: hồ sơ năm 2018 của Trường THCS Nguyễn Trãi (x: bỏ lọc).")
        h.open("N2018-0003")
        #expect(h.line(containing: "vượt tỷ lệ 15%") == nil)
        #expect(h.line(containing: "Đơn vị vượt tỷ lệ CSTĐCS: xem Tổng hợp") != nil)
    }

    /// "~1" in the LĐTT column is explained on the screen while a row shows it, in the reader's language, and
    /// the legend goes once every unit has declared its holders.
    @Test func aCountedLDTTFigureIsExplained() throws {
        let desk = try TestDesk()
        for (size, english) in [(Size(width: 80, height: 24), false), (Size(width: 120, height: 40), true)] {
            let h = try Harness(size, english ? .en : .vi, desk: desk)
            h.press(.char("t"))
            #expect(h.line(containing: "~1") != nil)
            #expect(h.line(containing: english ? "~ LĐTT holders counted from nominations: not declared by the unit"
                                               : "~ số người đạt LĐTT đếm theo hồ sơ: đơn vị chưa kê khai") != nil)
        }
        for unit in try desk.store.units() {
            try desk.store.declareLDTTHolders(unitID: unit.id!, year: 2018, count: 7, actor: "office")
        }
        let h = try Harness(Size(width: 80, height: 24), desk: desk)
        h.press(.char("t"))
        #expect(h.state.summary?.data?.units.allSatisfy(\.holdersDeclared) == true)
        #expect(h.line(containing: "~") == nil)
    }

    @Test func theSummaryFollowsAnotherTerminalsDecision() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.press(.char("t"))
        let before = try #require(h.state.summary?.data?.district.decided)
        try h.desk.store.decide("N2018-0001", .reject, reason: "Trùng lặp", actor: "Lê Chủ Tịch")
        h.tick()
        h.driver.runDeferred()
        #expect(h.state.summary?.data?.district.decided == before + 1)
    }
}
