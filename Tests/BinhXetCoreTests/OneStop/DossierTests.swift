import BinhXetCore
import Foundation
import Testing

@Suite struct DossierTests {
    typealias Row = RuleDesk.Row

    @Test func eachDossierGetsItsCodeAtReceiptNumberedWithinTheDay() throws {
        // Given three nominations, two received the same day
        let desk = try RuleDesk(.law2022, [Row(id: "A", person: "P1", received: "2018-05-02"),
                                           Row(id: "B", person: "P2", unit: "UBND xã Hòa Bình", title: .ldtt, received: "2018-05-02"),
                                           Row(id: "C", person: "P3", received: "2018-05-03")])
        // Then the codes are unit code (DV + number without one), date, and the day's sequence
        #expect(try desk.store.dossier(of: "A").code == "DV01-180502-0001")
        #expect(try desk.store.dossier(of: "B").code == "DV02-180502-0002")
        #expect(try desk.store.dossier(of: "C").code == "DV01-180503-0001")
        #expect(try desk.store.dossiers().map(\.nominationID) == ["A", "B", "C"])
    }

    @Test func theDueDateCountsTheTitlesWorkingDaysOnTheCalendar() throws {
        // Given a CSTĐCS and an LĐTT dossier received the Monday a week before Tết 2018
        let desk = try RuleDesk(.law2003, [Row(id: "C", person: "P1", received: "2018-02-05"),
                                           Row(id: "L", person: "P2", title: .ldtt, received: "2018-02-05")])
        // Then they are due 20 and 10 working days later, Tết left out
        #expect(try desk.store.dossier(of: "C").dueOn == "2018-03-12")
        #expect(try desk.store.dossier(of: "L").dueOn == "2018-02-26")
    }

