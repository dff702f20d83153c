import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Testing

/// A member recording decisions, and two members on one desk.
struct DecisionStoriesTests {
    @Test func rejectingWithATypedVietnameseReasonIsStoredAsAnEvent() throws {
        // A member who turned off opening the next nomination stays on the one decided.
        let desk = try TestDesk()
        try desk.store.setPreferences(MemberPreferences(openNextAfterDecision: false), of: Harness.member)
        let h = try Harness(desk: desk)
        h.open("N2018-0001")
        // When the member rejects with a typed reason and confirms
        h.press("r")
        h.type("Sáng kiến trùng lặp")
        h.press(.enter)
        #expect(h.line(containing: "Ghi quyết định KHÔNG ĐẠT cho hồ sơ N2018-0001 (Nguyễn Văn An)?") != nil)
        h.press(.enter)
        // Then the desk holds the decision with the member, the time and the reason
        let detail = try #require(try h.desk.store.detail(of: "N2018-0001", viewer: "root"))
        #expect(detail.nomination.status == .rejected)
        let event = try #require(detail.events.last)
        #expect(event.kind == .rejected)
        #expect(event.actor == Harness.member)
        #expect(event.at == Harness.now)
        #expect(event.payload["reason"] == "Sáng kiến trùng lặp")
        // And the screen says so, shows it in the history, and no longer offers to decide
        #expect(h.state.message?.text == "Đã ghi: N2018-0001 không đạt.")
        // (the selected source's outcome lines push the history's last line below 24 rows: scroll a little)
        h.press(.down, .down, .down)
        #expect(h.line(containing: "Nguyễn Thị Lan  Không đạt, lý do: Sáng kiến trùng lặp") != nil)
        h.press("a")
        #expect(h.state.message?.text == "Hồ sơ đã có quyết định: không đạt.")
        // And it has left the flagged queue
        h.press(.escape)
        h.press(.tab)
        #expect(!h.state.queue.visible.map { h.state.queue.rows[$0].id }.contains("N2018-0001"))
    }

    /// A standard reason is stored as its code beside the member's words, and each reader reads it in
    /// their language: the English desk that recorded it, a Vietnamese desk and the reports.
    @Test func aStandardReasonPickedByNumberIsStoredAsItsCode() throws {
        let h = try Harness(Size(width: 80, height: 24), .en)
        h.open("N2018-0001")
        h.press("r3")           // unrelated to duties
        h.press("1")            // picking another number replaces it
        h.type("trùng 3 đoạn")  // once something is typed, digits are text
        h.press(.enter, .enter)
        let event = try #require(try h.desk.store.detail(of: "N2018-0001", viewer: "root")?.events.last)
        #expect(event.payload[DeskEvent.reasonCodeKey] == StandardRejectionReason.reusedOwnInitiative.rawValue)
        #expect(event.payload["reason"] == "trùng 3 đoạn")
        #expect(event.reason(in: .vi) == "Dùng lại sáng kiến của chính mình đã được công nhận: trùng 3 đoạn")
        #expect(event.reason(in: .en) == "Re-used own initiative already recognised: trùng 3 đoạn")
        let reviewed = try #require(try h.desk.store.reviewedNominations(year: 2018).first { $0.id == "N2018-0001" })
        #expect(reviewed.outcomeReason == "Dùng lại sáng kiến của chính mình đã được công nhận: trùng 3 đoạn")
        // And the English history line words it in English
        h.press(.escape)
        h.open("N2018-0001")
        #expect(h.text.contains("Rejected, reason: Re-used own"))
    }

