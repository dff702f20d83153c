import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import Testing

/// The command line speaks Vietnamese by default, English with `--lang en` or `BINHXET_LANG=en`.
@Suite struct VietnameseCLITests {
    /// English words that must not be left in Vietnamese output (whole words, any case).
    static let englishWords = ["nominations", "nomination", "imported", "added", "desk", "error", "status", "title",
                               "unit", "nominee", "received", "due", "ballots", "flags", "history", "agree", "votes",
                               "threshold", "passes", "recorded", "already", "year under review", "initiative",
                               "similarity", "none", "dossier", "checked", "found", "no ", "the "]

    static func leftoverEnglish(_ text: String) -> [String] {
        let lower = " " + text.lowercased().replacingOccurrences(of: "\n", with: " ") + " "
        return englishWords.filter { w in
            let pattern = "(^|[^a-z_-])" + NSRegularExpression.escapedPattern(for: w) + "($|[^a-z_-])"
            return lower.range(of: pattern, options: .regularExpression) != nil
        }
    }

    func desk(_ s: Scratch) throws -> String {
        let desk = s.deskURL.path
        #expect(try CLI.runVietnamese(["init", "--desk", desk]).status == 0)
        return desk
    }

    @Test func theMainCommandsSpeakVietnamese() throws {
        let s = try Scratch()
        let desk = try desk(s)
        let csv = try SampleCSV.write(in: s)
        var outputs: [String: String] = [:]
        func run(_ name: String, _ args: [String]) throws -> CLI.Result {
            let r = try CLI.runVietnamese(args + ["--desk", desk])
            #expect(r.status == 0, "\(name): \(r.err)")
            // Paths and file names are not words: leave them out of the check
            outputs[name] = r.out.replacingOccurrences(of: csv.path, with: "").replacingOccurrences(of: s.folder.path, with: "")
                .replacingOccurrences(of: "nominations.csv", with: "")
            return r
        }
        // import, list, show, check, vote, decide, report, year
        #expect(try run("import", ["import", csv.path]).out.contains("thêm 4 hồ sơ đề nghị"))
        let list = try run("list", ["list", "--all-years"]).out
        #expect(list.contains("Người được đề nghị") && list.contains("Trạng thái") && list.contains("4 hồ sơ đề nghị"))
        #expect(list.contains("mới tiếp nhận") && list.contains("CSTĐCS"))
        #expect(try run("year", ["year"]).out.contains("năm mới nhất có hồ sơ"))
        _ = try CLI.runVietnamese(["member", "add", "chutich", "--name", "Ông Chủ Tịch", "--role", "chair", "--member", "chutich", "--desk", desk])
        let vote = try run("vote", ["vote", "N2018-0001", "agree", "--member", "chutich"]).out
        #expect(vote.contains("chutich bỏ phiếu đồng ý") && vote.contains("đồng ý") && vote.contains("tổng số thành viên"), "\(vote)")
        let decide = try run("decide", ["decide", "N2018-0001", "approve", "--member", "chutich"]).out
        #expect(decide.contains("N2018-0001: thông qua, do chutich ghi"), "\(decide)")
        let show = try run("show", ["show", "N2018-0001", "--member", "chutich"]).out
        #expect(show.contains("Người đề nghị") && show.contains("tiếp nhận 04/05/2018") && show.contains("Lịch sử"))
        #expect(show.contains("Biểu quyết") && show.contains("Kiểm tra trùng lặp"), "\(show)")
        let file = try s.write("plain.txt", "Một văn bản hoàn toàn khác về việc trồng cây xanh trong khuôn viên trường.\n")
        #expect(try run("check", ["check", file.path]).out.contains("không thấy dùng lại sáng kiến nào"))
        let report = try run("report", ["report", "decision"]).out
        #expect(report.contains("QUYẾT ĐỊNH"))
        // No English word is left in any of them (the report is a document, already Vietnamese)
        for (name, out) in outputs where name != "report" {
            #expect(Self.leftoverEnglish(out).isEmpty, "\(name): English left: \(Self.leftoverEnglish(out))\n\(out)")
        }
    }