    @Test func theProcessingTimeIsASetting() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "C", person: "P1", received: "2018-02-05")], settings: "cstdcs_working_days = 14")
        #expect(try desk.store.dossier(of: "C").dueOn == "2018-03-02")
    }

    /// LĐTT (10 WD) received Monday 5/2/2018; supplements asked Thursday 8/2 (3 WD used) and handed in
    /// Thursday 22/2 after Tết.
    func supplementDesk(_ clock: SupplementClock) throws -> RuleDesk {
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-05")],
                                settings: "supplement_clock = \(clock.rawValue)")
        try desk.store.decide("L", .supplement, reason: "Thiếu biên bản bình xét", actor: "office", at: "2018-02-08T02:00:00.000Z")
        return desk
    }

    @Test(arguments: [(SupplementClock.restart, "2018-03-08"), (.pause, "2018-03-05")])
    func aSupplementRequestStopsTheClock(clock: SupplementClock, due: String) throws {
        let desk = try supplementDesk(clock)
        // While the desk waits, nothing is due and nothing is late
        let waiting = try desk.store.dossier(of: "L")
        #expect(waiting.dueOn == nil && waiting.awaitingSupplementSince == "2018-02-08")
        #expect(try desk.store.overdue(on: CalendarDay("2018-12-31")!).isEmpty)
        // When the supplement arrives, the full time restarts, or the 7 days left resume
        try desk.store.advance("L", .supplemented, on: CalendarDay("2018-02-22"), actor: "office")
        #expect(try desk.store.dossier(of: "L").dueOn == due)
        #expect(try desk.store.dossier(of: "L").status == .appraising)
    }

    @Test func aNewAppointmentDateReplacesTheDueDate() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-05")])
        try desk.store.reschedule("L", to: CalendarDay("2018-03-20")!, reason: "Chờ ý kiến cơ quan chuyên môn", actor: "office",
                                  at: "2018-02-20T02:00:00.000Z")
        let d = try desk.store.dossier(of: "L")
        #expect(d.dueOn == "2018-03-20" && d.firstDueOn == "2018-02-26")
        #expect(d.rescheduledReason == "Chờ ý kiến cơ quan chuyên môn")
        #expect(throws: OneStopError.reasonRequired("a new appointment date")) {
            try desk.store.reschedule("L", to: CalendarDay("2018-03-21")!, reason: " ", actor: "office")
        }
    }

    @Test(arguments: [
        ("2018-03-07", 0, true, true),    // the day after the due date: late
        ("2018-03-06", 0, true, false),   // on the due date: listed as due, not late
        ("2018-03-05", 0, false, false),  // the day before, nothing due today
        ("2018-03-05", 1, true, false),   // due within one working day
        ("2018-03-02", 1, false, false),  // Friday: Monday 5/3 is the 1st working day, the 6th the 2nd
        ("2018-03-02", 2, true, false),
    ])
    func overdueAndDueSoon(on: String, within: Int, listed: Bool, late: Bool) throws {
        // Given an LĐTT dossier received on 2018-02-13, due on 2018-03-06
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-13")])
        let day = CalendarDay(on)!
        let list = try desk.store.overdue(on: day, within: within)
        #expect(list.map(\.nominationID) == (listed ? ["L"] : []))
        #expect(list.first?.isLate(on: day) ?? false == late)
    }

    @Test func aReturnedResultClosesTheDossierAndRemembersIfItWasLate() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-05")])
        try desk.store.decide("L", .approve, actor: "chair", at: "2018-03-07T02:00:00.000Z")
        try desk.store.advance("L", .returnResult, on: CalendarDay("2018-03-08"), actor: "office")
        let d = try desk.store.dossier(of: "L")
        #expect(d.closedOn == "2018-03-08" && !d.isOpen && d.status == .returned)
        #expect(d.isLate(on: CalendarDay("2018-03-08")!))
        #expect(try desk.store.overdue(on: CalendarDay("2018-12-31")!).isEmpty)
    }

    @Test func aStepIsDatedFromTheDossiersReceiptAndLatestStepToTheDesksToday() throws {
        // Given an LĐTT dossier received on 13/02/2018 and a CSTĐCS one received on 02/05/2018, reviewed as of 01/03/2018
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-13"),
                                           Row(id: "C", person: "P2", received: "2018-05-02")])
        try desk.store.openYear(2018, asOf: CalendarDay("2018-03-01"), actor: "office")
        let before = try desk.store.events().filter { $0.nominationID == "L" }.count
        // Then a step before the receipt, or after the desk's today, is refused and nothing is written
        #expect(throws: OneStopError.beforeReceipt(nominationID: "L", act: .appraising, day: CalendarDay("2018-02-12")!,
                                                   receivedOn: CalendarDay("2018-02-13")!)) {
            try desk.store.advance("L", .appraise, on: CalendarDay("2018-02-12"), actor: "office")
        }
        #expect(throws: OneStopError.afterToday(nominationID: "L", act: .appraising, day: CalendarDay("2018-03-02")!,
                                                today: CalendarDay("2018-03-01")!, asOf: true)) {
            try desk.store.advance("L", .appraise, on: CalendarDay("2018-03-02"), actor: "office")
        }
        #expect(try desk.store.events().filter { $0.nominationID == "L" }.count == before && desk.store.dossier(of: "L").status == .received)
        // A step between them is recorded; the next may not go back before it
        try desk.store.advance("L", .appraise, on: CalendarDay("2018-02-20"), actor: "office")
        #expect(throws: OneStopError.beforePrevious(nominationID: "L", act: .atCouncil, day: CalendarDay("2018-02-19")!,
                                                    previous: .appraising, previousOn: CalendarDay("2018-02-20")!)) {
            try desk.store.advance("L", .toCouncil, on: CalendarDay("2018-02-19"), actor: "office")
        }
        try desk.store.advance("L", .toCouncil, on: CalendarDay("2018-02-20"), actor: "office")
        // A refusal without a date takes the desk's today, which is before C came in: refused, not recorded
        #expect(throws: OneStopError.beforeReceipt(nominationID: "C", act: .refused, day: CalendarDay("2018-03-01")!,
                                                   receivedOn: CalendarDay("2018-05-02")!)) {
            try desk.store.advance("C", .refuse, reason: "Sai mẫu", actor: "office")
        }
        #expect(try desk.store.dossier(of: "C").closedOn == nil)
        // A supplement requested on the desk's today (01/03) is a step the supplement cannot precede
        try desk.store.decide("L", .supplement, reason: "Thiếu biên bản", actor: "chair")
        #expect(throws: OneStopError.beforePrevious(nominationID: "L", act: .supplemented, day: CalendarDay("2018-02-28")!,
                                                    previous: .supplementRequested, previousOn: CalendarDay("2018-03-01")!)) {
            try desk.store.advance("L", .supplemented, on: CalendarDay("2018-02-28"), actor: "office")
        }
        // The council's approval is timed by the clock (2026), yet the desk standing at 01/03/2018 returns its result
        try desk.store.advance("L", .supplemented, on: CalendarDay("2018-03-01"), actor: "office")
        try desk.store.decide("L", .approve, actor: "chair")
        try desk.store.advance("L", .returnResult, actor: "office")
        #expect(try desk.store.dossier(of: "L").closedOn == "2018-03-01")
    }

    @Test func aNewAppointmentIsALaterWorkingDayOfADossierStillBeingProcessed() throws {
        // Given an LĐTT dossier received on Monday 05/02/2018, due on Monday 26/02/2018
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-05"),
                                           Row(id: "M", person: "P2", title: .ldtt, received: "2018-02-05")])
        func reschedule(_ to: String, id: String = "L", at: String = "2018-02-20") throws {
            try desk.store.reschedule(id, to: CalendarDay(to)!, reason: "Chờ ý kiến", actor: "office", at: "\(at)T02:00:00.000Z")
        }
        let due = CalendarDay("2018-02-26")!
        // Then a date not later than the appointment is refused: it is no delay (the tester's date before the receipt too)
        #expect(throws: OneStopError.notLater(nominationID: "L", to: due, due: due)) { try reschedule("2018-02-26") }
        #expect(throws: OneStopError.notLater(nominationID: "L", to: CalendarDay("2018-01-01")!, due: due)) { try reschedule("2018-01-01") }
        // A Sunday, or a holiday (Giỗ Tổ Hùng Vương 2018 fell on Wednesday 25/04), is not an appointment
        #expect(throws: OneStopError.notAWorkingDay(CalendarDay("2018-03-04")!, holiday: nil)) { try reschedule("2018-03-04") }
        do {
            try reschedule("2018-04-25")
            Issue.record("a holiday was accepted")
        } catch OneStopError.notAWorkingDay(let day, let holiday) {
            #expect(day == CalendarDay("2018-04-25") && holiday != nil)
        }
        // A date already past on the day it is set
        #expect(throws: OneStopError.alreadyPast(nominationID: "L", to: CalendarDay("2018-03-05")!, today: CalendarDay("2018-03-09")!)) {
            try reschedule("2018-03-05", at: "2018-03-09")
        }
        #expect(try desk.store.dossier(of: "L").dueOn == "2018-02-26")
        // A later working day is recorded with the day it was set
        try reschedule("2018-03-05")
        let e = try #require(try desk.store.events().filter { $0.nominationID == "L" }.last)
        #expect(e.kind == .rescheduled && e.payload["on"] == "2018-03-05" && e.payload["made_on"] == "2018-02-20")
        // While the desk waits for supplements nothing is due; once decided, the flow of the council has ended
        try desk.store.decide("M", .supplement, reason: "Thiếu biên bản", actor: "office", at: "2018-02-08T02:00:00.000Z")
        #expect(throws: OneStopError.clockStopped(nominationID: "M")) { try reschedule("2018-03-20", id: "M") }
        try desk.store.decide("L", .approve, actor: "chair", at: "2018-02-21T02:00:00.000Z")
        #expect(throws: OneStopError.flowEnded(nominationID: "L", status: .approved)) { try reschedule("2018-03-20") }
        // Set on a day the desk had not received the dossier yet (its as-of date before the receipt)
        let early = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-05")])
        try early.store.openYear(2018, asOf: CalendarDay("2018-01-31"), actor: "office")
        #expect(throws: OneStopError.beforeReceipt(nominationID: "L", act: .rescheduled, day: CalendarDay("2018-01-31")!,
                                                   receivedOn: CalendarDay("2018-02-05")!)) {
            try early.store.reschedule("L", to: CalendarDay("2018-03-05")!, reason: "Chờ", actor: "office")
        }
    }

    @Test func theFlowOnlyMovesForward() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt)])
        try desk.store.advance("L", .appraise, actor: "office")
        try desk.store.advance("L", .toCouncil, actor: "office")
        #expect(try desk.store.dossier(of: "L").status == .atCouncil)
        #expect(throws: OneStopError.notFrom(nominationID: "L", status: .atCouncil, step: .supplemented)) {
            try desk.store.advance("L", .supplemented, actor: "office")
        }
        #expect(throws: OneStopError.self) { try desk.store.advance("L", .returnResult, actor: "office") }
        #expect(throws: OneStopError.reasonRequired("a refusal")) { try desk.store.advance("L", .refuse, actor: "office") }
        #expect(throws: OneStopError.unknownNomination("X")) { try desk.store.advance("X", .appraise, actor: "office") }
    }

    @Test func aRefusalClosesTheDossierAsNotAwarded() throws {
        let desk = try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt)])
        try desk.store.advance("L", .refuse, on: CalendarDay("2018-05-03"), reason: "Không thuộc thẩm quyền", actor: "office")
        #expect(try desk.store.dossier(of: "L").closedOn == "2018-05-03")
        let n = try #require(try desk.store.reviewedNominations().first)
        #expect(n.isRefused && n.outcomeReason == "Không thuộc thẩm quyền")
    }
}
