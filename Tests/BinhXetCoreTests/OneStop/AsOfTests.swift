import BinhXetCore
import Foundation
import Testing

/// Reviewing a past year as it stood: one "today" in the core, for deadlines, queues and dated events.
@Suite struct AsOfTests {
    typealias Row = RuleDesk.Row

    /// An LĐTT dossier received on 13/02/2018, due on 06/03/2018, and a CSTĐCS one received on 02/05/2018.
    func desk() throws -> RuleDesk {
        try RuleDesk(.law2022, [Row(id: "L", person: "P1", title: .ldtt, received: "2018-02-13"),
                                Row(id: "C", person: "P2", received: "2018-05-02")])
    }

    /// The year under review and "today" are everyone's: once the council has members, a plain member or
    /// someone outside it cannot move them (a non-member's `year open --as-of` moved every deadline).
    @Test func onlyTheRolesThatIssuePapersOpenTheYearOnceTheCouncilSits() throws {
        let desk = try desk()
        try desk.store.addMember(login: "chu", name: "Trần Văn Chủ", role: .chair, actor: "root")
        try desk.store.addMember(login: "tv", name: "Ngô Văn Ủy", role: .member, actor: "chu")
        #expect(throws: CouncilError.notAMember("office")) { try desk.store.openYear(2018, asOf: CalendarDay("2018-03-08"), actor: "office") }
        #expect(throws: CouncilError.self) { try desk.store.openYear(2018, asOf: CalendarDay("2018-03-08"), actor: "tv") }
        #expect(try desk.store.asOf().fixed == nil)
        try desk.store.openYear(2018, asOf: CalendarDay("2018-03-08"), actor: "chu")
        #expect(try desk.store.today() == CalendarDay("2018-03-08"))
    }

    @Test func theDesksTodayIsItsAsOfDateUntilTheYearIsOpenedWithoutOne() throws {
        let desk = try desk()
        #expect(try desk.store.today() == CalendarDay.today() && desk.store.asOf().fixed == nil)
        try desk.store.openYear(2018, asOf: CalendarDay("2018-03-08"), actor: "office")
        #expect(try desk.store.today() == CalendarDay("2018-03-08"))
        // Then the due column counts from it: L is 2 working days late, C is not due yet
        let due = try desk.store.dueStandings()
        #expect(due["L"] == .late(workingDays: 2))
        #expect(due["C"].map { !$0.isLate } == true)
        try desk.store.openYear(2018, actor: "office")
        #expect(try desk.store.asOf().fixed == nil)
        #expect(throws: AsOfError.self) { try desk.store.openYear(2018, asOf: CalendarDay("2017-12-31"), actor: "office") }
    }

    @Test func aSupplementRequestAndACriticismAreDatedByTheAsOfDateAndSaySo() throws {
        let desk = try desk()
        try desk.store.openYear(2018, asOf: CalendarDay("2018-03-01"), actor: "office")
        let e = try desk.store.decide("L", .supplement, reason: "Thiếu biên bản", actor: "chair").event
        #expect(e.payload["on"] == "2018-03-01" && e.payload["on_note"]?.contains("as-of") == true)
        // The dossier's clock stopped on that day, not on the clock's
        #expect(try desk.store.dossier(of: "L").awaitingSupplementSince == "2018-03-01")
        let unit = try #require(try desk.store.nominations().first?.unitName)
        let unitID = try #require(try desk.store.units().first { $0.name == unit }?.id)
        try desk.store.criticise(unitID: unitID, text: "Xét chưa kỹ", nominations: ["C"], actor: "chair")
        #expect(try desk.store.criticisms().first?.day == CalendarDay("2018-03-01"))
        // Without an as-of date the events carry no date of their own
        try desk.store.openYear(2018, actor: "office")
        let again = try desk.store.decide("C", .supplement, reason: "Thiếu", actor: "chair").event
        #expect(again.payload["on"] == nil && again.payload["on_note"] == nil)
    }

    @Test func decidedDossiersHaveNoDueDate() throws {
        let desk = try desk()
        try desk.store.openYear(2018, asOf: CalendarDay("2018-06-20"), actor: "office")
        #expect(try desk.store.dueStanding(of: "C")?.isLate == true)
        try desk.store.decide("C", .approve, actor: "chair")
        #expect(try desk.store.dueStanding(of: "C") == nil && desk.store.dueStandings()["C"] == nil)
    }

    @Test func theCommandLineUsesTheAsOfDate() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        let open = try CLI.run(["year", "open", "2018", "--as-of", "2018-06-04", "--desk", desk])
        #expect(open.out == "year under review: 2018 as of 04/06/2018\n", "\(open.err)")
        #expect(try CLI.run(["year", "--desk", desk]).out.contains("as of 04/06/2018"))
        // overdue without --on looks from the as-of date, as `--on 2018-06-04` does
        let overdue = try CLI.run(["overdue", "--desk", desk])
        #expect(overdue.out == (try CLI.run(["overdue", "--on", "2018-06-04", "--desk", desk])).out)
        #expect(overdue.out.contains("N2018-0001") && overdue.out.contains("LATE"))
        // Nothing late on an earlier day: said in words, not as "due within 0 working days"
        let early = try CLI.runVietnamese(["overdue", "--on", "2018-05-04", "--desk", desk])
        #expect(early.out == "tính đến 04/05/2018: không có hồ sơ quá hạn hoặc đến hạn\n", "\(early.out)")
        let earlyWithin = try CLI.runVietnamese(["overdue", "--on", "2018-05-04", "--within", "3", "--desk", desk])
        #expect(earlyWithin.out == "không có hồ sơ quá hạn hoặc đến hạn trong 3 ngày làm việc tính đến 04/05/2018\n", "\(earlyWithin.out)")
        _ = s
    }
}
