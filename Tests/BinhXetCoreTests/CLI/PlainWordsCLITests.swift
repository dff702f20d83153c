import BinhXetCore
import Foundation
import Testing

/// What a tester found the command line saying wrongly (2026-12-07): English inside Vietnamese lines,
/// people's dates in JSON and CSV, and messages that did not say what was wrong. Each in both languages.
@Suite struct PlainWordsCLITests {
    /// The sample desk, imported, with a chair (`chutich`); the year under review is 2018.
    func sampleDesk(_ s: Scratch) throws -> String {
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        #expect(try CLI.run(["member", "add", "chutich", "--name", "Ông Chủ tịch", "--role", "chair", "--member", "chutich",
                             "--desk", desk]).status == 0)
        return desk
    }

    func both(_ args: [String]) throws -> (vi: CLI.Result, en: CLI.Result) {
        (try CLI.runVietnamese(args), try CLI.run(args + ["--lang", "en"]))
    }

    @Test func aDecisionAgainstTheVoteWordsTheTallyInTheReadersLanguage() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        // No ballot yet: approving is refused, and the tally is in the line's language
        let (vi, en) = try both(["decide", "N2018-0001", "approve", "--member", "chutich", "--desk", desk])
        #expect(vi.status != 0 && en.status != 0)
        #expect(vi.err.contains("(0 đồng ý, 0 không đồng ý, 0 không biểu quyết; 0/1 tổng số thành viên = 0,0% (cần từ 70%): không đạt)"),
                "\(vi.err)")
        #expect(VietnameseCLITests.leftoverEnglish(vi.err.replacingOccurrences(of: "--override", with: "")).isEmpty, "\(vi.err)")
        #expect(en.err.contains("(0 agree, 0 disagree, 0 abstain; 0/1 all members = 0.0% (needs at least 70%): does not pass)"),
                "\(en.err)")
    }

    @Test func aDecidedNominationSaysWhenInLocalMinutesNotAUTCStamp() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        #expect(try CLI.run(["decide", "N2018-0001", "approve", "--override", "thử", "--member", "chutich", "--desk", desk]).status == 0)
        let (vi, en) = try both(["decide", "N2018-0001", "reject", "--reason", "x", "--member", "chutich", "--desk", desk])
        let minutes = #"\d\d/\d\d/\d{4} \d\d:\d\d;"#
        #expect(vi.err.range(of: "thông qua bởi chutich lúc " + minutes, options: .regularExpression) != nil, "\(vi.err)")
        #expect(en.err.range(of: "approved by chutich at " + minutes, options: .regularExpression) != nil, "\(en.err)")
        for r in [vi, en] { #expect(r.err.range(of: #"\d{4}-\d\d-\d\dT"#, options: .regularExpression) == nil, "\(r.err)") }
    }

    @Test func anOutcomesFilesBadRowsAreWordedInVietnamese() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        let csv = try s.write("outcomes.csv", """
            nomination_id,outcome,decision_no,decision_date,initiative_recognised,recognition_no,recognition_date,recognised_by,recognition_scope
            N2017-0001,awarded,12/QĐ-UBND,01/01/2099,,5/QĐ,,,
            N2017-0002,withdrawn,13/QĐ-UBND,,no,6/QĐ,,,

            """)
        let (vi, en) = try both(["import", "--outcomes", csv.path, "--desk", desk])
        #expect(vi.status != 0 && en.status != 0)
        for line in ["01/01/2099 là ngày trong tương lai", "hồ sơ đã rút thì không có quyết định; hãy để trống",
                     "có giá trị trong khi cột initiative_recognised trống", "có giá trị trong khi cột initiative_recognised là no"] {
            #expect(vi.err.contains(line), "\(line)\n\(vi.err)")
        }
        // The column's name and its value are what the clerk types, not words
        let words = vi.err.replacingOccurrences(of: csv.path, with: "").replacingOccurrences(of: "initiative_recognised là no", with: "")
        #expect(VietnameseCLITests.leftoverEnglish(words).isEmpty, "\(VietnameseCLITests.leftoverEnglish(words))\n\(vi.err)")
        for line in ["01/01/2099 is in the future", "a withdrawn nomination has no decision", "is given but initiative_recognised is no"] {
            #expect(en.err.contains(line), "\(line)\n\(en.err)")
        }
    }

    @Test func vietnameseHelpGivesDefaultsInVietnamese() throws {
        let (vi, en) = try both(["report", "--help"])
        #expect(vi.out.contains("(mặc định: md)") && vi.out.contains("(mặc định: 0)"), "\(vi.out)")
        #expect(!vi.out.contains("(default:"), "\(vi.out)")
        #expect(en.out.contains("(default: md)"), "\(en.out)")
        let init_ = try CLI.runVietnamese(["help", "init"]).out + CLI.runVietnamese(["eligibility", "--help"]).out
        #expect(!init_.contains("(default:"), "\(init_)")
    }

    @Test func rulesJSONGivesTheRegimesPeriodAsISODays() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        for (on, from, to) in [("16/04/2024", "2024-01-01", "2025-06-30" as String?), ("2025-08-01", "2025-07-01", nil)] {
            let r = try CLI.run(["rules", "--on", on, "--json", "--desk", desk])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            let period = try #require(json["period"] as? [String: Any], "\(r.out)")
            #expect(period["from"] as? String == from)
            #expect(to.map { period["to"] as? String == $0 } ?? (period["to"] is NSNull), "\(period)")
        }
        // People still read the period as days of their own
        let (vi, en) = try both(["rules", "--on", "2025-08-01", "--desk", desk])
        #expect(vi.out.contains("01/07/2025 – nay"), "\(vi.out)")
        #expect(en.out.contains("01/07/2025 – now"), "\(en.out)")
    }

    @Test func reportCSVsKeepISODays() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        #expect(try CLI.run(["criticise", "Trường THCS Hòa Bình", "--text", "Chưa nghiêm túc", "--nominations", "N2018-0001",
                             "--member", "chutich", "--desk", desk]).status == 0)
        let criticisms = try CLI.run(["report", "criticisms", "--format", "csv", "--year", "2018", "--desk", desk])
        #expect(criticisms.status == 0, "\(criticisms.err)")
        #expect(criticisms.out.range(of: #"\d\d/\d\d/\d{4}"#, options: .regularExpression) == nil, "\(criticisms.out)")
        #expect(criticisms.out.range(of: #",\d{4}-\d\d-\d\d,"#, options: .regularExpression) != nil, "\(criticisms.out)")
        let overdue = try CLI.run(["report", "overdue", "--format", "csv", "--on", "2018-12-31", "--within", "100", "--desk", desk])
        #expect(overdue.status == 0, "\(overdue.err)")
        #expect(overdue.out.contains(",2018-05-04,"), "\(overdue.out)")
        #expect(overdue.out.range(of: #"\d\d/\d\d/\d{4}"#, options: .regularExpression) == nil, "\(overdue.out)")
        // The same report for printing keeps the reader's days
        let md = try CLI.run(["report", "overdue", "--on", "2018-12-31", "--within", "100", "--desk", desk]).out
        #expect(md.contains("04/05/2018"), "\(md)")
    }

    /// `-o` over the desk itself, its WAL or a file under its documents/ is refused and the desk still opens
    /// (a member's `report stats -o d.desk` left "database disk image is malformed"); through a link too.
    @Test func aReportIsNeverWrittenOverTheDesksOwnFiles() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        let link = s.folder.appendingPathComponent("link.desk").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: desk)
        let documents = DeskFiles(URL(fileURLWithPath: desk)).documentsURL
        let stored = try FileManager.default.subpathsOfDirectory(atPath: documents.path)
        let original = documents.appendingPathComponent(try #require(stored.first { $0.hasSuffix(".txt") })).path
        for target in [desk, link, desk + "-wal", original] {
            let (vi, en) = try both(["report", "stats", "--year", "2018", "--format", "csv", "-o", target, "--desk", desk])
            #expect(vi.status != 0 && vi.err.contains("là tệp của chính bàn xét duyệt"), "\(target): \(vi.err)")
            #expect(en.status != 0 && en.err.contains("is a desk's own file"), "\(target): \(en.err)")
        }
        #expect(try CLI.run(["list", "--desk", desk]).status == 0)
        #expect(try CLI.run(["verify", "--desk", desk]).status == 0)
    }

    @Test func aReportThatCannotBeWrittenSaysWhyInWords() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        let folder = s.folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var (vi, en) = try both(["report", "decision", "--format", "html", "-o", folder, "--desk", desk])
        #expect(vi.status != 0 && vi.err.contains("\(folder): là một thư mục, không phải tệp"), "\(vi.err)")
        #expect(en.status != 0 && en.err.contains("\(folder): is a folder, not a file"), "\(en.err)")
        let missing = s.folder.appendingPathComponent("none/out.html").path
        (vi, en) = try both(["report", "decision", "--format", "html", "-o", missing, "--desk", desk])
        #expect(vi.err.contains("không có thư mục \(s.folder.appendingPathComponent("none").path)"), "\(vi.err)")
        #expect(en.err.contains("there is no folder \(s.folder.appendingPathComponent("none").path)"), "\(en.err)")
        for r in [vi, en] {
            #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("doesn’t exist"), "\(r.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func initOnAFileThatIsNotADeskSaysSoAndLeavesIt() throws {
        let s = try Scratch()
        let file = try s.write("esc.txt", "ghi chú\n")
        let (vi, en) = try both(["init", "--desk", file.path])
        #expect(vi.status != 0 && vi.err.contains("là một tệp khác, không phải bàn xét duyệt; không thay đổi gì"), "\(vi.err)")
        #expect(en.status != 0 && en.err.contains("is a file that is not a desk; nothing was changed"), "\(en.err)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "ghi chú\n")
        // A desk is still called a desk
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.runVietnamese(["init", "--desk", desk]).err.contains("ở đây đã có một bàn xét duyệt"))
    }

    @Test func restoringAMissingBackupSaysTheBackupIsNotFound() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        let backup = s.folder.appendingPathComponent("bk/nonexist.desk").path
        let (vi, en) = try both(["restore", backup, "--desk", desk])
        #expect(vi.status != 0 && vi.err.contains("\(backup): không tìm thấy bản sao lưu"), "\(vi.err)")
        #expect(en.status != 0 && en.err.contains("\(backup): no backup here"), "\(en.err)")
        for r in [vi, en] { #expect(!r.err.contains("init"), "\(r.err)") }
    }

    @Test func aMemberNeedsALoginAnOSUserCanHaveAndANameWithoutControls() throws {
        let s = try Scratch()
        let desk = try sampleDesk(s)
        for login in ["bad user", "a/b", "Nguyễn", String(repeating: "a", count: 33)] {
            let (vi, en) = try both(["member", "add", login, "--name", "X", "--member", "chutich", "--desk", desk])
            #expect(vi.status != 0 && vi.err.contains("'\(login)' không thể là tên đăng nhập"), "\(login): \(vi.err)")
            #expect(en.status != 0 && en.err.contains("'\(login)' cannot be a login"), "\(login): \(en.err)")
            #expect(vi.err.split(separator: "\n").count == 1)
        }
        let (vi, en) = try both(["member", "add", "tv2", "--name", "X\u{1b}[2JY", "--member", "chutich", "--desk", desk])
        #expect(vi.status != 0 && vi.err.contains("không được chứa ký tự điều khiển (U+001B)"), "\(vi.err)")
        #expect(en.status != 0 && en.err.contains("may not hold a control character (U+001B)"), "\(en.err)")
        let list = try CLI.run(["member", "list", "--desk", desk]).out
        #expect(!list.contains("tv2") && !list.contains("bad"), "\(list)")
        #expect(CouncilMember.loginProblem("-rf") == .notALogin("-rf") && CouncilMember.loginProblem("") != nil)
        // Logins as systems make them still are
        for login in ["tv2", "nguyen.van_a", "Thu-Ky2"] {
            let r = try CLI.run(["member", "add", login, "--name", "Bà Thư ký", "--member", "chutich", "--desk", desk])
            #expect(r.status == 0, "\(login): \(r.err)")
        }
    }

    @Test func anApprovalOnADeskWithNoCouncilIsListedAndNotCalledAFailedVote() throws {
        // The tester approved a nomination on a desk with no members: `report decision` listed nobody and
        // `report minutes` said "Không đề nghị (phiếu không đạt)".
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        let vi = try CLI.runVietnamese(["decide", "N2018-0001", "approve", "--desk", desk])
        #expect(vi.status == 0 && vi.out.contains("bàn xét duyệt chưa có thành viên Hội đồng nên không có bỏ phiếu"), "\(vi.out)\(vi.err)")
        let en = try CLI.run(["decide", "N2018-0002", "approve", "--desk", desk, "--lang", "en"])
        #expect(en.status == 0 && en.out.contains("the desk has no council members, so there is no ballot"), "\(en.out)\(en.err)")
        let decision = try CLI.run(["report", "decision", "--year", "2018", "--desk", desk])
        #expect(decision.out.contains("Nguyễn Văn An") && decision.out.contains("Lê Văn Cường"), "\(decision.out)\(decision.err)")
        let minutes = try CLI.run(["report", "minutes", "--year", "2018", "--desk", desk])
        #expect(minutes.out.contains("Đề nghị khen thưởng (không bỏ phiếu)") && !minutes.out.contains("phiếu không đạt"), "\(minutes.out)")
    }

    @Test func aFindingsShareIsRoundedOnceInItsHeadlineAndItsFlag() throws {
        // `show N2024-0001` headed its finding "100% văn bản lấy từ N2022-0006" above "99,5% nội dung trùng"
        let s = try Scratch()
        let desk = s.deskURL.path
        let fixture = RegistrationTests.fixture
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", fixture.appendingPathComponent("nominations.csv").path, "--desk", desk, "--quiet"]).status == 0)
        let findings = try String(contentsOf: fixture.appendingPathComponent("findings.tsv"), encoding: .utf8)
            .replacingOccurrences(of: "self_reuse\t0.62\t", with: "self_reuse\t0.995\t")
        let planted = try s.write("findings.tsv", findings)
        let lab = CLI.binary.deletingLastPathComponent().appendingPathComponent("binhxet-lab")
        #expect(try CLI.run(["plant-findings", "--from", planted.path, "--desk", desk], executable: lab).status == 0)
        let (vi, en) = try both(["show", "N2018-0001", "--desk", desk])
        #expect(vi.out.contains("99,5% văn bản lấy từ N2017-0004") && vi.out.contains("99,5% nội dung trùng với sáng kiến"), "\(vi.out)\(vi.err)")
        #expect(en.out.contains("99.5% of its text from N2017-0004") && en.out.contains("99.5% of it repeats"), "\(en.out)\(en.err)")
        for r in [vi, en] { #expect(!r.out.contains("100%"), "\(r.out)") }
    }
}
