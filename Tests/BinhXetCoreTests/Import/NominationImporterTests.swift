import BinhXetCore
import BinhXetText
import Foundation
import Testing

@Suite struct NominationImporterTests {
    @Test func importsRowsDocumentsAndHistory() throws {
        // Given a desk and a small CSV with two years
        let s = try Scratch()
        let store = try s.makeDesk()
        let csv = try SampleCSV.write(in: s)
        // When it is imported
        let report = try NominationImporter(store: store, actor: "thuky").importCSV(at: csv)
        // Then every row is a nomination, each document is stored once, and each got a "received" event
        #expect(report.added == 4)
        #expect(report.documentsStored == 3)
        #expect(try store.nominations().map(\.id) == ["N2017-0001", "N2017-0002", "N2018-0001", "N2018-0002"])
        let detail = try #require(try store.detail(of: "N2018-0001", viewer: "root"))
        #expect(detail.person.name == "Nguyễn Văn An")
        #expect(detail.unit.name == "Trường THCS Hòa Bình")
        #expect(detail.initiative?.title == "Sinh hoạt tổ chuyên môn theo nghiên cứu bài học")
        #expect(detail.events.map(\.kind) == [.received])
        #expect(detail.events.first?.actor == "thuky")
        // CRLF became LF; the original bytes are kept under their hash
        #expect(try store.initiativeText(of: "N2018-0001") == "BÁO CÁO SÁNG KIẾN\nSinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học.\n")
        let doc = try #require(detail.initiative?.document)
        let original = try Data(contentsOf: store.documentURL(sha256: doc.sha256, format: doc.format))
        #expect(original == Data(SampleCSV.texts["docs/2018/b.txt"]!.utf8))
        #expect(SHA256.hex(of: original) == doc.sha256)
        #expect(try store.initiativeText(of: "N2017-0002") == nil)
    }

