import BinhXetCore
import Foundation
import Testing

/// Printed documents through the real binary: settings, --format docx with -o, every report and slip.
@Suite struct DocumentCLITests {
    func desk() throws -> (Scratch, String) {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk, "--rules", "2017"]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        #expect(try CLI.run(["member", "add", "chutich", "--name", "Trần Văn Chủ", "--role", "chair", "--member", "chutich", "--desk", desk]).status == 0)
        return (s, desk)
    }

    @Test func settingsShowTheDocumentsSectionAndWhereEachValueCameFrom() throws {
        let (s, desk) = try desk()
        try Data("vote_threshold = 2/3\n\n[documents]\ncommittee = Ủy ban nhân dân huyện Nam Đông\nnext_decision_number = 7\n".utf8)
            .write(to: URL(fileURLWithPath: desk + ".rules"))
        let r = try CLI.run(["settings", "--desk", desk])
        #expect(r.status == 0, "\(r.err)")
        let committee = try #require(r.out.split(separator: "\n").first { $0.hasPrefix("committee ") })
        #expect(committee.contains("Ủy ban nhân dân huyện Nam Đông") && committee.hasSuffix("\(desk).rules:4"))
        #expect(r.out.contains("Nam Đông") && r.out.contains("from committee"))
        #expect(r.out.contains("Trần Văn Chủ") && r.out.contains("council members"))
        // The rule settings still read their own lines only
        #expect(try CLI.run(["rules", "--desk", desk]).out.contains("vote_threshold            2/3"))
        try Data("[documents]\nfont_size = 16\n".utf8).write(to: URL(fileURLWithPath: desk + ".rules"))
        let bad = try CLI.run(["settings", "--desk", desk])
        #expect(bad.err == "binhxet: \(desk).rules: line 2: [documents] font_size: '16' is not 13 or 14 (NĐ 30/2020: body 13–14 pt)\n")
        _ = s
    }

    @Test func everyReportAndSlipWritesADocxFile() throws {
        let (s, desk) = try desk()
        for kind in ReportKind.allCases.filter({ $0.subject == nil }).map(\.rawValue) {
            let out = s.folder.appendingPathComponent("\(kind).docx").path
            let r = try CLI.run(["report", kind, "--year", "2018", "--format", "docx", "-o", out, "--desk", desk])
            #expect(r.status == 0, "\(kind): \(r.err)")
            let p = try DocxPackage(try Data(contentsOf: URL(fileURLWithPath: out)))
            #expect(p.allWellFormed && DocxPackage.text(p.document).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(kind)")
        }
        let slip = s.folder.appendingPathComponent("slip.docx").path
        #expect(try CLI.run(["slip", "N2018-0001", "receipt", "--format", "docx", "-o", slip, "--desk", desk]).status == 0)
        #expect(DocxPackage.text(try DocxPackage(try Data(contentsOf: URL(fileURLWithPath: slip))).document).contains("Mẫu số 01"))
        let sim = try CLI.run(["report", "similarity", "N2018-0001", "--format", "html", "--desk", desk])
        #expect(sim.status == 0 && sim.out.contains("Kết quả kiểm tra trùng lặp sáng kiến"), "\(sim.err)")
        let noID = try CLI.run(["report", "similarity", "--desk", desk])
        #expect(noID.err == "binhxet: report similarity needs the nomination ID: binhxet report similarity NOMINATION_ID\n")
        let noCriticism = try CLI.run(["report", "criticism-letter", "Trường THCS Hòa Bình", "--desk", desk])
        #expect(noCriticism.status != 0 && noCriticism.err.contains("no criticism of"), "\(noCriticism.err)")
        // A Word file is never printed to the terminal
        let noFile = try CLI.run(["report", "stats", "--format", "docx", "--desk", desk])
        #expect(noFile.status != 0 && noFile.err == "binhxet: --format docx needs -o FILE (a Word file is not printed to the terminal)\n")
    }

    @Test func meetingIsRecordedOnceForTheMinutes() throws {
        let (s, desk) = try desk()
        #expect(try CLI.run(["member", "add", "thuky", "--name", "Hoàng Thị Thư", "--role", "secretary", "--member", "chutich", "--desk", desk]).status == 0)
        let r = try CLI.run(["meeting", "--year", "2018", "--start", "28/05/2018 08:00", "--end", "11:30", "--place", "Hội trường",
                             "--member", "thuky", "--desk", desk])
        #expect(r.out == "meeting of 2018 recorded: 28/05/2018 08:00–11:30, Hội trường\n", "\(r.err)")
        // People by their names, as the minutes give them (it said "chair chutich, secretary thuky")
        let shown = try CLI.run(["meeting", "--year", "2018", "--desk", desk]).out
        #expect(shown == "2018: 28/05/2018 08:00–11:30, Hội trường; chair Trần Văn Chủ, secretary Hoàng Thị Thư\n", "\(shown)")
        let minutes = try CLI.run(["report", "minutes", "--year", "2018", "--desk", desk])
        #expect(minutes.out.contains("Vào lúc 08 giờ 00 phút, ngày 28 tháng 5 năm 2018, tại Hội trường"))
        let bad = try CLI.run(["meeting", "--year", "2018", "--start", "28/05/2018 8h", "--end", "11:30", "--place", "x", "--member", "thuky", "--desk", desk])
        #expect(bad.err == "binhxet: '2018-05-28T8h' is not a time (write 08:00, or a day and a time: 28/05/2018 08:00)\n")
        _ = s
    }
}