    @Test func aFlagOfReuseIsWordedNotCodedAndSaysItsRuleOnce() throws {
        // Given the demo desk scanned: N2024-0003 copies a colleague's 2023 initiative
        let s = try Scratch()
        let desk = try desk(s)
        #expect(try CLI.runVietnamese(["import", Fixtures.resources.appendingPathComponent("demo/nominations.csv").path,
                                       "--quiet", "--desk", desk]).status == 0)
        #expect(try CLI.runVietnamese(["scan", "--all", "--quiet", "--desk", desk]).status == 0)
        // When a secretary reads it
        let show = try CLI.runVietnamese(["show", "N2024-0003", "--desk", desk]).out
        // Then the rule is named once, and the kind of re-use in words, not as the code JSON keeps
        #expect(show.contains("Sáng kiến không có tính mới: 97"), "\(show)")
        #expect(!show.contains("Sáng kiến không mới"), "\(show)")
        #expect(show.contains("· của người khác: 97"), "\(show)")
        for code in FindingKind.allCases.map(\.rawValue) where code.contains("_") {
            #expect(!show.contains(code), "\(code) in \(show)")
        }
    }

    @Test func aFileThatCannotBeReadIsNamedWithItsReason() throws {
        let s = try Scratch()
        let desk = try desk(s)
        // A folder given to check, a missing second file given to compare: one line each, naming the path
        let folder = try CLI.runVietnamese(["check", s.folder.path, "--desk", desk])
        #expect(folder.status != 0 && folder.err == "binhxet: \(s.folder.path): là một thư mục, không phải tệp thường\n", "\(folder.err)")
        let present = try s.write("a.txt", "Một văn bản.\n")
        let missing = s.folder.appendingPathComponent("khong-co.txt").path
        let compare = try CLI.runVietnamese(["compare", present.path, missing])
        #expect(compare.status != 0 && compare.err == "binhxet: \(missing): không tìm thấy tệp\n", "\(compare.err)")
    }

    @Test func anotherKindOfCSVGivenAsNominationsIsNamedInOneLine() throws {
        let s = try Scratch()
        let desk = try desk(s)
        let files = [
            ("outcomes.csv", "nomination_id,outcome,decision_no,decision_date\nN1,awarded,1/QĐ,2013-12-18\n", "là tệp kết quả, không phải tệp hồ sơ đề nghị: nhập bằng --outcomes"),
            ("units.csv", "unit_id,unit,kind,parent,place\nU01,Phòng Giáo dục,phong,UBND,huyện\n", "là danh sách đơn vị, không phải tệp hồ sơ đề nghị"),
            ("dk.csv", "nominee_id,nominee_name,unit,position,duties,initiative_title,summary,registered_on\nCB1,A,B,C,D,E,F,2024-01-10\n",
             "là tệp đăng ký thi đua, không phải tệp hồ sơ đề nghị: nhập bằng --registrations"),
        ]
        for (name, text, said) in files {
            let file = try s.write(name, text)
            // One line naming the file and what it is (the dev corpus's outcomes.csv gave eleven "missing column")
            let r = try CLI.runVietnamese(["import", file.path, "--desk", desk])
            #expect(r.status != 0 && r.err.contains("\(file.path): dòng 1: \(said)"), "\(name): \(r.err)")
            #expect(!r.err.contains("thiếu cột"), "\(name): \(r.err)")
        }
        // A nominations file with a column wrong still gets its line per column
        let wrong = try s.write("n.csv", SampleCSV.header.replacingOccurrences(of: "received_on", with: "ngay") + "\n")
        #expect(try CLI.runVietnamese(["import", wrong.path, "--desk", desk]).err.contains("cột received_on: thiếu cột"))
    }

    @Test func englishOnRequestByOptionAnywhereOrByVariable() throws {
        let s = try Scratch()
        let desk = try desk(s)
        _ = try CLI.runVietnamese(["import", try SampleCSV.write(in: s).path, "--desk", desk])
        for (args, env) in [(["--lang", "en", "list"], [:]), (["list", "--lang=en"], [:]), (["list"], ["BINHXET_LANG": "en"]),
                            (["list", "--lang", "en"], ["BINHXET_LANG": "vi"])] {
            let r = try CLI.runVietnamese(args + ["--desk", desk], env: env)
            #expect(r.status == 0 && r.out.contains("Nominee") && r.out.contains("nominations"), "\(args) \(env): \(r.out)\(r.err)")
        }
        // And the option wins over the variable the other way round too
        let vi = try CLI.runVietnamese(["list", "--lang", "vi", "--desk", desk], env: ["BINHXET_LANG": "en"])
        #expect(vi.out.contains("Người được đề nghị"))
        // A language BinhXet does not speak is one clear line, in both languages, before anything runs
        let bad = try CLI.runVietnamese(["list", "--lang", "fr", "--desk", desk])
        #expect(bad.status == 64 && bad.err.contains("'fr'") && bad.err.contains("vi hoặc en") && bad.out.isEmpty)
    }

    @Test func helpAndErrorsAreVietnameseByDefault() throws {
        let s = try Scratch()
        let help = try CLI.runVietnamese(["list", "--help"]).out
        #expect(help.contains("Liệt kê hồ sơ đề nghị.") && help.contains("--lang <vi|en>") && help.contains("Tệp bàn xét duyệt"))
        #expect(try CLI.runVietnamese(["list", "--help", "--lang", "en"]).out.contains("List nominations."))
        // The parser's headings too; the English page keeps them, and a completion script is left alone.
        #expect(help.hasPrefix("TỔNG QUAN:") && help.contains("\nCÁCH DÙNG:") && help.contains("\nTÙY CHỌN:")
                && help.contains("Xem hướng dẫn này.") && !help.contains("OPTIONS:") && !help.contains("Show help information."), "\(help)")
        #expect(try CLI.runVietnamese(["--help"]).out.contains("\nLỆNH CON:"))
        #expect(try CLI.runVietnamese(["list", "--help", "--lang", "en"]).out.hasPrefix("OVERVIEW:"))
        #expect(try CLI.runVietnamese(["--generate-completion-script", "bash"]).out.hasPrefix("#!/bin/bash"))
        let missing = try CLI.runVietnamese(["list", "--desk", s.deskURL.path])
        #expect(missing.status != 0 && missing.err.hasPrefix("binhxet: ") && missing.err.contains("không có bàn xét duyệt ở đây"))
        let noDesk = try CLI.runVietnamese(["list"])
        #expect(noDesk.err.contains("chưa nêu bàn xét duyệt"))
        let badVote = try CLI.runVietnamese(["vote", "N1", "maybe", "--desk", s.deskURL.path])
        #expect(badVote.err.contains("phiếu biểu quyết không hợp lệ: 'maybe' (cần là agree, disagree hoặc abstain)"), "\(badVote.err)")
        // The parser's own messages too (its fixed phrases), and not in English
        let parse = try CLI.runVietnamese(["vote"])
        #expect(parse.status == 64 && parse.err.contains("Lỗi: Thiếu đối số bắt buộc '<id>'") && parse.err.contains("Cách dùng: binhxet vote"))
        #expect(!parse.err.contains("Missing") && !parse.err.contains("Usage"), "\(parse.err)")
        #expect(try CLI.run(["vote"]).err.contains("Error: Missing expected argument '<id>'"))
        // JSON keeps its keys and ISO dates whatever the language
        let desk = try desk(s)
        _ = try CLI.runVietnamese(["import", try SampleCSV.write(in: s).path, "--desk", desk])
        let json = try CLI.runVietnamese(["show", "N2018-0001", "--json", "--desk", desk]).out
        #expect(json.contains("\"received_on\" : \"2018-05-04\"") && json.contains("\"status\" : \"received\""), "\(json.prefix(400))")
    }

    /// `show` prints an event's time as the desk's pages do: dd/mm/yyyy HH:mm in the local time zone (`TZ`),
    /// not the stored UTC. The stored time comes from `show --json`; the history line must be its local reading.
    @Test func showGivesHistoryTimesInLocalTime() throws {
        let s = try Scratch()
        let desk = try desk(s)
        _ = try CLI.runVietnamese(["import", try SampleCSV.write(in: s).path, "--desk", desk])
        let json = try CLI.runVietnamese(["show", "N2018-0001", "--json", "--desk", desk]).out
        let at = try #require(json.firstMatch(of: /"at" : "([0-9T:.\-]+Z)"/)?.1).description
        let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let local = EventTime.display(at, in: hanoi)
        let utc = EventTime.display(at, in: TimeZone(identifier: "UTC")!)
        #expect(local != utc)
        let vi = try CLI.runVietnamese(["show", "N2018-0001", "--desk", desk], env: ["TZ": "Asia/Ho_Chi_Minh"]).out
        #expect(vi.contains("  \(local)  "), "\(vi)")
        #expect(!vi.contains(utc) && !vi.contains("UTC"), "\(vi)")
        let en = try CLI.run(["show", "N2018-0001", "--desk", desk], env: ["TZ": "Asia/Ho_Chi_Minh"]).out
        #expect(en.contains("  \(local)  "), "\(en)")
    }
}
