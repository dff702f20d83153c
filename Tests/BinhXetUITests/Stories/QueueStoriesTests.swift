import Foundation
import BinhXetCore
import BinhXetTestSupport
import BinhXetText
import BinhXetUI
import Testing

/// A member working through the queues.
struct QueueStoriesTests {
    @Test func aDialogsKeysOnTheStatusBarKeepTheirEndAt80Columns() throws {
        // Given the filter dialog at 80 columns, whose keys are wider than the bar
        let h = try Harness(Size(width: 80, height: 24))
        h.press("f")
        let bar = try #require(h.screen.lines.last).trimmingCharacters(in: .whitespaces)
        // Then the bar keeps whole items, how to confirm and how to leave last, and cuts none mid-word
        #expect(bar.hasSuffix("Enter: áp dụng · Esc: huỷ"), "\(bar)")
        #expect(bar.hasPrefix("Tab/↑↓: chuyển ô"), "\(bar)")
        // And at 120 columns the whole hint is there
        let wide = try Harness(Size(width: 120, height: 40))
        wide.press("f")
        #expect(try #require(wide.screen.lines.last).contains("gõ chữ: thu hẹp đơn vị · Enter: áp dụng · Esc: huỷ"))
    }

    @Test func theDeskOpensOnNewNominationsWithCountsOnEveryTab() throws {
        // Given the review desk
        let h = try Harness()
        // Then the new queue is shown, every tab counts its nominations, and the unchecked one is called out
        #expect(h.state.queue.tab == .received)
        // (the work queues hold 2018, the year under review; 2017 is in the archive)
        #expect(h.line(containing: "Mới 5│Gắn cờ 2│Bổ sung 1│Thông qua 1│Không đạt 0│Lưu trữ 2│Tất cả 9") != nil)
        #expect(h.line(containing: "1 hồ sơ chưa kiểm tra trùng lặp") != nil)
        #expect(h.line(containing: "N2018-0003")?.contains("?") == true)
    }

    @Test func theWorkQueuesHoldTheYearUnderReviewAndTheArchiveTheYearsBefore() throws {
        // Given the desk with 2017 and 2018 nominations (2018 is the latest, so it is under review)
        let h = try Harness()
        let ids = { h.state.queue.visible.map { h.state.queue.rows[$0].id } }
        #expect(!ids().isEmpty && ids().allSatisfy { $0.hasPrefix("N2018") })
        // When the member goes to the archive tab
        h.press(.tab, .tab, .tab, .tab, .tab)
        // Then it holds the earlier years only, and none of them is ever overdue
        #expect(h.state.queue.tab == .archive)
        #expect(ids() == ["N2017-0004", "N2017-0007"])
        #expect(h.state.queue.visible.allSatisfy { !h.state.queue.rows[$0].flags.contains(.overdue) })
    }

    @Test func tabMovesToTheFlaggedQueueAndShiftTabComesBack() throws {
        let h = try Harness()
        // When the member presses Tab
        h.press(.tab)
        // Then only nominations with findings are listed
        #expect(h.state.queue.tab == .flagged)
        #expect(h.state.queue.visible.map { h.state.queue.rows[$0].id } == ["N2018-0001", "N2018-0006"])
        // And Shift-Tab goes back
        h.press(.backTab)
        #expect(h.state.queue.tab == .received)
    }

    @Test(arguments: [("nguyen van", ["N2018-0001"]), ("NGUYEN", ["N2018-0001", "N2018-0003", "N2018-0006"]), ("duc khanh", []),
                      ("hong kim", ["N2018-0001", "N2018-0004"]), ("ga tha vuon", ["N2018-0006"])])
    func searchIgnoresMarksAndCase(_ typed: String, _ found: [String]) throws {
        // Given the new queue
        let h = try Harness()
        // When the member types a search without diacritics
        h.press("/")
        h.type(typed)
        // Then names, units and initiative titles match whatever their marks
        #expect(h.state.queue.visible.map { h.state.queue.rows[$0].id } == found)
    }

