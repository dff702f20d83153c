@testable import BinhXetCore
import Foundation
import Testing

/// Desk text carrying terminal commands or spreadsheet formulas, printed by every command that shows it:
/// no output holds a control character (each is shown as one visible character), JSON keeps the text
/// exact, and CSV cells cannot run as formulas.
@Suite struct HostileTextCLITests {
    static let clipboard = "\u{1b}]52;c;cm0gLXJmIH4=\u{07}"   // OSC 52: "rm -rf ~" into the clipboard
    static let clear = "\u{1b}[2J", csi = "\u{9b}31m"
    static let hyperlink = "=HYPERLINK(\"http://x.vn\";\"Bấm\")"

    /// The sample desk with commands planted straight into the store (the importer may refuse them) in
    /// names, units, positions, duties, initiative titles and texts, and typed into reasons and criticisms.
    func plantedDesk() throws -> (Scratch, String) {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk, "--rules", "2017"]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        #expect(try CLI.run(["member", "add", "chutich", "--name", "Ông Chủ tịch", "--role", "chair", "--member", "chutich",
                             "--desk", desk]).status == 0)
        let store = try DeskStore.open(at: s.deskURL)
        try store.write { db in
            try db.execute(sql: "UPDATE person SET name = ? || name || ?", arguments: [Self.hyperlink, Self.clipboard])
            try db.execute(sql: "UPDATE unit SET name = '+cmd|'' /C calc''!A0 ' || name || ?", arguments: [Self.clear])
            try db.execute(sql: "UPDATE nomination SET position = '@SUM(1+1) ' || position || ?, duties = duties || ?",
                           arguments: [Self.csi, "\u{7f}\r"])
            try db.execute(sql: "UPDATE initiative SET title = ? || title, text = text || ?, scalarCount = scalarCount + ?",
                           arguments: [Self.clear, Self.clipboard + "\tx\n", Self.clipboard.unicodeScalars.count + 3])
        }
        for (id, outcome, reason, extra) in [("N2018-0001", "reject", "-2+3 trùng" + Self.clipboard + Self.csi, [String]()),
                                             ("N2018-0002", "approve", nil, ["--override", "=cmd" + Self.csi]),
                                             ("N2017-0001", "supplement", "@thiếu" + Self.clear, ["--year-confirm", "2017"])] {
            let r = try CLI.run(["decide", id, outcome, "--member", "chutich", "--desk", desk] + extra
                                + (reason.map { ["--reason=" + $0] } ?? []))
            #expect(r.status == 0, "\(id): \(r.err)")
        }
        let c = try CLI.run(["criticise", "UBND", "--text", "=1+1 phê bình" + Self.clipboard, "--nominations", "N2017-0002",
                             "--member", "chutich", "--desk", desk])
        #expect(c.status == 0, "\(c.err)")
        return (s, desk)
    }

    /// Control scalars left in printed text: any but line feed and tab, a CR only as part of CSV's CRLF.
    static func controls(_ text: String, crlf: Bool = false) -> [String] {
        let t = crlf ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return t.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            .map { "U+" + String($0.value, radix: 16) }
    }

    @Test func everyCommandPrintsPlantedCommandsAsPictures() throws {
        let (s, desk) = try plantedDesk()
        var runs: [(String, CLI.Result, Bool)] = []
        func run(_ args: [String], crlf: Bool = false) throws -> CLI.Result {
            let r = try CLI.run(args + ["--desk", desk])
            runs.append((args.joined(separator: " "), r, crlf))
            return r
        }
        let list = try run(["list"])
        #expect(list.out.contains("\u{241B}[2JSinh hoạt tổ chuyên môn"))
        _ = try run(["list", "--json"])
        let show = try run(["show", "N2018-0001"])
        #expect(show.out.contains("\u{241B}[2J") && show.out.contains("\u{FFFD}31m") && show.out.contains("\u{2421}\u{240D}"))
        #expect(show.out.contains("Rejected, reason: -2+3 trùng\u{241B}]52;c;cm0gLXJmIH4=\u{2407}\u{FFFD}31m"))
        let json = try run(["show", "N2018-0001", "--json"])
        // JSON escapes the controls, so a program reads the stored text exactly.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((parsed["person"] as? [String: Any])?["name"] as? String == Self.hyperlink + "Nguyễn Văn An" + Self.clipboard)
        #expect((parsed["nomination"] as? [String: Any])?["position"] as? String == "@SUM(1+1) Tổ trưởng Toán" + Self.csi)
        _ = try run(["tally", "--year", "2018", "--member", "chutich"])
        _ = try run(["overdue", "--on", "2018-12-31"])
        for kind in ["decision", "minutes", "notices", "criticisms", "stats", "overdue", "flags"] {
            for format in ["md", "html", "csv"] {
                let r = try run(["report", kind, "--format", format, "--on", "2018-12-31"], crlf: format == "csv")
                #expect(r.status == 0, "\(kind) \(format): \(r.err)")
            }
        }
        let notices = try run(["report", "notices", "--format", "csv"], crlf: true)
        #expect(notices.out.contains("'+cmd|' /C calc'!A0 Trường THCS Hòa Bình\u{241B}[2J,"))
        #expect(notices.out.contains("\"'=HYPERLINK(\"\"http://x.vn\"\";\"\"Bấm\"\")Nguyễn Văn An\u{241B}]52;c;cm0gLXJmIH4=\u{2407}\""))
        #expect(notices.out.contains("'-2+3 trùng\u{241B}]52;c;cm0gLXJmIH4=\u{2407}\u{FFFD}31m"))
        for kind in ["refusal", "receipt"] {
            for format in ["md", "html"] { _ = try run(["slip", "N2018-0001", kind, "--format", format]) }
        }
        let missing = try run(["show", "N9999\u{1b}[2J"])
        #expect(missing.status != 0 && missing.err.contains("N9999\u{241B}[2J"))
        for (what, r, crlf) in runs {
            #expect(Self.controls(r.out, crlf: crlf).isEmpty, "\(what): \(Self.controls(r.out, crlf: crlf)) on standard output")
            #expect(Self.controls(r.err).isEmpty, "\(what): \(Self.controls(r.err)) on standard error")
        }
        _ = s
    }

    /// `binhxet text` prints the stored text scalar for scalar, each control but line feed and tab
    /// replaced by one picture, so passage offsets still point at the same characters.
    @Test func textKeepsEveryScalarInItsPlace() throws {
        let (s, desk) = try plantedDesk()
        let stored = try #require(try DeskStore.open(at: s.deskURL).initiativeText(of: "N2018-0001"))
        let out = try CLI.run(["text", "N2018-0001", "--desk", desk]).out
        let a = Array(stored.unicodeScalars), b = Array(out.unicodeScalars)
        #expect(a.count == b.count)
        let changed = zip(a, b).filter { $0 != $1 }
        #expect(changed.map { $0.0 } == ["\u{1b}", "\u{07}"])
        #expect(changed.map { $0.1 } == ["\u{241B}", "\u{2407}"])
        #expect(out.hasSuffix("\u{241B}]52;c;cm0gLXJmIH4=\u{2407}\tx\n"))
    }
}