    /// A dossier received after the desk's today did not exist on it: refused with the row and column, in the
    /// clock's words without an as-of date and against the as-of date with one; nothing is imported.
    @Test func aDossierReceivedAfterTheDesksTodayIsRefused() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        let late = SampleCSV.rows.map { $0.replacingOccurrences(of: ",2018-05-05", with: ",2099-05-05") }
        #expect(late != SampleCSV.rows)
        #expect {
            try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s, rows: late))
        } throws: { e in
            let line = ErrorWords.line(e, in: .vi)
            return line.contains("received_on") && line.contains("05/05/2099 là ngày trong tương lai")
        }
        #expect(try store.nominations().isEmpty)
        // Reviewing 2018 as of 04/05/2018, a dossier received on 05/05/2018 is not there yet
        try store.openYear(2018, asOf: CalendarDay("2018-05-04"), actor: "root")
        #expect {
            try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        } throws: { e in
            ErrorWords.line(e, in: .vi).contains("05/05/2018 ở sau ngày xét của bàn xét duyệt (04/05/2018)")
                && String(describing: e).contains("05/05/2018 is after the desk's as-of date (04/05/2018)")
        }
        #expect(try store.nominations().isEmpty)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        let csv = try SampleCSV.write(in: s)
        try NominationImporter(store: store).importCSV(at: csv)
        let before = try DeskCounts(store)
        let again = try NominationImporter(store: store).importCSV(at: csv)
        #expect(again.added == 0)
        #expect(again.unchanged == 4)
        #expect(try DeskCounts(store) == before)
    }

    @Test func readsExcelStyleFilesWithVietnameseHeaders() throws {
        // Given the same data as Excel writes it in a Vietnamese locale: BOM, ';', CRLF, Vietnamese headers
        let s = try Scratch()
        let store = try s.makeDesk()
        _ = try SampleCSV.write(in: s)
        let header = "Mã đề nghị;Năm;Mã cán bộ;Họ và tên;Đơn vị;Chức vụ;Nhiệm vụ;Đối tượng;Danh hiệu;Tên sáng kiến;Tệp sáng kiến;Ngày tiếp nhận"
        let row = "N2019-0001;2019;CB00009;Phạm Thị Dung;Trạm Y tế xã;Y sĩ;\"Tiêm chủng; khám bệnh\";can_bo_cong_chuc;CSTĐCS;Sổ tiêm chủng điện tử;docs/2018/c.txt;06/05/2019"
        let csv = try s.write("excel.csv", Data([0xEF, 0xBB, 0xBF]) + Data((header + "\r\n" + row + "\r\n").utf8))
        // When imported
        let report = try NominationImporter(store: store).importCSV(at: csv)
        // Then the row reads as in the comma version, the date in ISO form
        #expect(report.added == 1)
        let d = try #require(try store.detail(of: "N2019-0001", viewer: "root"))
        #expect(d.nomination.duties == "Tiêm chủng; khám bệnh")
        #expect(d.nomination.receivedOn == "2019-05-06")
        #expect(d.nomination.title == .cstdcs)
    }

    // MARK: - Bad input: one clear problem naming the row and column, and the desk unchanged

    /// Imports the sample, then tries `bad`, and returns the problems; checks nothing moved.
    func refused(_ bad: (Scratch) throws -> URL) throws -> [ImportProblem] {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s, name: "first.csv"))
        let before = try DeskCounts(store)
        let url = try bad(s)
        let error = try #require(throws: ImportFailed.self) { try NominationImporter(store: store).importCSV(at: url) }
        #expect(try DeskCounts(store) == before)
        #expect(!error.problems.isEmpty)
        return error.problems
    }

    @Test func missingColumn() throws {
        let problems = try refused { s in
            try s.write("bad.csv", "nomination_id,year,nominee_id\nN1,2018,CB1\n")
        }
        #expect(problems.contains { $0.row == 1 && $0.column == "nominee_name" && $0.reason == "missing column" })
        #expect(problems.allSatisfy { $0.file.hasSuffix("bad.csv") })
    }

    @Test func extraColumn() throws {
        let problems = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: SampleCSV.rows.map { $0 + ",x" },
                                header: SampleCSV.header + ",ghi_chu")
        }
        #expect(problems.count == 1)
        #expect(problems[0].column == "ghi_chu")
        #expect(problems[0].reason.hasPrefix("unknown column"))
    }

    @Test func rowWithTooManyFields() throws {
        let problems = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: ["N2019-0009,2019" + String(repeating: ",a", count: 11)])
        }
        #expect(problems.map(\.row) == [2])
        #expect(problems[0].reason.contains("13 fields"))
    }

    @Test func unknownTitleCode() throws {
        let problems = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [SampleCSV.rows[3].replacingOccurrences(of: ",CSTDCS,", with: ",CSTDTQ,")])
        }
        #expect(problems.count == 1)
        #expect(problems[0].row == 2 && problems[0].column == "title")
        #expect(problems[0].reason.contains("CSTDTQ"))
    }

    @Test func nomineeIDReusedWithAnotherName() throws {
        // Against the desk…
        let vsDesk = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [
                "N2019-0001,2019,CB00001,Nguyễn Văn Ánh,Trường THCS Hòa Bình,GV,Dạy,can_bo_cong_chuc,LDTT,,,2019-05-01"])
        }
        #expect(vsDesk.count == 1 && vsDesk[0].column == "nominee_name" && vsDesk[0].reason.contains("the desk"))
        // …and inside one file
        let inFile = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [
                "N2019-0001,2019,CB00077,Hồ Văn Bé,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01",
                "N2019-0002,2019,CB00077,Hồ Văn Bê,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01"])
        }
        #expect(inFile.count == 1 && inFile[0].row == 3 && inFile[0].reason.contains("row 2"))
    }

    @Test func duplicateNominationIDWithOtherContent() throws {
        let vsDesk = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [SampleCSV.rows[1].replacingOccurrences(of: "Kế toán ngân sách xã", with: "Thủ quỹ")])
        }
        #expect(vsDesk.count == 1 && vsDesk[0].column == "nomination_id" && vsDesk[0].reason.contains("already in the desk"))
        let inFile = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [
                "N2019-0001,2019,CB00077,Hồ Văn Bé,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01",
                "N2019-0001,2019,CB00077,Hồ Văn Bé,UBND xã,CB,Việc khác,can_bo_cong_chuc,LDTT,,,2019-05-01"])
        }
        #expect(inFile.count == 1 && inFile[0].row == 3)
    }

    @Test func missingDocument() throws {
        let problems = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [SampleCSV.rows[3]
                .replacingOccurrences(of: "N2018-0002", with: "N2018-0003")
                .replacingOccurrences(of: "docs/2018/c.txt", with: "docs/2018/none.txt")])
        }
        #expect(problems.count == 1)
        #expect(problems[0].row == 2 && problems[0].column == "initiative_file")
        #expect(problems[0].reason.contains("docs/2018/none.txt"))
    }

    @Test func invalidUTF8Document() throws {
        let problems = try refused { s in
            // Valid UTF-8 Vietnamese, then a broken sequence
            try s.write("docs/bad.txt", Data("Sáng kiến về trường học ".utf8) + Data([0xE1, 0xBA]) + Data(" cuối".utf8))
            return try SampleCSV.write(in: s, name: "bad.csv", rows: [
                "N2019-0003,2019,CB00005,Đỗ Minh,Trường THCS,GV,Dạy,can_bo_cong_chuc,CSTDCS,Tên,docs/bad.txt,2019-05-01"])
        }
        #expect(problems.count == 1)
        let badByte = "Sáng kiến về trường học ".utf8.count
        #expect(problems[0].reason.contains("invalid UTF-8 at byte \(badByte)"))
    }

    @Test func everyBadRowIsReportedAtOnce() throws {
        let problems = try refused { s in
            try SampleCSV.write(in: s, name: "bad.csv", rows: [
                "N2019-0001,20x9,CB00077,Hồ Văn Bé,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01",
                "N2019-0002,2019,CB00078,Hồ Văn Bê,UBND xã,CB,Việc,thuong_binh,LDTT,,,2019-13-01"])
        }
        #expect(problems.map(\.column) == ["year", "worker_category", "received_on"])
    }
}