    @Test func searchFindsĐAsD() throws {
        let h = try Harness()
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)   // all
        h.press("/")
        h.type("duc")
        #expect(h.state.queue.selectedRow?.summary.personName == "Bùi Đức Khánh")
        // Escape clears the search and shows the whole queue again
        h.press(.escape)
        #expect(h.state.queue.search.isEmpty)
        #expect(h.state.queue.visible.count == 9)
    }

    @Test func aLongSearchScrollsSoItsCursorShows() throws {
        // At 80 columns a long search ran off the edge, its cursor with it.
        let h = try Harness()
        h.press("/")
        h.type("nguyen van an truong trung hoc co so hong kim nang cao chat luong day hoc HẾT")
        var line = try #require(h.line(containing: "Tìm:"))
        #expect(line.hasPrefix(" Tìm: …"))
        #expect(line.contains("day hoc HẾT▏"))
        #expect(DisplayWidth.of(line) <= 80)
        // Home: the start and the cursor show, the cut end marked
        h.press(.home)
        line = try #require(h.line(containing: "Tìm:"))
        #expect(line.hasPrefix(" Tìm: ▏nguyen van an"))
        #expect(line.trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        // Back to the end, one letter left: the cursor and a little after it
        h.press(.end, .left, .left)
        line = try #require(h.line(containing: "Tìm:"))
        #expect(line.contains("day hoc H▏ẾT"))
    }

    @Test func aNumberInTheSortPickerChoosesAndEnterSorts() throws {
        // "↑↓/số: chọn · Enter: sắp xếp": `s`, `7`, Enter sorted on 7 and closed, then Enter opened a nomination.
        let h = try Harness()
        h.press("s7")
        #expect(h.state.modal == .sortPicker(6))
        #expect(h.state.queue.sort != .due)
        h.press("2")
        #expect(h.state.modal == .sortPicker(1))
        h.press(.enter)
        #expect(h.state.modal == nil && h.state.screen == .queues)
        #expect(h.state.queue.sort == .nominee)
    }

    @Test func typingQInTheSearchIsTextNotQuit() throws {
        let h = try Harness()
        h.press("/")
        h.press("q")
        #expect(!h.driver.isFinished)
        #expect(h.state.queue.search.text == "q")
    }

    @Test func quittingFromASearchWithTextAsksFirstAndEscapeStillClearsIt() throws {
        // F10 and Ctrl-C left a typed search without asking, while every dialog holding typed text asks
        for quitKey in [Key.function(10), .ctrl("c")] {
            let h = try Harness()
            h.press("/")
            h.type("hong kim")
            h.press(quitKey)
            #expect(!h.driver.isFinished)
            guard case .confirmQuit? = h.state.modal else { Issue.record("no question"); return }
            #expect(h.text.contains("Bỏ nội dung đang nhập và thoát?"))
            // n: back in the search, the text and the cursor as they were
            h.press("n")
            #expect(h.state.modal == nil && h.state.queue.searching && h.state.queue.search.text == "hong kim")
            #expect(h.line(containing: "Tìm: hong kim▏") != nil)
            h.press(quitKey)
            h.press(.enter)
            #expect(h.driver.isFinished)
        }
        // An empty search quits as before; Esc clears the search, as its hint says ("Esc: bỏ")
        let empty = try Harness()
        empty.press("/")
        empty.press(.function(10))
        #expect(empty.driver.isFinished)
        let h = try Harness()
        h.press("/")
        h.type("hong kim")
        h.press(.escape)
        #expect(h.state.modal == nil && !h.state.queue.searching && h.state.queue.search.isEmpty)
    }

    @Test func filterByYearAndUnitThenClearIt() throws {
        let h = try Harness()
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)   // all
        // When the member filters on year 2018 and a unit typed without marks
        h.press("f")
        h.type("2018")
        h.press(.tab)
        h.type("nguyen trai")
        h.press(.enter)
        // Then only that unit's 2018 nominations remain, and the info line says so
        #expect(h.state.queue.visible.map { h.state.queue.rows[$0].id } == ["N2018-0003", "N2018-0006"])
        #expect(h.line(containing: "Lọc: 2018, Trường THCS Nguyễn Trãi") != nil)
        // And x clears the filter
        h.press("x")
        #expect(h.state.queue.visible.count == 9)
    }

    @Test func filterOnAFlag() throws {
        let h = try Harness()
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)
        h.press("f")
        h.press(.up)           // to the flag field
        h.press(.right)        // self-reuse
        h.press(.enter)
        #expect(h.state.queue.visible.map { h.state.queue.rows[$0].id } == ["N2018-0001"])
    }

    @Test func sortingBySimilarityPutsTheMostSimilarFirst() throws {
        let h = try Harness()
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)
        h.press("s4")   // the sort picker: 4 is similarity
        h.press(.enter)
        #expect(h.state.queue.sort == .similarity)
        #expect(h.state.queue.selectedRow.map { _ in h.state.queue.rows[h.state.queue.visible[0]].id } == "N2018-0001")
        // S reverses it
        h.press("S")
        #expect(h.state.queue.rows[h.state.queue.visible.last!].id == "N2018-0001")
    }

    @Test func sortingByNomineeUsesTheGivenName() throws {
        let h = try Harness()
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)
        h.press("s2")   // the sort picker: 2 is the nominee's name
        h.press(.enter)
        // Vietnamese lists sort by given name: An, An, Bình, Cường, Dung, Em, Giang, Hoa, Khánh
        let names = h.state.queue.visible.map { h.state.queue.rows[$0].summary.personName }
        #expect(names.map { $0.split(separator: " ").last! } == ["An", "An", "Bình", "Cường", "Dung", "Em", "Giang", "Hoa", "Khánh"])
    }

    @Test func movingKeepsTheSelectionOnScreen() throws {
        let h = try Harness(Size(width: 80, height: 24))
        h.press(.tab, .tab, .tab, .tab, .tab, .tab)
        h.press(.end)
        #expect(h.state.queue.selected == 8)
        h.press(.home)
        #expect(h.state.queue.selected == 0)
        h.press("jj")
        #expect(h.state.queue.selectedRow?.id == "N2018-0001")
        h.press("k")
        #expect(h.state.queue.selectedRow?.id == "N2017-0007")
    }

    @Test func decidingFromTheQueueSaysToOpenTheNominationFirst() throws {
        let h = try Harness()
        h.press("a")
        #expect(h.state.modal == nil)
        #expect(h.state.message == StatusMessage("Mở hồ sơ trước (Enter).", isError: true))
    }

    @Test func anUnboundKeySaysSo() throws {
        let h = try Harness()
        h.press("z")
        #expect(h.state.message?.text == "Phím z không dùng ở đây · ? xem trợ giúp")
    }
}

