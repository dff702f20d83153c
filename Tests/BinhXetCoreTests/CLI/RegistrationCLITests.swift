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

    @Test func aRowTheDeskContradictsIsRefusedInOneLineEach() throws {
        let s = try Scratch()
        let desk = try desk(s)
        let csv = try s.write("dk.csv", [
            RegistrationTests.header,
            "CB0101,Tên Khác,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy,Đề tài A,Tóm tắt,2019-01-10",
            "CB0103,Người Mới,Trường THCS Hồng Kim,Giáo viên,Giảng dạy,Đề tài B,Tóm tắt,10/01/2030",
            "CB0104,Người Mới Khác,Trường Không Có,Giáo viên,Giảng dạy,Đề tài C,Tóm tắt,2019-01-11",
        ].joined(separator: "\n") + "\n")
        let (vi, en) = try both(["import", "--registrations", csv.path, "--desk", desk])
        #expect(vi.status != 0 && en.status != 0)
        for line in ["\(csv.path): dòng 2, cột nominee_name: mã cán bộ CB0101 là 'Nguyễn Văn An' trong bàn xét duyệt, không phải 'Tên Khác'",
                     "\(csv.path): dòng 3, cột registered_on: 10/01/2030 ở sau ngày xét của bàn xét duyệt (01/02/2019)",
                     "\(csv.path): dòng 4, cột unit: 'Trường Không Có' không phải đơn vị có trong bàn xét duyệt; hãy ghi tên đơn vị như trong hồ sơ đề nghị của đơn vị"] {
            #expect(vi.err.contains(line), "\(line)\n\(vi.err)")
        }
        for line in ["\(csv.path): row 2, column nominee_name: nominee ID CB0101 is 'Nguyễn Văn An' in the desk, not 'Tên Khác'",
                     "\(csv.path): row 3, column registered_on: 10/01/2030 is after the desk's as-of date (01/02/2019)",
                     "\(csv.path): row 4, column unit: 'Trường Không Có' is not a unit of the desk; write its name as its nominations give it"] {
            #expect(en.err.contains(line), "\(line)\n\(en.err)")
        }
        let list = try CLI.run(["check-registrations", "--all-years", "--desk", desk, "--lang", "en"])
        #expect(list.out == "no registrations\n", "\(list.out)\(list.err)")
    }
}