@Suite struct UnitListTests {
    @Test func unitsCSVBesideTheNominationsGivesUnitCodes() throws {
        // Given a units.csv beside the nominations, in Vietnamese headers
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("units.csv", "Mã đơn vị,Đơn vị,Loại,Cơ quan cấp trên,Địa danh\nU07,Trường THCS Hòa Bình,school,PHÒNG GD&ĐT,xã Hòa Bình\n")
        // When the nominations are imported
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        // Then the unit carries its code and the others are still there, without one
        let units = try store.units()
        #expect(units.first { $0.name == "Trường THCS Hòa Bình" }?.code == "U07")
        #expect(units.first { $0.name == "Trường THCS Hòa Bình" }?.place == "xã Hòa Bình")
        #expect(units.first { $0.name == "UBND xã Hòa Bình" }?.code == nil)
        #expect(units.count == 3)
    }

    @Test func aUnitListWithAControlCharacterRefusesTheImport() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("units.csv", "unit_id,unit,place\nU07,Trường THCS Hòa Bình,xã \u{1B}]0;pwned\u{07}Hòa Bình\n")
        let error = try #require(throws: ImportFailed.self) { try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s)) }
        #expect(error.problems.map(\.description).contains { $0.hasSuffix("units.csv: row 2, column place: contains the control character U+001B at character 4; remove it and import again") })
        #expect(try store.nominations().isEmpty)
    }

    @Test func aShortNameIsStoredAndShownInNarrowListsAndOrdersTheUnits() throws {
        // Given a units.csv whose short names the unit chose (Vietnamese header: tên viết tắt)
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("units.csv", "Đơn vị,Tên viết tắt\nTrường THCS Hòa Bình,THCS H.Bình\nUBND xã Hòa Bình,\n")
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        // Then it is stored, read with the nominations, and used where a short name is needed
        #expect(try store.units().first { $0.name == "Trường THCS Hòa Bình" }?.shortName == "THCS H.Bình")
        #expect(try store.units().first { $0.name == "UBND xã Hòa Bình" }?.shortName == nil)
        let row = try #require(try store.nominations().first { $0.unitName == "Trường THCS Hòa Bình" })
        #expect(row.unitShortName == "THCS H.Bình")
        #expect(UnitShortName.of(row.unitName, declared: row.unitShortName) == "THCS H.Bình")
        #expect(UnitShortName.of("Ủy ban nhân dân xã Hòa Bình", declared: nil) == "UBND xã Hòa Bình")
        // A later list may change it: it is only how lists show the unit
        try s.write("units.csv", "unit,short_name\nTrường THCS Hòa Bình,THCS Hòa Bình\n")
        try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s))
        #expect(try store.units().first { $0.name == "Trường THCS Hòa Bình" }?.shortName == "THCS Hòa Bình")
    }

    @Test(arguments: [
        ("unit,short_name\nTrường THCS Hòa Bình,Trường Trung học cơ sở Hòa Bình xã\n",
         "units.csv: row 2, column short_name: 'Trường Trung học cơ sở Hòa Bình xã' is 34 columns wide; a short name may take at most 20"),
        ("unit,short_name\nA,ABC\n", "units.csv: row 2, column short_name: 'ABC' is longer than the unit's name 'A'"),
        ("unit,short_name\nTrường THCS Hòa Bình,Hòa Bình\nUBND xã Hòa Bình,Hòa Bình\n",
         "units.csv: row 3, column short_name: 'Hòa Bình' is already the short name of Trường THCS Hòa Bình (row 2)"),
        ("unit,short_name\nTrường THCS Hòa Bình,\"THCS\nHòa Bình\"\n",
         "units.csv: row 2, column short_name: holds a line break; write the short name on one line"),
    ])
    func aBadShortNameIsOneLineNamingFileRowAndField(_ csv: String, _ line: String) throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("units.csv", csv)
        let error = try #require(throws: ImportFailed.self) { try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s)) }
        #expect(error.problems.count == 1)
        #expect(error.problems.map(\.description).contains { $0.hasSuffix(line) }, "\(error.problems)")
        #expect(try store.nominations().isEmpty)
    }

    @Test func aBrokenUnitListRefusesTheImport() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try s.write("units.csv", "unit_id,unit\nU01,A\nU01,B\n")
        let error = try #require(throws: ImportFailed.self) { try NominationImporter(store: store).importCSV(at: try SampleCSV.write(in: s)) }
        #expect(error.problems.map(\.description).contains { $0.hasSuffix("units.csv: row 3, column unit_id: code U01 appears twice") })
        #expect(try store.nominations().isEmpty)
    }
}
