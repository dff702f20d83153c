import BinhXetCore
import BinhXetUI
import Foundation
import Testing
import BinhXetTestSupport

/// A member's day: "Việc của tôi", moving on to the next nomination, and acting on tagged rows at once.
struct WorkStoriesTests {
    /// The fixture desk with `count` more 2018 nominations that nothing flags (LĐTT: no initiative to check).
    static func deskWithCleanRows(_ count: Int, council: CouncilRole? = nil) throws -> TestDesk {
        let desk = try TestDesk()
        var csv = "nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on\n"
        let given = ["Anh", "Bảo", "Châu", "Dũng", "Giang", "Hải", "Khoa", "Linh"]
        for i in 0..<count {
            csv += "N2018-01\(String(format: "%02d", i + 1)),2018,CN09\(i),Trần Văn \(given[i % given.count]),Trường Tiểu học Phú Vinh,"
                + "Nhân viên,Phục vụ,cong_nhan,LDTT,,,2018-06-0\(1 + i % 8)\n"
        }
        let file = desk.folder.appendingPathComponent("clean.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        try NominationImporter(store: desk.store, actor: "Văn thư").importCSV(at: file)
        if let council {
            try desk.store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
            try desk.store.addMember(login: Harness.member, name: Harness.member, role: council, actor: "chu")
            try desk.store.addMember(login: "tv3", name: "Bà Thành viên", role: .member, actor: "chu")
        }
        return desk
    }

    func ids(_ h: Harness) -> [String] { h.state.queue.visible.map { h.state.queue.rows[$0].id } }

    @Test func myWorkHoldsWhatTheMemberHasNotVotedOn() throws {
        // Given a council, the member a plain member who voted on N2018-0002 at another terminal
        let desk = try Self.deskWithCleanRows(0, council: .member)
        try desk.store.vote("N2018-0002", .agree, member: Harness.member)
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        // When the member presses 1 (the first tab)
        h.press("1")
        #expect(h.state.queue.tab == .mine)
        // Then the open year's nominations awaiting the council, except the one voted on, are listed
        #expect(ids(h) == ["N2018-0001", "N2018-0003", "N2018-0004", "N2018-0006"])
        #expect(h.line(containing: "Việc của tôi 4") != nil)
        // And a ballot cast here takes the nomination off the list
        h.press(.enter)
        h.press("v"); h.press("1"); h.press(.enter)
        h.press(.escape)
        #expect(ids(h) == ["N2018-0003", "N2018-0004", "N2018-0006"])
    }

    @Test func theChairsWorkIsEveryUndecidedNomination() throws {
        let desk = try Self.deskWithCleanRows(0, council: .chair)
        try desk.store.vote("N2018-0002", .agree, member: Harness.member)
        let h = try Harness(desk: desk)
        h.press("1")
        #expect(ids(h) == ["N2018-0001", "N2018-0002", "N2018-0003", "N2018-0004", "N2018-0006"])
    }

    @Test func bigJAndKMoveThroughTheQueueFromTheNominationAndSideBySide() throws {
        let h = try Harness(Size(width: 120, height: 40))
        // The received queue: N2018-0001, 0002, 0003, 0004, 0006
        h.press(.enter)
        #expect(h.state.nomination?.id == "N2018-0001")
        h.press("J")
        #expect(h.state.nomination?.id == "N2018-0002" && h.state.screen == .nomination)
        h.press(.pageDown)
        #expect(h.state.nomination?.id == "N2018-0003")
        h.press(.pageUp, .pageUp)
        #expect(h.state.nomination?.id == "N2018-0001")
        h.press("K")
        #expect(h.state.nomination?.id == "N2018-0001")
        #expect(h.state.message?.text == "Đây là hồ sơ đầu tiên của hàng đợi “Mới tiếp nhận”.")
        // From side by side, the next nomination with a source opens side by side too
        h.press(.escape); h.press(.tab); h.press(.enter)    // flagged: N2018-0001, N2018-0006
        h.press("c")
        #expect(h.state.screen == .compare)
        h.press("J")
        #expect(h.state.nomination?.id == "N2018-0006")
        // (N2018-0006 is off duty: no source, so its page)
        #expect(h.state.screen == .nomination)
        // The selection in the queue follows
        h.press(.escape)
        #expect(h.state.queue.selectedRow?.id == "N2018-0006")
    }

    @Test func afterADecisionTheNextNominationOpens() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.press(.enter)                                     // N2018-0001
        h.press("r"); h.type("Sáng kiến trùng lặp"); h.press(.enter, .enter)
        #expect(try h.desk.store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .rejected)
        #expect(h.state.nomination?.id == "N2018-0002")
        #expect(h.state.message?.text == "Đã ghi: N2018-0001 không đạt. · mở hồ sơ kế tiếp N2018-0002")
        // And the row left the queue without a notice about someone else
        #expect(!ids(h).contains("N2018-0001"))
        h.press(.escape)
        #expect(h.state.queue.selectedRow?.id == "N2018-0002")
    }

