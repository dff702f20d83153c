import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing

/// The Vietnamese output of `rules`, `verify`, `show` and a refused `import` holds no English word, on a
/// desk made as `make demo` makes it and then worked on as a council does (votes, outcomes, a supplement,
/// a refusal, a new appointment, a criticism, a dismissal, a recognition, appraisal facts, the meeting),
/// with a document and a status tampered with so `verify` has problems to say.
@Suite struct VietnameseOutputScanTests {
    /// English words that never belong in Vietnamese prose (whole words, any case). Codes the reader types
    /// (setting names such as `cstdcs_quota`, values such as `at_least`) hold "_" and are not words here;
    /// proper nouns (BinhXet, SQLite, place names) are not in the list.
    static let englishWords = [
        "the", "and", "is", "are", "was", "not", "with", "from", "for", "of", "to", "by", "at", "in", "on", "or",
        "missing", "problem", "problems", "reason", "event", "events", "nomination", "nominations", "built", "open",
        "verify", "row", "column", "file", "desk", "note", "initiative", "documents", "document", "unknown",
        "expected", "empty", "changed", "already", "before", "after", "council", "member", "members", "share",
        "votes", "vote", "holders", "national", "found", "kept", "under", "every", "each", "when", "only", "same",
        "rule", "rules", "scope", "allows", "agree", "disagree", "abstain", "secret", "approved", "rejected",
        "received", "supplement", "refused", "rescheduled", "recognised", "imported", "dismissed", "flag", "flags",
        "warning", "violation", "procedure", "procedures", "exclusions", "novelty", "unit", "year", "days", "working",
        "period", "instruments", "calendar", "holidays", "default", "pinned", "passes", "fails", "yes", "no",
    ]

    /// The listed words in `text`: ASCII-letter words only, so Vietnamese words never match, and codes
    /// with "_" or "-" (setting names, values, IDs, file names) are skipped whole.
    static func english(_ text: String) -> [String] {
        var found = Set<String>()
        for token in text.split(whereSeparator: { $0.isWhitespace || "()[]{},;!?'\"“”«»=+·—–…|<>`".contains($0) }) {
            // A sentence's last word keeps its stop off; what still holds "." or "/" is a path or a file name
            let t = String(token).trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
            guard !t.contains("_"), !t.contains("-"), !t.contains("."), !t.contains("/"),
                  t.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            if englishWords.contains(t.lowercased()) { found.insert(t.lowercased()) }
        }
        return found.sorted()
    }

    @Test func theListCatchesEnglishAndSparesVietnameseAndCodes() {
        #expect(Self.english("event 12: changed after it was written (vote, N2018-0001)") == ["after", "changed", "event", "vote", "was"])
        #expect(Self.english("sự kiện 12: bị sửa sau khi ghi (biểu quyết, N2018-0001); cstdcs_quota at_least co-so BinhXet") == [])
        #expect(Self.english("reason=Hồ sơ") == ["reason"])
    }

