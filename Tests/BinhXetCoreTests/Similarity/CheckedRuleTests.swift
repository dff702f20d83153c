import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// "Checked" is decided once, in the core: the checker looked at it, or it has no initiative to look at.
@Suite struct CheckedRuleTests {
    @Test func aNominationWithoutInitiativeCountsAsCheckedEverywhere() throws {
        // Given a desk nobody has scanned: N2017-0002 is an LĐTT nomination without initiative
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let store = try s.makeDesk()
        try NominationImporter(store: store, actor: "office").importCSV(at: csv)
        // Then only it counts as checked, by both of the core's reads
        #expect(try store.countsAsChecked("N2017-0002"))
        #expect(try !store.countsAsChecked("N2018-0001"))
        #expect(try store.nominationsCountingAsChecked() == ["N2017-0002"])
        #expect(try store.checkedNominationIDs().isEmpty)
        // And the command line's show says what the review desk says
        let show = try CLI.run(["show", "N2017-0002", "--json", "--member", "office", "--desk", s.deskURL.path])
        #expect(show.status == 0, "\(show.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect(json["similarity_checked"] as? Bool == true, "\(show.out.prefix(300))")
    }
}