    @Test func rejectingWithoutAReasonIsRefusedInTheDialog() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("r")
        h.press(.enter)
        guard case .decision(let d)? = h.state.modal else { Issue.record("dialog closed"); return }
        #expect(!d.confirming)
        #expect(d.problem == "Cần chọn một lý do chuẩn hoặc gõ lý do.")
        #expect(try h.desk.store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .received)
    }

    @Test func escapeAtTheConfirmationGoesBackToEditingWithTheTextKept() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("r")
        h.type("trùng")
        h.press(.enter, .escape)
        guard case .decision(let d)? = h.state.modal else { Issue.record("dialog closed"); return }
        #expect(!d.confirming)
        #expect(d.field.text == "trùng")
    }

    @Test func backspaceDeletesAWholeLetterAndNFDInputIsComposed() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("b")
        // An IME sends "Thiếu"; a plain keyboard may send e + circumflex + acute separately
        h.type("Thie\u{0302}\u{0301}u")
        guard case .decision(let d)? = h.state.modal else { Issue.record("no dialog"); return }
        #expect(d.field.text == "Thiếu")
        #expect(d.field.text.unicodeScalars.count == 5)
        // Backspace removes "u", then "ế" whole
        h.press(.backspace, .backspace)
        guard case .decision(let e)? = h.state.modal else { Issue.record("no dialog"); return }
        #expect(e.field.text == "Thi")
    }

    @Test func aMistypedLetterMidReasonIsFixedWithTheCursorKeys() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("r")
        h.type("Trùng lặp nội dug năm trước")
        // Back over " năm trước" and "g", type the missing "n", then Delete nothing, End, and add a full stop.
        for _ in 0..<11 { h.press(.left) }
        h.type("n")
        h.press(.end)
        h.type(".")
        guard case .decision(let d)? = h.state.modal else { Issue.record("no dialog"); return }
        #expect(d.field.text == "Trùng lặp nội dung năm trước.")
        // The cursor is drawn where typing goes.
        h.press(.home)
        #expect(h.text.contains("▏Trùng lặp nội dung năm trước."))
    }

    @Test func returningForSupplementRecordsWhatIsMissing() throws {
        let h = try Harness()
        h.open("N2018-0002")
        h.press("b")
        h.type("Thiếu giấy chứng nhận sáng kiến")
        h.press(.enter)
        h.press("y")
        let detail = try #require(try h.desk.store.detail(of: "N2018-0002", viewer: "root"))
        #expect(detail.nomination.status == .awaitingSupplement)
        #expect(detail.events.last?.payload["missing"] == "Thiếu giấy chứng nhận sáng kiến")
    }

    @Test func approvingAsksOnceThenRecords() throws {
        let h = try Harness()
        h.open("N2018-0002")
        h.press("a")
        #expect(h.line(containing: "Ghi quyết định THÔNG QUA cho hồ sơ N2018-0002") != nil)
        h.press(.enter)
        #expect(try h.desk.store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .approved)
    }

    @Test func criticisingTheUnitIsRecordedForTheUnitAndTheNomination() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.open("N2018-0001")
        h.press("p")
        h.type("Xét duyệt thiếu cẩn thận")
        h.press(.enter, .enter)
        let events = try h.desk.store.events()
        #expect(events.filter { $0.kind == .criticised }.count == 2)
        #expect(h.state.message?.text == "Đã ghi phê bình lãnh đạo Trường THCS Hồng Kim.")
        #expect(h.line(containing: "Phê bình lãnh đạo đơn vị: “Xét duyệt thiếu cẩn thận”") != nil)
    }

    @Test func aDecisionMadeMeanwhileAtAnotherTerminalIsShownNotOverwritten() throws {
        // Given two members on one desk, both looking at N2018-0001
        let desk = try TestDesk()
        let lan = try Harness(desk: desk)
        lan.open("N2018-0001")
        lan.press("r")
        lan.type("Sáng kiến trùng lặp")
        lan.press(.enter)
        // When another member approves it while Lan's confirmation is on screen
        try desk.store.decide("N2018-0001", .approve, actor: "Trần Văn Bảo", seenEventID: nil,
                              at: "2018-06-20T03:10:00.000Z")
        lan.press(.enter)
        // Then nothing is overwritten and Lan is told who decided what
        #expect(try desk.store.detail(of: "N2018-0001", viewer: "root")?.nomination.status == .approved)
        #expect(try desk.store.detail(of: "N2018-0001", viewer: "root")?.events.filter { $0.kind == .rejected }.isEmpty == true)
        #expect(h(lan, "Trong lúc bạn xem, hồ sơ N2018-0001 đã được ghi: thông qua"))
        #expect(h(lan, "bởi Trần Văn Bảo lúc 20/06/2018 10:10."))
        lan.press(.enter)
        #expect(lan.state.modal == nil)
        #expect(lan.line(containing: "Trạng thái  thông qua") != nil)
    }

    @Test func anotherMembersDecisionShowsAtTheNextTick() throws {
        let desk = try TestDesk()
        let lan = try Harness(desk: desk)
        let bao = try Harness(desk: desk, member: "Trần Văn Bảo")
        lan.open("N2018-0002")
        // When Bảo approves N2018-0002 at his terminal
        bao.open("N2018-0002")
        bao.press("a"); bao.press(.enter)
        // Then at Lan's next tick (the loop ticks every second) her screen shows it
        lan.tick()
        #expect(lan.line(containing: "Trạng thái  thông qua") != nil)
        #expect(lan.state.message?.text == "N2018-0002 vừa được Trần Văn Bảo ghi: thông qua.")
        lan.press(.escape)
        #expect(lan.state.queue.rows.first { $0.id == "N2018-0002" }?.summary.status == .approved)
    }

    @Test func quittingWithTextInADialogAsksFirst() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("r")
        h.type("chưa xong")
        // q is text in the field; F10 asks before discarding it
        h.press("q")
        #expect(!h.driver.isFinished)
        h.press(.function(10))
        guard case .confirmQuit? = h.state.modal else { Issue.record("no question"); return }
        h.press("n")
        guard case .decision(let d)? = h.state.modal else { Issue.record("dialog lost"); return }
        #expect(d.field.text == "chưa xongq")
        h.press(.function(10))
        h.press(.enter)
        #expect(h.driver.isFinished)
    }

    @Test func quittingWithNothingTypedQuitsAtOnce() throws {
        let h = try Harness()
        h.press("q")
        #expect(h.driver.isFinished)
    }

    @Test func qClosesTheScreenItIsPressedOnAndQuitsFromTheQueues() throws {
        // Given a member reading a nomination side by side
        let h = try Harness()
        h.open("N2018-0001")
        h.press("c")
        #expect(h.state.screen == .compare)
        // When q is pressed: back to the nomination, then to the queues, and only then out of the desk
        h.press("q")
        #expect(h.state.screen == .nomination && !h.driver.isFinished)
        h.press("q")
        #expect(h.state.screen == .queues && !h.driver.isFinished)
        h.press("q")
        #expect(h.driver.isFinished)
        // And Q quits from anywhere
        let other = try Harness()
        other.open("N2018-0001")
        other.press("cQ")
        #expect(other.driver.isFinished)
    }

    @Test func aReadOnlyDeskOffersNoDecisions() throws {
        let h = try Harness()
        h.open("N2018-0001")
        var state = h.state
        state.readOnly = true
        let effects = reduce(&state, .perform(.reject))
        #expect(effects.isEmpty)
        #expect(state.modal == nil)
        #expect(state.message?.text == "Bàn xét duyệt chỉ đọc.")
    }

    @Test func aLoginThatIsNotOnTheCouncilIsToldSoAndNothingIsWritten() throws {
        // Given a desk whose council has members, and a terminal whose login is not one of them
        let desk = try TestDesk()
        try desk.store.addMember(login: "chutich", name: "Lê Chủ Tịch", role: .chair, actor: "chutich")
        let h = try Harness(desk: desk)
        h.open("N2018-0002")
        // When she approves
        h.press("a")
        // Then the desk says why before any dialog opens, and the nomination is unchanged
        #expect(h.state.modal == nil)
        #expect(h.line(containing: "“Nguyễn Thị Lan” không phải thành viên Hội đồng") != nil)
        #expect(try desk.store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .received)
    }

    private func h(_ harness: Harness, _ text: String) -> Bool { harness.line(containing: text) != nil }

    @Test func decidingARecordOfAnotherYearNamesItsYearFirst() throws {
        // Given a desk whose council reviews 2017 again, and a 2018 nomination opened from Tất cả
        let desk = try TestDesk()
        try desk.store.openYear(2017, actor: "chu")
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.open("N2018-0002")
        // When the member rejects it, the confirmation says it is not of the year under review
        h.press("r")
        h.type("Không đủ tiêu chuẩn")
        h.press(.enter)
        #expect(h.line(containing: "hồ sơ này của năm 2018, không phải năm đang xét (2017)") != nil)
        // And confirming records it for that year
        h.press(.enter)
        #expect(try desk.store.detail(of: "N2018-0002", viewer: "root")?.nomination.status == .rejected)
    }
}

