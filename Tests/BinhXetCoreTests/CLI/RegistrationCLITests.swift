import BinhXetCore
import Foundation
import Testing

/// What a tester found `import --registrations` and `check-registrations` saying wrongly (2026-12-07), in
/// both languages.
@Suite struct RegistrationCLITests {
    /// The review desk's fixture, imported; the year under review is 2019, as of 01/02/2019.
    func desk(_ s: Scratch) throws -> String {
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", RegistrationTests.fixture.appendingPathComponent("nominations.csv").path,
                             "--desk", desk, "--quiet"]).status == 0)
        #expect(try CLI.run(["year", "open", "2019", "--as-of", "2019-02-01", "--desk", desk]).status == 0)
        return desk
    }

    func both(_ args: [String]) throws -> (vi: CLI.Result, en: CLI.Result) {
        (try CLI.runVietnamese(args), try CLI.run(args + ["--lang", "en"]))
    }

    @Test func aTopicTooShortToJudgeSaysSoNotThatItFits() throws {
        let s = try Scratch()
        let desk = try desk(s)
        let csv = try s.write("dk.csv", RegistrationTests.header + "\n"
            + "CB0701,Bùi Đức Khánh,Ủy ban nhân dân xã Hồng Kim,Kế toán,Kế toán ngân sách xã,Kỹ thuật trồng lúa chống sâu rầy,,2019-01-10\n")
        #expect(try CLI.run(["import", "--registrations", csv.path, "--desk", desk]).status == 0)
        let (vi, en) = try both(["check-registrations", "--desk", desk])
        #expect(vi.out.contains("không đủ căn cứ để đánh giá đề tài có hợp nhiệm vụ không"), "\(vi.out)\(vi.err)")
        #expect(en.out.contains("not enough to judge whether the topic fits the duties"), "\(en.out)\(en.err)")
        for r in [vi, en] { #expect(!r.out.contains("hợp nhiệm vụ\n") && !r.out.contains("fits the duties\n") && !r.out.contains("đạt:")) }
        let json = try CLI.run(["check-registrations", "--json", "--desk", desk])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["duty_fit"] as? String == "not_judged", "\(json.out)")
        #expect(rows[0]["relevance"] is NSNull && rows[0]["clean"] as? Bool == false, "\(json.out)")
    }
}
