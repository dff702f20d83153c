import BinhXetCore
import Foundation
import Testing

/// `binhxet preferences`: what the review desk remembers for each member, set and shown per member.
@Suite struct PreferencesCLITests {
    @Test func eachMemberSetsTheirOwnPreferences() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        let shown = try CLI.run(["preferences", "--desk", desk, "--member", "tv1"])
        #expect(shown.out == "tv1: open-next on, year-filter none\n", "\(shown.err)")
        let set = try CLI.run(["preferences", "--open-next", "off", "--year-filter", "2018", "--desk", desk, "--member", "tv1"])
        #expect(set.out == "tv1: open-next off, year-filter 2018\n", "\(set.err)")
        // Another member's are untouched; the store reads what the command wrote
        #expect(try CLI.run(["preferences", "--desk", desk, "--member", "tv2"]).out == "tv2: open-next on, year-filter none\n")
        let p = try DeskStore.open(at: s.deskURL).preferences(of: "tv1")
        #expect(p == MemberPreferences(yearFilter: 2018, openNextAfterDecision: false))
        let bad = try CLI.run(["preferences", "--year-filter", "18", "--desk", desk, "--member", "tv1"])
        #expect(bad.status != 0 && bad.err.contains("--year-filter: '18' is not a year (1990–2100) or none"))
    }
}