    @Test func taggingFiveCleanRowsAndApprovingRecordsFiveDecisions() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(5))
        // The received queue, in ID order: N2018-0001…0006, then the five clean ones
        h.press("/"); h.type("tran van"); h.press(.enter)
        #expect(ids(h).count == 5)
        // When the member tags all shown with * and presses a
        h.press("*")
        #expect(h.state.queue.tagged.count == 5)
        #expect(h.line(containing: "Đánh dấu: 5") != nil)
        h.press("a")
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        #expect(b.items.count == 5 && b.doubts.isEmpty)
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho 5 hồ sơ, mỗi hồ sơ một quyết định?") != nil)
        let before = try h.desk.store.changeToken()
        h.press(.enter)
        // Then five approvals are recorded, each its own event by the member
        let events = try (1...5).map { try #require(try h.desk.store.detail(of: "N2018-010\($0)", viewer: "root")?.events.last) }
        #expect(events.allSatisfy { $0.kind == .approved && $0.actor == Harness.member })
        #expect(Set(events.compactMap(\.id)).count == 5)
        #expect(try h.desk.store.changeToken() != before)
        #expect(h.state.message?.text == "Đã ghi thông qua 5 hồ sơ.")
        #expect(h.state.queue.tagged.isEmpty)
    }

    @Test func aFlaggedTaggedRowIsLeftOutUnlessIncludedOnItsOwn() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(2))
        // N2018-0001 (flagged), N2018-0002 (clean), N2018-0003 (not checked) and one clean LĐTT
        h.press("   ")
        h.press(.end); h.press(" ")
        #expect(h.state.queue.tagged == ["N2018-0001", "N2018-0002", "N2018-0003", "N2018-0102"])
        h.press("a")
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        #expect(b.clean.map(\.id) == ["N2018-0002", "N2018-0102"])
        #expect(b.doubts.map(\.id) == ["N2018-0001", "N2018-0003"])
        #expect(h.line(containing: "2 hồ sơ có cờ, vi phạm quy định, chưa đủ phiếu đồng ý") != nil)
        #expect(h.line(containing: "[ ] N2018-0001 Nguyễn Văn An · tự dùng lại sáng kiến cũ") != nil)
        // When the member includes the unchecked one (down, Space) and confirms
        h.press(.down); h.press(" ")
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho 3 hồ sơ") != nil)
        h.press(.enter)
        // Then the flagged one is left as it was, the others approved
        let status = { (id: String) in try h.desk.store.detail(of: id, viewer: "root")?.nomination.status }
        #expect(try status("N2018-0001") == .received)
        #expect(try status("N2018-0002") == .approved && status("N2018-0003") == .approved && status("N2018-0102") == .approved)
        #expect(h.state.queue.tagged == ["N2018-0001"])
    }

    /// The bulk confirmation says in advance which tagged rows lack the agree votes (the core's vote rule),
    /// and leaves them out; included anyway, `decide` refuses them and the notice says why.
    @Test func aBulkApprovalWarnsOfRowsBelowTheThresholdAndLeavesThemOut() throws {
        // Given a council of three (70 % of all members: three agree needed), the member its standing vice-chair
        let desk = try Self.deskWithCleanRows(3, council: .standingViceChair)
        for m in ["chu", Harness.member, "tv3"] { try desk.store.vote("N2018-0101", .agree, member: m) }
        for m in ["chu", Harness.member] { try desk.store.vote("N2018-0102", .agree, member: m) }
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.press("/"); h.type("tran van"); h.press(.enter)
        // When the three are tagged and approved together
        h.press("*")
        h.press("a")
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        // Then the confirmation lists the two short of votes before anything is written
        #expect(b.clean.map(\.id) == ["N2018-0101"])
        #expect(b.doubts.map(\.id) == ["N2018-0102", "N2018-0103"])
        #expect(h.line(containing: "[ ] N2018-0102 Trần Văn Bảo · phiếu 2/3 đồng ý, cần ≥ 70%") != nil)
        #expect(h.line(containing: "[ ] N2018-0103 Trần Văn Châu · phiếu 0/3 đồng ý, cần ≥ 70%") != nil)
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho 1 hồ sơ") != nil)
        // When the member includes the one with two votes anyway and confirms
        h.press(" ")
        h.press(.enter)
        // Then only the one the council carried is approved; the included one is refused by the vote rule
        let status = { (id: String) in try h.desk.store.detail(of: id, viewer: "root")?.nomination.status }
        #expect(try status("N2018-0101") == .approved)
        #expect(try status("N2018-0102") == .received && status("N2018-0103") == .received)
        guard case .notice(let n)? = h.state.modal else { Issue.record("no notice"); return }
        #expect(n.lines.first == "Đã ghi thông qua 1 hồ sơ.")
        #expect(n.lines.contains { $0.hasPrefix("• N2018-0102:") })
    }

    /// Rows left out are counted by why, naming only the reasons that apply; with nothing clean the question
    /// says nothing is chosen yet (it said "28 decided, awaiting supplement or of another year" and "cho 0 hồ sơ").
    @Test func aBulkApprovalNamesWhyRowsAreLeftOutAndSaysWhenNothingIsChosen() throws {
        let desk = try Self.deskWithCleanRows(3, council: .standingViceChair)
        for m in ["chu", Harness.member, "tv3"] { try desk.store.vote("N2018-0101", .agree, member: m) }
        try desk.store.decide("N2018-0101", .approve, actor: "chu")
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.press("8")            // every nomination, the decided one too
        h.press("/"); h.type("tran van"); h.press(.enter)
        #expect(ids(h).count == 3)
        h.press("*")
        h.press("a")
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        #expect(b.skipped.decided == 1 && b.skipped.total == 1)
        #expect(h.line(containing: "Bỏ qua 1 hồ sơ: 1 đã có quyết định.") != nil)
        #expect(h.line(containing: "chờ bổ sung") == nil)
        #expect(b.clean.isEmpty && b.doubts.map(\.id) == ["N2018-0102", "N2018-0103"])
        #expect(h.line(containing: "Chưa có hồ sơ nào để ghi") != nil)
        #expect(h.line(containing: "cho 0 hồ sơ") == nil)
        // Including one turns it into the question
        h.press(" ")
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho 1 hồ sơ") != nil)
    }

    @Test func aBulkApprovalRefusedForOneNominationRecordsTheOthersAndSaysWhy() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(3))
        h.press("/"); h.type("tran van"); h.press(.enter)
        h.press("*")
        h.press("a")
        // Meanwhile another member decides one of them
        try h.desk.store.decide("N2018-0102", .supplement, reason: "Thiếu bản nhận xét", actor: "Trần Văn Bảo",
                                at: "2018-06-20T03:10:00.000Z")
        h.press(.enter)
        guard case .notice(let n)? = h.state.modal else { Issue.record("no notice"); return }
        #expect(n.lines.first == "Đã ghi thông qua 2 hồ sơ.")
        #expect(n.lines.contains { $0.hasPrefix("• N2018-0102:") && $0.contains("Trần Văn Bảo") })
        #expect(try h.desk.store.detail(of: "N2018-0102", viewer: "root")?.nomination.status == .awaitingSupplement)
    }

    @Test func aBulkVoteCastsOneBallotPerNomination() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(3, council: .member))
        h.press("1")
        h.press("/"); h.type("tran van"); h.press(.enter)
        h.press("*v")
        h.press(.enter)
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        #expect(b.problem == "Chọn 1, 2 hoặc 3 trước khi ghi.")
        h.press("1"); h.press(.enter)
        #expect(h.line(containing: "Ghi phiếu “đồng ý” cho 3 hồ sơ, mỗi hồ sơ một phiếu?") != nil)
        h.press(.enter)
        for id in ["N2018-0101", "N2018-0102", "N2018-0103"] {
            let t = try h.desk.store.tally(of: id, viewer: Harness.member)
            #expect(t.agree == 1 && t.present == 1, "\(id)")
        }
        // And they have left "Việc của tôi"
        #expect(ids(h).isEmpty)
    }

    @Test func returningTaggedRowsNeedsWhatIsMissing() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(2))
        h.press("/"); h.type("tran van"); h.press(.enter)
        h.press("*b")
        h.press(.enter)
        guard case .bulk(let b)? = h.state.modal else { Issue.record("no bulk dialog"); return }
        #expect(b.problem == "Cần ghi rõ hồ sơ thiếu gì.")
        h.type("Thiếu bản nhận xét của thủ trưởng")
        h.press(.escape)
        // Esc with typed text asks first; n keeps typing
        guard case .confirmDiscard? = h.state.modal else { Issue.record("Esc discarded typed text"); return }
        h.press("n")
        h.press(.enter, .enter)
        let e = try #require(try h.desk.store.detail(of: "N2018-0101", viewer: "root")?.events.last)
        #expect(e.kind == .supplementRequested && e.payload["missing"] == "Thiếu bản nhận xét của thủ trưởng")
    }

    @Test func rejectingTaggedRowsIsRefusedWithTheReason() throws {
        let h = try Harness()
        h.press(" ")
        h.press("r")
        #expect(h.state.modal == nil)
        #expect(h.state.message?.text == "Quyết định không đạt ghi từng hồ sơ, kèm lý do: mở hồ sơ (Enter).")
        // Esc clears the tags
        h.press(.escape)
        #expect(h.state.queue.tagged.isEmpty)
    }

    @Test func aRowDecidedAtAnotherTerminalMovesTheSelectionWithANotice() throws {
        let h = try Harness()
        h.press(.down)                                        // N2018-0002
        try h.desk.store.decide("N2018-0002", .approve, actor: "Trần Văn Bảo", at: "2018-06-20T03:10:00.000Z")
        h.tick()
        #expect(h.state.queue.selectedRow?.id == "N2018-0003")
        #expect(h.state.message?.text == "Hồ sơ N2018-0002 vừa được ghi “thông qua” ở máy khác nên rời hàng đợi này; đang chọn N2018-0003.")
    }

    @Test func theYearFilterIsRememberedForTheMember() throws {
        let desk = try TestDesk()
        do {
            let h = try Harness(desk: desk)
            h.press("f"); h.type("2017"); h.press(.enter)
            #expect(h.state.queue.filter.year == 2017)
        }
        #expect(try desk.store.preferences(of: Harness.member).yearFilter == 2017)
        // The next session opens with it; another member's does not
        let again = try Harness(desk: desk)
        #expect(again.state.queue.filter.year == 2017)
        let other = try Harness(desk: desk, member: "Trần Văn Bảo")
        #expect(other.state.queue.filter.year == nil)
        // Clearing the filter forgets it
        again.press("x")
        #expect(try desk.store.preferences(of: Harness.member).yearFilter == nil)
    }

    @Test func searchRanksNamesFirstRespectsTypedMarksAndSaysWhichFieldMatched() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(4))
        h.press("8")                                        // Tất cả
        #expect(h.state.queue.tab == .all)
        // Typed without marks, "dung" finds Dung and Dũng by name, and "Ứng dụng…" by its title, names first
        h.press("/"); h.type("dung"); h.press(.enter)
        #expect(ids(h) == ["N2018-0003", "N2018-0104", "N2017-0007"])
        #expect(h.line(containing: "(2 theo họ tên, 1 theo tên sáng kiến)") != nil)
        // Typed with marks, "Dũng" means Dũng only
        h.press(.escape)
        h.press("/"); h.type("Dũng"); h.press(.enter)
        #expect(ids(h) == ["N2018-0104"])
        #expect(h.line(containing: "(1 theo họ tên)") != nil)
    }

    @Test func theFilterPicksAUnitFromTheListAndFiltersByWhatIsLeftToDo() throws {
        let h = try Harness(Size(width: 120, height: 40), desk: try Self.deskWithCleanRows(1, council: .member))
        h.press("8")
        // "phu vinh" narrows the unit list to the one unit of that name: no half-matches of others
        h.press("f"); h.press(.tab); h.type("phu vinh")
        guard case .filter(let f)? = h.state.modal else { Issue.record("no filter dialog"); return }
        #expect(f.unitMatches == ["Trường Tiểu học Phú Vinh"] && f.unit == "Trường Tiểu học Phú Vinh")
        h.press(.enter)
        #expect(ids(h) == ["N2018-0002", "N2018-0101"])
        // "tôi chưa bỏ phiếu": after voting on N2018-0002, only the other is left
        try h.desk.store.vote("N2018-0002", .agree, member: Harness.member)
        h.tick()
        h.press("f"); h.press(.up)                          // the flag field
        for _ in 0..<20 {
            guard case .filter(let f)? = h.state.modal, f.flag != .notVotedByMe else { break }
            h.press(.right)
        }
        #expect(h.line(containing: "tôi chưa bỏ phiếu") != nil)
        h.press(.enter)
        #expect(ids(h) == ["N2018-0101"])
    }
}