    @Test func rulesVerifyShowAndARefusedImportSpeakVietnamese() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        func vi(_ args: [String], allowFailure: Bool = false) throws -> CLI.Result {
            let r = try CLI.runVietnamese(args + ["--desk", desk])
            if !allowFailure { #expect(r.status == 0, "\(args): \(r.err)") }
            return r
        }
        // As `make demo` does
        _ = try vi(["init"])
        let demo = Fixtures.resources.appendingPathComponent("demo/nominations.csv").path
        _ = try vi(["import", demo, "--quiet"])
        _ = try vi(["import", "--outcomes", Fixtures.resources.appendingPathComponent("demo/outcomes.csv").path, "--quiet"])
        _ = try vi(["scan", "--all", "--quiet"])
        _ = try vi(["year", "open", "2024", "--as-of", "2024-05-24"])
        // A council at work on 2024
        for (login, name, role) in [("chu", "Trần Văn Chủ", "chair"), ("pho", "Lê Thị Phó", "standing_vice_chair"),
                                    ("thuky", "Ngô Thư Ký", "secretary"), ("uv", "Phạm Ủy Viên", "member")] {
            _ = try vi(["member", "add", login, "--name", name, "--role", role, "--member", "chu"])
        }
        for login in ["chu", "pho", "thuky"] { _ = try vi(["vote", "N2024-0001", "agree", "--member", login]) }
        _ = try vi(["vote", "N2024-0001", "disagree", "--member", "uv"])
        _ = try vi(["decide", "N2024-0001", "approve", "--member", "chu"])
        _ = try vi(["vote", "N2024-0002", "disagree", "--member", "chu"])
        _ = try vi(["decide", "N2024-0002", "reject", "--reason", "Sáng kiến trùng nội dung đã công nhận", "--member", "chu"])
        _ = try vi(["decide", "N2024-0003", "supplement", "--reason", "Thiếu biên bản họp xét của đơn vị", "--member", "chu"])
        _ = try vi(["advance", "N2024-0004", "refused", "--reason", "Hồ sơ sai mẫu", "--member", "chu"])
        _ = try vi(["reschedule", "N2024-0005", "--to", "2024-06-20", "--reason", "Chờ ý kiến đơn vị", "--member", "chu"])
        _ = try vi(["receive", "N2024-0005", "--time", "09:15", "--paper", "Tờ trình (bản chính)", "--member", "chu"])
        _ = try vi(["criticise", "Trường Tiểu học Vân Khê", "--text", "Xét duyệt thiếu cẩn thận", "--nominations", "N2024-0002", "--member", "chu"],
                   allowFailure: true)
        _ = try vi(["eligibility", "N2024-0006", "--ldtt", "yes", "--service-months", "30", "--discipline", "none", "--member", "chu"])
        _ = try vi(["recognise", "N2024-0006", "--by", "Thủ trưởng đơn vị", "--number", "12/QĐ-UBND", "--date", "20/04/2024",
                    "--member", "chu"], allowFailure: true)
        // A member who joined after the votes, away on the meeting's day (one who voted cannot be written absent)
        _ = try vi(["member", "add", "vang", "--name", "Đỗ Văn Vắng", "--role", "member", "--member", "chu"])
        _ = try vi(["meeting", "--year", "2024", "--start", "20/05/2024 08:00", "--end", "11:30", "--place", "Hội trường",
                    "--absent", "vang: đi công tác", "--member", "chu"])
        // A finding set aside, when the demo has one
        let list = try vi(["list", "--flagged", "--json"]).out
        var dismissed: String?
        if let rows = try? JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]],
           let id = rows.compactMap({ $0["id"] as? String }).first {
            let show = try vi(["show", id, "--json"]).out
            if let o = try? JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any],
               let source = (o["findings"] as? [[String: Any]])?.compactMap({ $0["source"] as? String }).first {
                _ = try vi(["dismiss", id, source, "--reason", "cited_source", "--note", "Có trích dẫn", "--member", "chu"])
                dismissed = id
            }
        }

        var outputs: [(String, String)] = []
        outputs.append(("rules", try vi(["rules"]).out))
        outputs.append(("rules 2017", try vi(["rules", "--year", "2017"]).out))
        for id in ["N2024-0001", "N2024-0002", "N2024-0003", "N2024-0004", "N2024-0005", "N2024-0006"] + [dismissed].compactMap({ $0 }) {
            outputs.append(("show \(id)", try vi(["show", id, "--member", "chu"]).out))
        }
        outputs.append(("verify clean", try vi(["verify"]).out))
        // Tamper: change an original document, so verify has a problem line to say
        let documents = URL(fileURLWithPath: desk).deletingLastPathComponent().appendingPathComponent("documents")
        let original = try #require(FileManager.default.enumerator(atPath: documents.path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".txt") })
        try Data("đã bị sửa".utf8).write(to: documents.appendingPathComponent(original))
        let verify = try vi(["verify"], allowFailure: true)
        #expect(verify.status != 0 && verify.out.contains("tài liệu gốc đã bị thay đổi"), "\(verify.out)")
        outputs.append(("verify tampered", verify.out))
        // A refused import: its reasons beyond the commonest are Vietnamese too
        let bad = try s.write("bad/ds.csv", """
            nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on
            N2024-0901,2024,CB9,Nguyễn Văn Một,Trường A,Giáo viên,Dạy học,can_bo_cong_chuc,CSTDCS,Một sáng kiến,/etc/passwd,2024-04-01
            N2024-0902,2024,CB8,Nguyễn Văn Hai,Trường A,Giáo viên,Dạy học,can_bo_cong_chuc,CSTDCS,Sáng kiến hai,../x.txt,2024-04-01
            N2024-0903,2024,CB7,Nguyễn Văn Ba,Trường A,Giáo viên,Dạy học,can_bo_cong_chuc,CSTDCS,Sáng kiến ba,khong-co.txt,2024-04-01

            """)
        let refused = try vi(["import", bad.path], allowFailure: true)
        #expect(refused.status != 0 && refused.err.contains("đường dẫn tuyệt đối") && refused.err.contains("không tìm thấy tệp"),
                "\(refused.err)")
        outputs.append(("import refused", refused.err))

        for (name, out) in outputs {
            // Paths are not words
            let text = out.replacingOccurrences(of: s.folder.path, with: "")
            #expect(Self.english(text).isEmpty, "\(name): English left: \(Self.english(text))\n\(text)")
            #expect(text.range(of: #"[A-Za-z_]+=\S"#, options: .regularExpression) == nil, "\(name): key=value left\n\(text)")
        }
    }
}
