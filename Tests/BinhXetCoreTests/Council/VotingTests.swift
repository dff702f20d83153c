import BinhXetCore
import Foundation
import GRDB
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

    @Test func theLatestOpenBallotOfAMemberCounts() throws {
        let desk = try CouncilDesk(members: 3, settings: "secret_ballot = no")
        try desk.store.vote("N2018-0002", .agree, member: "standing")
        try desk.store.vote("N2018-0002", .disagree, member: "standing")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "standing")
        #expect(t.agree == 0 && t.disagree == 1 && t.present == 1)
        // Both ballots stay in the log
        #expect(try desk.store.detail(of: "N2018-0002", viewer: "root")!.events.filter { $0.kind == .vote }.count == 2)
    }

    @Test func aSecretBallotIsCastOnce() throws {
        let desk = try CouncilDesk(members: 3)
        try desk.store.vote("N2018-0002", .agree, member: "standing")
        #expect(throws: BallotError.alreadyCast(nominationID: "N2018-0002", login: "standing")) {
            try desk.store.vote("N2018-0002", .disagree, member: "standing")
        }
        let t = try desk.store.tally(of: "N2018-0002", viewer: "standing")
        #expect(t.agree == 1 && t.disagree == 0 && t.present == 1)
    }

    @Test func aFormerMembersOpenBallotNoLongerCounts() throws {
        let desk = try CouncilDesk(members: 5, settings: "secret_ballot = no")
        try desk.store.vote("N2018-0002", .agree, member: "m1")
        try desk.store.removeMember(login: "m1", actor: "chair")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "chair")
        #expect(t.agree == 0 && t.members == 4)
    }

    /// A secret ballot stays counted after its member leaves (nobody knows which it was), so the council it is
    /// counted against is never smaller than the ballots cast: removing the dissenter turned 2 agree of 3
    /// ballots (66.7 %, short of 70 %) into "2/2 = 100 %, passes".
    @Test func removingAMemberWhoVotedDoesNotMakeANominationPass() throws {
        let desk = try CouncilDesk(members: 3, settings: "vote_threshold = 70%")
        try desk.store.vote("N2018-0002", .agree, member: "chair")
        try desk.store.vote("N2018-0002", .agree, member: "standing")
        try desk.store.vote("N2018-0002", .disagree, member: "vice")
        #expect(try !desk.store.tally(of: "N2018-0002", viewer: "chair").passes)
        try desk.store.removeMember(login: "vice", actor: "chair")
        let t = try desk.store.tally(of: "N2018-0002", viewer: "chair")
        #expect(t.present == 3 && t.denominator == 3 && !t.passes, "\(t)")
    }

    /// A desk opened through a link is the file it names: settings beside the link are not the desk's (a
    /// member's own `.rules` beside a link to the shared desk gave them the chair's outcome roles).
    @Test func settingsBesideALinkToTheDeskAreNotItsSettings() throws {
        let desk = try CouncilDesk(members: 3)
        let elsewhere = desk.scratch.folder.appendingPathComponent("mine", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let link = elsewhere.appendingPathComponent("council.desk")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: desk.store.url)
        try Data("outcome_roles = chair, standing_vice_chair, vice_chair\n".utf8).write(to: URL(fileURLWithPath: link.path + ".rules"))
        let throughLink = try DeskStore.open(at: link)
        #expect(throughLink.url == desk.store.url.resolvingSymlinksInPath())
        #expect(throws: CouncilError.self) { try throughLink.decide("N2018-0002", .supplement, reason: "Thiếu biên bản", actor: "vice") }
    }

    @Test func aSecretBallotIsCountedWithNobodysName() throws {
        // Given a secret ballot (the default) where two members voted
        let desk = try CouncilDesk(members: 5)
        try desk.store.vote("N2018-0002", .agree, member: "vice")
        try desk.store.vote("N2018-0002", .disagree, member: "m1")
        // When m1 looks, the counts are there and who voted, but no choice, not even m1's own
        let t = try desk.store.tally(of: "N2018-0002", viewer: "m1")
        #expect(t.agree == 1 && t.disagree == 1 && t.present == 2)
        #expect(Set(t.votes.map(\.login)) == ["vice", "m1"] && t.votes.allSatisfy { $0.choice == nil })
        // And the log says that they voted, never what
        let events = try desk.store.events().filter { $0.nominationID == "N2018-0002" && $0.kind != .received }
        #expect(events.map(\.kind) == [.ballotCast, .ballotCast] && events.allSatisfy { $0.payload.isEmpty })
    }

    /// Storage: the same two ballots cast in either order leave the ballot tables identical, and no
    /// table or event anywhere pairs a member with a choice.
    @Test func noRowOrOrderLinksAMemberToASecretChoice() throws {
        func desk(_ order: [(String, VoteChoice)]) throws -> (CouncilDesk, String) {
            let d = try CouncilDesk(members: 5)
            for (login, choice) in order { try d.store.vote("N2018-0002", choice, member: login) }
            let dump = try RawDesk.dump(d.store.url, tables: ["ballot_cast", "ballot_box"])
            return (d, dump)
        }
        let (a, dumpA) = try desk([("vice", .agree), ("m1", .disagree)])
        let (_, dumpB) = try desk([("m1", .disagree), ("vice", .agree)])
        #expect(dumpA == dumpB)
        #expect(dumpA.contains("ballot_box: N2018-0002|agree|1") && dumpA.contains("ballot_cast: N2018-0002|vice"))
        // Every column of every table, row by row: no row holds both a login and a choice
        let everything = try RawDesk.dump(a.store.url, tables: nil)
        for line in everything.split(separator: "\n") where line.contains("vice") || line.contains("m1") {
            #expect(!line.contains("agree") && !line.contains("disagree"), "\(line)")
        }
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
        try desk.store.decide("N2018-0002", .approve, override: "kiểm thử", actor: "chair")
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

/// The desk file read with SQLite directly, as someone with a copy of it would: every row of every table.
enum RawDesk {
    static func dump(_ url: URL, tables: [String]?) throws -> String {
        let db = try DatabaseQueue(path: url.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try db.read { db in
            let names = try tables ?? String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            var out = ""
            for t in names {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(t)") {
                    out += "\(t): " + row.databaseValues.map { String.fromDatabaseValue($0) ?? $0.description }.joined(separator: "|") + "\n"
                }
            }
            return out
        }
    }
}
