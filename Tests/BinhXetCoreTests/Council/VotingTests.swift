import BinhXetCore
import Foundation
import Testing

@Suite struct VotingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var settings: String
        var agree: Int, disagree: Int, abstain: Int
        var denominator: Int
        var passes: Bool
        var testDescription: String { "\(settings.replacingOccurrences(of: "\n", with: "; ")) \(agree)/\(disagree)/\(abstain)" }
    }

    /// A council of 10; members who do not vote are absent.
    @Test(arguments: [
        // all members, at least 70 %: 7 of 10 is exactly the threshold
        Case(settings: "", agree: 7, disagree: 2, abstain: 1, denominator: 10, passes: true),
        Case(settings: "", agree: 6, disagree: 1, abstain: 0, denominator: 10, passes: false),
        // present members: 6 of 8 present = 75 %; 5 of 8 = 62.5 %
        Case(settings: "vote_denominator = present_members", agree: 6, disagree: 1, abstain: 1, denominator: 8, passes: true),
        Case(settings: "vote_denominator = present_members", agree: 5, disagree: 1, abstain: 2, denominator: 8, passes: false),
        // valid ballots leave abstentions out: 7 of 10 exactly; 5 of 7 = 71.4 %
        Case(settings: "vote_denominator = valid_ballots", agree: 7, disagree: 3, abstain: 0, denominator: 10, passes: true),
        Case(settings: "vote_denominator = valid_ballots", agree: 5, disagree: 2, abstain: 3, denominator: 7, passes: true),
        Case(settings: "vote_denominator = valid_ballots", agree: 4, disagree: 2, abstain: 3, denominator: 6, passes: false),
        // a majority "more than half": exactly half fails, one more passes
        Case(settings: "vote_threshold = 50%\nvote_comparison = more_than", agree: 5, disagree: 5, abstain: 0, denominator: 10, passes: false),
        Case(settings: "vote_threshold = 50%\nvote_comparison = more_than", agree: 6, disagree: 4, abstain: 0, denominator: 10, passes: true),
        // two thirds of all members: 7 of 10 reaches it, 6 of 10 does not
        Case(settings: "vote_threshold = 2/3", agree: 7, disagree: 0, abstain: 0, denominator: 10, passes: true),
        Case(settings: "vote_threshold = 2/3", agree: 6, disagree: 0, abstain: 0, denominator: 10, passes: false),
    ])
    func tallyAgainstThresholdAndDenominator(_ c: Case) throws {
        // Given a council of 10 with the case's settings
        let desk = try CouncilDesk(settings: c.settings)
        let logins = desk.logins
        // When members vote in order: agree, then disagree, then abstain; the rest are absent
        let choices = Array(repeating: VoteChoice.agree, count: c.agree) + Array(repeating: .disagree, count: c.disagree)
            + Array(repeating: .abstain, count: c.abstain)
        for (login, choice) in zip(logins, choices) { try desk.store.vote("N2018-0002", choice, member: login) }
        // Then the tally counts them over the configured denominator
        let t = try desk.store.tally(of: "N2018-0002", viewer: "chair")
        #expect((t.agree, t.disagree, t.abstain) == (c.agree, c.disagree, c.abstain))
        #expect(t.members == 10 && t.present == c.agree + c.disagree + c.abstain)
        #expect(t.denominator == c.denominator)
        #expect(t.passes == c.passes)
    }

    @Test func theLatestBallotOfAMemberCounts() throws {
        let desk = try CouncilDesk(members: 3)
        try desk.store.vote("N2018-0002", .agree, member: "standing")
        try desk.store.vote("N2018-0002", .disagree, member: "standing")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "standing")
        #expect(t.agree == 0 && t.disagree == 1 && t.present == 1)
        // Both ballots stay in the log
        #expect(try desk.store.detail(of: "N2018-0002")!.events.filter { $0.kind == "vote" }.count == 2)
    }

    @Test func aFormerMembersBallotNoLongerCounts() throws {
        let desk = try CouncilDesk(members: 5)
        try desk.store.vote("N2018-0002", .agree, member: "m1")
        try desk.store.removeMember(login: "m1", actor: "chair")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "chair")
        #expect(t.agree == 0 && t.members == 4)
    }

    @Test func aSecretBallotShowsEachMemberOnlyTheirOwnChoice() throws {
        // Given a secret ballot (the default) where two members voted
        let desk = try CouncilDesk(members: 5)
        try desk.store.vote("N2018-0002", .agree, member: "vice")
        try desk.store.vote("N2018-0002", .disagree, member: "m1")
        // When m1 looks
        let t = try desk.store.tally(of: "N2018-0002", viewer: "m1")
        // Then the counts are there, m1's own choice too, not vice's
        #expect(t.agree == 1 && t.disagree == 1)
        #expect(t.votes.first { $0.login == "m1" }?.choice == .disagree)
        #expect(t.votes.first { $0.login == "vice" }?.choice == nil)
        // And the history hides it the same way
        let events = BallotSecrecy.redact(try desk.store.detail(of: "N2018-0002")!.events, viewer: "m1", secret: true)
        #expect(events.first { $0.actor == "vice" }?.payload["vote"] == BallotSecrecy.hidden)
        #expect(events.first { $0.actor == "m1" }?.payload["vote"] == "disagree")
    }

    @Test func anOpenBallotShowsEveryone() throws {
        let desk = try CouncilDesk(members: 5, settings: "secret_ballot = no")
        try desk.store.vote("N2018-0002", .agree, member: "vice")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "m1")
        #expect(t.votes.first { $0.login == "vice" }?.choice == .agree)
    }

    @Test func onlyMembersVoteAndOnlyBeforeTheOutcome() throws {
        let desk = try CouncilDesk(members: 5)
        #expect(throws: CouncilError.notAMember("outsider")) { try desk.store.vote("N2018-0002", .agree, member: "outsider") }
        #expect(throws: CouncilError.unknownNomination("N1999-0001")) { try desk.store.vote("N1999-0001", .agree, member: "m1") }
        try desk.store.decide("N2018-0002", .approve, actor: "chair")
        #expect(throws: CouncilError.alreadyDecided(nominationID: "N2018-0002", status: .approved)) {
            try desk.store.vote("N2018-0002", .agree, member: "m1")
        }
    }

    @Test func talliesOfAYear() throws {
        let desk = try CouncilDesk(members: 5)
        try desk.store.vote("N2018-0002", .agree, member: "m1")
        try desk.store.vote("N2017-0001", .agree, member: "m1")
        #expect(try desk.store.tallies(year: 2018, viewer: "m1").map(\.nominationID) == ["N2018-0002"])
        #expect(try desk.store.tallies(viewer: "m1").count == 2)
    }
}
