@testable import BinhXetCore
import Foundation
import Testing

/// Registrations at the start of the year: imported whole or not at all, checked against earlier
/// initiatives and the registered duties, and linked to the nomination that later comes.
@Suite struct RegistrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/review-desk")

    /// The review desk's fixture: 2017 and 2018 initiatives of teachers, a health worker and a land officer.
    func desk() throws -> (Scratch, DeskStore) {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store, actor: "import").importCSV(at: Self.fixture.appendingPathComponent("nominations.csv"))
        return (s, store)
    }

    static let header = "nominee_id,nominee_name,unit,position,duties,initiative_title,summary,registered_on"

    /// A passage of an earlier initiative's own text (its second paragraph), for a summary that repeats it.
    static func passage(of file: String) throws -> String {
        let text = try String(contentsOf: fixture.appendingPathComponent("documents/\(file)"), encoding: .utf8)
        let paragraphs = text.split(separator: "\n").map(String.init).filter { $0.split(separator: " ").count > 30 }
        return try #require(paragraphs.first)
    }

    static func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test func registrationsAreCheckedAgainstEarlierInitiativesAndDuties() throws {
        let (s, store) = try desk()
        let copied = try Self.passage(of: "SK2018-0002.txt")
        let csv = try s.write("dangky.csv", [
            Self.header,
            // Her own 2017 title again
            "CB0101,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy môn Toán lớp 8,"
                + "Một số biện pháp giúp học sinh lớp 9 học tốt hình học,Ôn tập hình học theo chủ đề,2019-01-10",
            // A new title over another person's text of 2018
            "CB0901,Ngô Thị Lan,Trường Tiểu học Phú Vinh,Giáo viên chủ nhiệm lớp 2,Giảng dạy các môn lớp 2A,"
                + "Giúp học sinh lớp 2 yêu thích môn Tiếng Việt,\(Self.field(copied)),2019-01-12",
            // A health worker registering school geometry
            "CB0511,Đinh Thị Yến,Trạm Y tế xã Hồng Kim,Y sĩ,Khám chữa bệnh ban đầu; tiêm chủng mở rộng,"
                + "Rèn kỹ năng giải toán hình học cho học sinh lớp 9,"
                + "Hướng dẫn học sinh lớp 9 vẽ hình và chứng minh bài toán hình học,2019-01-15",
            // A fresh topic within the duties
            "CB0201,Lê Văn Cường,Trường Tiểu học Phú Vinh,Giáo viên chủ nhiệm lớp 3,Giảng dạy các môn lớp 3B,"
                + "Rèn kỹ năng viết chữ đẹp cho học sinh lớp 3,"
                + "Luyện viết chữ đẹp cho học sinh lớp 3 qua các giờ học Tiếng Việt,2019-01-20",
        ].joined(separator: "\n") + "\n")
        let report = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
        #expect(report.added == 4 && report.linked == 0)
        let checks = Dictionary(uniqueKeysWithValues: try DeskChecker(store: store).checkRegistrations(year: 2019)
            .map { ($0.registration.personID, $0) })
        // The repeated title is reported as the person's own earlier initiative
        let own = try #require(checks["CB0101"])
        #expect(own.similar.map(\.nominationID) == ["N2017-0004"] && own.similar.first?.own == true)
        #expect(own.similar.first?.by == ["title"])
        // The summary that repeats another's text is reported by its text
        let copy = try #require(checks["CB0901"])
        #expect(copy.similar.contains { $0.nominationID == "N2018-0002" && $0.by.contains("text") && !$0.own })
        // The topic unrelated to the duties is off duty
        let off = try #require(checks["CB0511"])
        #expect(off.offDuty, "relevance \(off.relevance.score)")
        // The fresh topic is clean
        let fresh = try #require(checks["CB0201"])
        #expect(fresh.isClean, "\(fresh.similar.map(\.nominationID)) relevance \(fresh.relevance.score)")
        _ = s
    }

    @Test func aTopicTooShortToReadIsNotJudgedAndAJudgedOneHasItsEvidence() throws {
        // An accountant registering rice pest control, a title alone: the tester saw "hợp nhiệm vụ",
        // relevance 1 and no evidence (the model read no field of work in four words it does not know).
        let (s, store) = try desk()
        let csv = try s.write("dk.csv", [
            Self.header,
            "CB0701,Bùi Đức Khánh,Ủy ban nhân dân xã Hồng Kim,Kế toán,Kế toán ngân sách xã; thu chi ngân sách,"
                + "Kỹ thuật trồng lúa chống sâu rầy,,2019-01-10",
            "CB0201,Lê Văn Cường,Trường Tiểu học Phú Vinh,Giáo viên chủ nhiệm lớp 3,Giảng dạy các môn lớp 3B,"
                + "Rèn kỹ năng viết chữ đẹp cho học sinh lớp 3,"
                + "Luyện viết chữ đẹp cho học sinh lớp 3 qua các giờ học Tiếng Việt,2019-01-20",
        ].joined(separator: "\n") + "\n")
        _ = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
        let checks = Dictionary(uniqueKeysWithValues: try DeskChecker(store: store).checkRegistrations(year: 2019)
            .map { ($0.registration.personID, $0) })
        let short = try #require(checks["CB0701"])
        #expect(short.dutyFit == .notJudged, "\(short.relevance)")
        #expect(!short.isClean && !short.offDuty)
        // A topic the model reads is judged, with the words it read
        let fresh = try #require(checks["CB0201"])
        #expect(fresh.dutyFit == .fits && fresh.isClean, "\(fresh.relevance)")
        #expect(!fresh.relevance.textEvidence.isEmpty && !fresh.relevance.dutyEvidence.isEmpty, "\(fresh.relevance)")
        _ = s
    }

    @Test func aNominationIsLinkedToItsRegistration() throws {
        let (s, store) = try desk()
        // Given a 2018 registration of a person who was then nominated, in Vietnamese headers
        let csv = try s.write("dk.csv", """
            Mã cán bộ,Họ và tên,Đơn vị,Chức vụ,Nhiệm vụ,Tên sáng kiến,Tóm tắt,Ngày đăng ký
            CB0101,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy Toán 9,Hình học lớp 9,Dạy hình học,15/01/2018
            CB0999,Người Khác,Trường THCS Hồng Kim,Giáo viên,Giảng dạy,Đề tài khác,Tóm tắt,15/01/2018

            """)
        let report = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
        // Then the one nominated is linked, the link recorded on the nomination
        #expect(report.added == 2 && report.linked == 1)
        let linked = try store.registrations(year: 2018).first { $0.personID == "CB0101" }
        #expect(linked?.nominationID == "N2018-0001")
        #expect(try store.events().contains { $0.kind == .registrationLinked && $0.nominationID == "N2018-0001" })
        // And importing it again changes nothing
        let again = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
        #expect(again.added == 0 && again.unchanged == 2 && again.linked == 0)
        _ = s
    }

    @Test func aFileWithProblemsIsRefusedWholeNamingRowAndColumn() throws {
        let (s, store) = try desk()
        let csv = try s.write("bad.csv", [
            Self.header,
            "CB0101,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy,Đề tài A,Tóm tắt,2019-01-10",
            "CB0102,Trần Thị Bình,Trường THCS Hồng Kim,Tổ trưởng,Giảng dạy,Đề tài B,Tóm tắt,10/13/2019",
            "CB0103,,Trường THCS Hồng Kim,Giáo viên,Giảng dạy,Đề tài C,Tóm tắt,2019-01-11",
        ].joined(separator: "\n") + "\n")
        do {
            _ = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
            Issue.record("accepted")
        } catch let failed as ImportFailed {
            #expect(failed.problems.map(\.description) == [
                "\(csv.path): row 3, column registered_on: '10/13/2019' is not a date (yyyy-mm-dd or dd/mm/yyyy)",
                "\(csv.path): row 4, column nominee_name: is empty",
            ])
        }
        #expect(try store.registrations().isEmpty)
        let missing = try s.write("missing.csv", "nominee_id,nominee_name\nCB1,A\n")
        #expect(throws: ImportFailed.self) { try RegistrationImporter(store: store, actor: "office").importCSV(at: missing) }
        _ = s
    }

    @Test func aRowTheDeskContradictsIsRefusedAndNothingIsImported() throws {
        // The tester imported CB0101 under another name, a registration of 2030 and a unit no nomination
        // names, and each was taken.
        let (s, store) = try desk()
        try store.openYear(2019, asOf: CalendarDay("2019-02-01"), actor: "office")
        let csv = try s.write("dk.csv", [
            Self.header,
            "CB0102,Trần Thị Bình,Trường THCS Hồng Kim,Tổ trưởng,Giảng dạy,Đề tài đúng,Tóm tắt,2019-01-10",
            "CB0101,Tên Khác,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy,Đề tài A,Tóm tắt,2019-01-10",
            "CB0103,Người Mới,Trường THCS Hồng Kim,Giáo viên,Giảng dạy,Đề tài B,Tóm tắt,10/01/2030",
            "CB0104,Người Mới Khác,Trường Không Có,Giáo viên,Giảng dạy,Đề tài C,Tóm tắt,2019-01-11",
            "CB0103,Người Mới Nữa,Trường THCS Hồng Kim,Giáo viên,Giảng dạy,Đề tài D,Tóm tắt,2019-01-12",
        ].joined(separator: "\n") + "\n")
        do {
            _ = try RegistrationImporter(store: store, actor: "office").importCSV(at: csv)
            Issue.record("accepted")
        } catch let failed as ImportFailed {
            #expect(failed.problems.map(\.description) == [
                "\(csv.path): row 3, column nominee_name: nominee ID CB0101 is 'Nguyễn Văn An' in the desk, not 'Tên Khác'",
                "\(csv.path): row 4, column registered_on: 10/01/2030 is after the desk's as-of date (01/02/2019)",
                "\(csv.path): row 5, column unit: 'Trường Không Có' is not a unit of the desk; write its name as its nominations give it",
                "\(csv.path): row 6, column nominee_name: nominee ID CB0103 is 'Người Mới' in row 4 of this file, not 'Người Mới Nữa'",
            ], "\(failed.problems)")
            #expect(failed.problems.map(ErrorWords.importProblem).contains(
                "\(csv.path): dòng 4, cột registered_on: 10/01/2030 ở sau ngày xét của bàn xét duyệt (01/02/2019)"))
        }
        // Nothing of the file is in the desk, the good row neither
        #expect(try store.registrations().isEmpty)
        _ = s
    }

    @Test func theCommandLineImportsAndReports() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", Self.fixture.appendingPathComponent("nominations.csv").path, "--desk", desk, "--quiet"]).status == 0)
        let csv = try s.write("r.csv", Self.header + "\n"
            + "CB0101,Nguyễn Văn An,Trường THCS Hồng Kim,Giáo viên Toán,Giảng dạy Toán,"
            + "Một số biện pháp giúp học sinh lớp 9 học tốt hình học,Ôn tập,2019-01-10\n")
        let imported = try CLI.run(["import", "--registrations", csv.path, "--desk", desk])
        #expect(imported.out == "\(csv.path): 1 registrations added, 0 already in the desk, 0 linked to their nomination\n", "\(imported.err)")
        let r = try CLI.run(["check-registrations", "--year", "2019", "--desk", desk])
        #expect(r.out.contains("repeats own earlier initiative N2017-0004"), "\(r.out)\(r.err)")
        let json = try CLI.run(["check-registrations", "--year", "2019", "--json", "--desk", desk])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["clean"] as? Bool == false)
        _ = s
    }
}
