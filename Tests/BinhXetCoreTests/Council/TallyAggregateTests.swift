import BinhXetCore
import BinhXetTestSupport
import Testing

/// The rule review reads the desk's tallies as counts SQLite adds up (`tallies(countsOnly: true)`); they must
/// be the tallies made ballot by ballot, for every nomination and every kind of ballot: changed open ballots,
/// secret ones, a member who voted openly and then secretly, former members, a regime's secret ballot turned
/// on half-way.
struct TallyAggregateTests {
    @Test func countedTalliesAreTheBallotByBallotTallies() throws {
        var rng = SeededGenerator(printingSeedFor: "TallyAggregateTests.countedTalliesAreTheBallotByBallotTallies")
        for round in 0..<4 {
            let desk = try CouncilDesk(members: 8, settings: "secret_ballot = no")
            let ids = try desk.store.nominations().map(\.id)
            let logins = desk.logins
            func ballots(_ n: Int) throws {
                for _ in 0..<n {
                    let id = ids.randomElement(using: &rng)!, login = logins.randomElement(using: &rng)!
                    // A second secret ballot is refused; the rest of the round goes on
                    try? desk.store.vote(id, VoteChoice.allCases.randomElement(using: &rng)!, member: login)
                }
            }
            try ballots(Int.random(in: 5...25, using: &rng))
            if Bool.random(using: &rng) {
                try desk.store.removeMember(login: logins.randomElement(using: &rng)!, actor: "chair")
            }
            // Secret from now on, for some rounds: members who voted openly may cast a secret ballot too
            if round % 2 == 1 {
                try "secret_ballot = yes\n".write(to: desk.store.rulesFileURL, atomically: true, encoding: .utf8)
                try ballots(Int.random(in: 5...25, using: &rng))
            }
            let counted = try desk.store.tallies(viewer: "", countsOnly: true)
            let full = try desk.store.tallies(viewer: "")
            #expect(counted.map(\.nominationID) == full.map(\.nominationID), "round \(round)")
            #expect(!counted.isEmpty, "round \(round)")
            for (c, f) in zip(counted, full) {
                var f = f
                f.votes = []
                #expect(c == f, "round \(round) \(c.nominationID)")
                // And each is the one nomination's own tally
                var one = try desk.store.tally(of: c.nominationID, viewer: "")
                one.votes = []
                #expect(c == one, "round \(round) \(c.nominationID)")
            }
            // A year's counted tallies are the desk's of that year
            let of2018 = try desk.store.tallies(year: 2018, viewer: "", countsOnly: true)
            #expect(of2018 == counted.filter { $0.nominationID.hasPrefix("N2018") })
        }
    }
}