/// Typing a reason that starts with a number, and closing a dialog with text in it.
struct ReasonTypingStoriesTests {
    @Test func aReasonTypedStartingWithANumberIsTextNotAPick() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("r")
        // "3 đoạn…": the 3 ticks reason 3 for a moment; the space after it says it was text
        h.type("3 đoạn trùng với sáng kiến năm 2017")
        guard case .decision(let d)? = h.state.modal else { Issue.record("dialog closed"); return }
        #expect(d.reason == nil && d.field.text == "3 đoạn trùng với sáng kiến năm 2017")
        #expect(h.line(containing: "( ) 3  Sáng kiến không liên quan") != nil)
        // A reason picked on purpose, then a note starting with a letter: both kept
        h.press(.ctrl("u"))
        h.press("2")
        h.type("Trùng 32 em")
        guard case .decision(let e)? = h.state.modal else { Issue.record("dialog closed"); return }
        #expect(e.reason == .colleaguesInitiative && e.field.text == "Trùng 32 em")
        #expect(h.line(containing: "(•) 2  Dùng sáng kiến của đồng nghiệp") != nil)
    }

    @Test func escWithTypedTextAsksBeforeDiscarding() throws {
        let h = try Harness()
        h.open("N2018-0001")
        h.press("b")
        h.type("Thiếu biên bản")
        h.press(.escape)
        guard case .confirmDiscard? = h.state.modal else { Issue.record("discarded without asking"); return }
        h.press(.escape)                                    // no: back to typing, text kept
        guard case .decision(let d)? = h.state.modal else { Issue.record("dialog lost"); return }
        #expect(d.field.text == "Thiếu biên bản")
        h.press(.escape); h.press("y")
        #expect(h.state.modal == nil)
        // An empty dialog closes at once
        h.press("b"); h.press(.escape)
        #expect(h.state.modal == nil)
    }

    @Test func nPastTheLastPassageSaysItWrapped() throws {
        let h = try Harness(Size(width: 120, height: 40))
        h.open("N2018-0001")
        h.press("c")
        let total = h.state.nomination!.sources[h.state.compare!.source].pairs.count
        for _ in 1..<total { h.press("n") }
        #expect(h.state.message == nil)
        h.press("n")
        #expect(h.state.compare?.focused == 0)
        #expect(h.state.message?.text == "Đã hết đoạn trùng: quay về đoạn đầu tiên.")
    }
}