/// Flags as the checker's findings and the one-stop clock give them.
struct QueueFlagTests {
    @Test func aPartialReuseOfOnesOwnInitiativeIsFlaggedAsSelfReuse() throws {
        // Given the checker calls N2018-0001's re-use of Nguyễn Văn An's own 2017 initiative "partial"
        let desk = try TestDesk()
        let f = try #require(try desk.store.findings(of: "N2018-0001").first { $0.sourceID == "N2017-0004" })
        var partial = f
        partial.kind = .partial
        try desk.store.replaceFindings([partial], forNominations: ["N2018-0001"])
        // Then the queue flags it as own re-use, not as a copy of someone else's
        let h = try Harness(desk: desk)
        let row = try #require(h.state.queue.rows.first { $0.id == "N2018-0001" })
        #expect(row.flags.filter { $0 != .ruleViolation } == [.selfReuse, .overdue])
    }

    @Test func rowsBreakingARuleAreMarkedOnceTheRuleChecksArrive() throws {
        // Given the desk's rule checks (they load after the queue, so start-up does not wait for them)
        let desk = try TestDesk()
        let h = try Harness(desk: desk)
        // Then exactly the rows with a violated rule carry the mark
        var marked = 0
        for row in h.state.queue.rows {
            let violated = try desk.store.ruleFlags(of: row.id).contains { $0.severity == .violation }
            #expect(row.flags.contains(.ruleViolation) == violated, "\(row.id)")
            if violated { marked += 1 }
        }
        #expect(marked > 0)
    }

    @Test func overdueFollowsTheDossierDueDate() throws {
        let h = try Harness()
        // N2018-0001 came on 10/5/2018 and was due on 7/6; N2018-0002 came on 1/6 and is due on 29/6.
        #expect(h.state.queue.rows.first { $0.id == "N2018-0001" }?.flags.contains(.overdue) == true)
        #expect(h.state.queue.rows.first { $0.id == "N2018-0002" }?.flags.contains(.overdue) == false)
    }

    @Test func aNominationWithoutAnInitiativeHasNothingToCheck() throws {
        // Given a desk the checker has not run on
        let h = try Harness(desk: try TestDesk(withFindings: false))
        // Then the eight CSTĐCS nominations wait for it, the LĐTT one does not
        #expect(h.state.queue.uncheckedCount == 8)
        #expect(h.line(containing: "N2018-0004")?.contains("?") == false)
        h.open("N2018-0004")
        #expect(h.line(containing: "Không có báo cáo sáng kiến.") != nil)
        #expect(h.line(containing: "Chưa kiểm tra") == nil)
    }

    @Test func theDueColumnCountsWorkingDaysAndSortsLatestFirst() throws {
        let h = try Harness()
        // As of 20/06/2018 (the desk's as-of date): N2018-0001 was due on 7/6, N2018-0002 on 29/6
        let due = Dictionary(uniqueKeysWithValues: h.state.queue.rows.map { ($0.id, $0.due) })
        #expect(due["N2018-0001"] == .late(workingDays: 9) && due["N2018-0002"] == .dueIn(workingDays: 7))
        #expect(h.line(containing: "N2018-0001")?.contains("trễ 9") == true)
        // Decided, awaiting supplements and archive dossiers have no due date and are never late
        for id in ["N2018-0005", "N2018-0007", "N2017-0004"] {
            #expect(due[id]! == nil, "\(id)")
            #expect(h.state.queue.rows.first { $0.id == id }?.flags.contains(.overdue) == false, "\(id)")
        }
        // When the queue is sorted by due date (the sort picker's seventh order)
        h.press("s"); h.press(.end); h.press(.enter)
        #expect(h.state.queue.sort == .due)
        let order = h.state.queue.visible.map { h.state.queue.rows[$0].id }
        // Then the latest comes first, then the soonest due
        #expect(order == ["N2018-0004", "N2018-0001", "N2018-0002", "N2018-0006", "N2018-0003"])
    }

    @Test func todayIsTheDesks() throws {
        // The state's today comes from the core (the desk's as-of date), not from the terminal's clock
        let desk = try TestDesk()
        try desk.store.openYear(2018, asOf: CalendarDay(year: 2018, month: 6, day: 8), actor: "Văn thư")
        let h = try Harness(desk: desk)
        #expect(h.state.today == "2018-06-08")
        #expect(h.state.queue.rows.first { $0.id == "N2018-0001" }?.due == .late(workingDays: 1))
    }
}
