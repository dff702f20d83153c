import BinhXetCore
import Foundation
import Testing

/// The council's commands through the real binary: what a clerk and the members type.
@Suite struct CouncilCLITests {
    /// A desk under the 2017 rules with the sample nominations and a council of three.
    func desk() throws -> (Scratch, String) {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk, "--rules", "2017"]).out.contains("(rules 2017 for every year)"))
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        for (login, role) in [("chutich", "chair"), ("thuky", "secretary"), ("uyvien", "member")] {
            let r = try CLI.run(["member", "add", login, "--name", "Ông \(login)", "--role", role, "--member", "chutich", "--desk", desk])
            #expect(r.status == 0, "\(r.err)")
        }
        return (s, desk)
    }

    @Test func theMemberListPutsEachRoleUnderItsHeading() throws {
        let (s, desk) = try desk()
        _ = s
        let list = try CLI.runVietnamese(["member", "list", "--desk", desk])
        let lines = list.out.split(separator: "\n").map(String.init)
        // The role's heading stands over the role's code, the name's over the name alone
        let header = try #require(lines.first), chair = try #require(lines.first { $0.hasPrefix("chutich") })
        let roleColumn = try #require(header.range(of: "Vai trò")).lowerBound.utf16Offset(in: header)
        let codeColumn = try #require(chair.range(of: "chair")).lowerBound.utf16Offset(in: chair)
        #expect(roleColumn == codeColumn, "\(list.out)")
        #expect(chair.contains("Ông chutich") && chair.contains("Chủ tịch Hội đồng"), "\(list.out)")
    }

    @Test func membersVoteTheChairDecidesAndTheTallyShowsIt() throws {
        let (s, desk) = try desk()
        // When all three vote for N2018-0002 and the chair approves
        for login in ["chutich", "thuky", "uyvien"] {
            let r = try CLI.run(["vote", "N2018-0002", "agree", "--desk", desk], env: ["BINHXET_MEMBER": login])
            #expect(r.status == 0 && r.out.contains("votes agree"))
        }
        #expect(try CLI.run(["decide", "N2018-0002", "approve", "--member", "chutich", "--desk", desk]).out == "N2018-0002: approved by chutich\n")
        // Then the tally passes at 3 of 3, and JSON carries it
        let tally = try CLI.run(["tally", "--year", "2018", "--json", "--member", "uyvien", "--desk", desk])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(tally.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["agree"] as? Int == 3 && rows[0]["passes"] as? Bool == true)
        // And in a secret ballot uyvien sees who voted, and no choice (the desk keeps none with a name)
        let votes = try #require(rows[0]["votes"] as? [[String: Any]])
        #expect(votes.count == 3 && votes.allSatisfy { $0["choice"] == nil })
        // And the tally as text names what it counts over in words, in each language (not the code all_members)
        let text = try CLI.run(["show", "N2018-0002", "--member", "uyvien", "--desk", desk]).out
        #expect(text.contains("3/3 all members = 100.0%") && !text.contains("all_members"), "\(text)")
        let vi = try CLI.runVietnamese(["show", "N2018-0002", "--member", "uyvien", "--desk", desk]).out
        #expect(vi.contains("3/3 tổng số thành viên = 100,0%"), "\(vi)")
        // And show carries the dossier, the flags and the tally beside the nomination
        let show = try CLI.run(["show", "N2018-0002", "--json", "--member", "uyvien", "--desk", desk])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect((json["dossier"] as? [String: Any])?["code"] as? String == "DV03-180505-0001")
        #expect(json["flags"] is [Any] && json["tally"] is [String: Any] && json["person"] is [String: Any])
        _ = s
    }

    @Test func aMemberWithoutTheRoleIsToldWhoMayDecide() throws {
        let (s, desk) = try desk()
        let r = try CLI.run(["decide", "N2018-0002", "approve", "--member", "uyvien", "--desk", desk])
        #expect(r.status != 0)
        #expect(r.err == "binhxet: uyvien (member) may not record an outcome: only chair, standing_vice_chair may, under this desk's rules\n")
        let outsider = try CLI.run(["vote", "N2018-0002", "agree", "--member", "khach", "--desk", desk])
        #expect(outsider.err.hasPrefix("binhxet: 'khach' is not a member of the council"))
        let reason = try CLI.run(["decide", "N2018-0002", "reject", "--member", "chutich", "--desk", desk])
        #expect(reason.err == "binhxet: a rejection needs a reason\n")
        _ = s
    }

    @Test func rulesSayWhereEachValueComesFrom() throws {
        let (s, desk) = try desk()
        try Data("vote_threshold = 2/3\n".utf8).write(to: URL(fileURLWithPath: desk + ".rules"))
        let r = try CLI.run(["rules", "--desk", desk])
        #expect(r.out.hasPrefix("rule set 2017: Luật Thi đua, Khen thưởng 2003"))
        #expect(r.out.contains("vote_threshold            2/3"))
        #expect(r.out.contains("\(desk).rules:1"))
        #expect(r.out.contains("built-in 2017"))
        try Data("vote_threshold = much\n".utf8).write(to: URL(fileURLWithPath: desk + ".rules"))
        let bad = try CLI.run(["rules", "--desk", desk])
        #expect(bad.err == "binhxet: \(desk).rules: line 1: vote_threshold: 'much' is not a share (write 70%, 2/3 or 0.7)\n")
        _ = s
    }

    @Test func criticismReportsSlipsAndOverdue() throws {
        let (s, desk) = try desk()
        let c = try CLI.run(["criticise", "thcs hoa binh", "--text", "Xét duyệt chưa nghiêm", "--nominations", "N2018-0001",
                             "--member", "chutich", "--desk", desk])
        #expect(c.out == "criticism of Trường THCS Hòa Bình recorded (N2018-0001)\n")
        let out = s.folder.appendingPathComponent("so-phe-binh.html").path
        #expect(try CLI.run(["report", "criticisms", "--format", "html", "--out", out, "--desk", desk]).status == 0)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<tr class=\"group\"><td colspan=\"5\"><b>Trường THCS Hòa Bình</b></td></tr>") && html.contains("Xét duyệt chưa nghiêm"))
        let csv = try CLI.run(["report", "stats", "--format", "csv", "--desk", desk])
        #expect(csv.out.hasPrefix("\u{FEFF}Năm,Đơn vị,Đề nghị"))
        let slip = try CLI.run(["slip", "N2018-0001", "receipt", "--desk", desk])
        #expect(slip.out.contains("# GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"))
        let noSlip = try CLI.run(["slip", "N2018-0001", "apology", "--desk", desk])
        #expect(noSlip.status != 0 && noSlip.err.contains("no apology slip for N2018-0001"))
        // N2018-0001 was received 2018-05-04: 20 working days later is 2018-06-01 (text output writes days for people)
        let overdue = try CLI.run(["overdue", "--on", "2018-06-04", "--desk", desk])
        #expect(overdue.out.contains("N2018-0001") && overdue.out.contains("01/06/2018") && overdue.out.contains("LATE"))
        let advance = try CLI.run(["advance", "N2018-0001", "appraising", "--on", "2018-05-07", "--member", "thuky", "--desk", desk])
        #expect(advance.out.hasPrefix("N2018-0001 [DV01-180504-0001]: appraising; due 01/06/2018"))
        let wrong = try CLI.run(["advance", "N2018-0001", "returned", "--desk", desk])
        #expect(wrong.err.hasPrefix("binhxet: N2018-0001 is appraising: 'returned' only follows approved, rejected"))
    }
}
