import BinhXetCore
import Foundation
import Testing

/// Runs the real `binhxet` binary, built beside the test bundle.
struct CLI {
    static var binary: URL {
        // The test bundle lives in .build/<config>/; the executable is built there first (the test
        // target depends on it).
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("binhxet")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("binhxet")
    }

    struct Result { var status: Int32; var out: String; var err: String }

    static func run(_ args: [String], env: [String: String] = [:], executable: URL? = nil) throws -> Result {
        try runProgram((executable ?? binary).path, args, env: env)
    }

    /// Runs shell scripts at once (several members' terminals) and returns each one's output, in order.
    static func concurrently(_ scripts: [String]) throws -> [String] {
        let processes = scripts.map { s -> (Process, Pipe) in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", s]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            return (p, out)
        }
        for (p, _) in processes { try p.run() }
        return processes.map { p, out in
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return text
        }
    }

    /// Runs binhxet as a Vietnamese reader would: no `BINHXET_LANG`, no `--lang` (the default language).
    static func runVietnamese(_ args: [String], env: [String: String] = [:]) throws -> Result {
        try runProgram(binary.path, args, env: env.merging(["BINHXET_LANG": ""]) { a, _ in a })
    }

    /// Runs any program (e.g. binhxet through runuser) with the test's environment less BINHXET_DESK.
    /// Output is in English (`BINHXET_LANG=en`) unless `env` says otherwise: these tests were written
    /// against the English wording; `runVietnamese` and the Vietnamese tests check the default.
    static func runProgram(_ path: String, _ args: [String], env: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "BINHXET_DESK")
        environment["BINHXET_LANG"] = "en"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self),
                      err: String(decoding: e, as: UTF8.self))
    }
}

@Suite struct CLITests {
    @Test func initImportListShowText() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        let imp = try CLI.run(["import", csv.path, "--desk", desk])
        #expect(imp.status == 0)
        #expect(imp.out.contains("4 nominations added"))
        let list = try CLI.run(["list", "--year", "2018", "--unit", "truong thcs hoa binh"], env: ["BINHXET_DESK": desk])
        #expect(list.status == 0)
        #expect(list.out.contains("N2018-0001") && !list.out.contains("N2018-0002") && !list.out.contains("N2017"))
        let show = try CLI.run(["show", "N2018-0001", "--desk", desk, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect((json["person"] as? [String: Any])?["name"] as? String == "Nguyễn Văn An")
        #expect((json["events"] as? [[String: Any]])?.first?["kind"] as? String == "received")
        let text = try CLI.run(["text", "N2017-0001", "--desk", desk])
        #expect(text.out == SampleCSV.texts["docs/2017/a.txt"])
    }

    @Test func listingsDefaultToTheYearUnderReview() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        _ = try CLI.run(["init", "--desk", desk])
        _ = try CLI.run(["import", csv.path, "--desk", desk, "--quiet"])
        // The latest year with nominations is under review until another is opened
        #expect(try CLI.run(["year", "--desk", desk]).out.hasPrefix("2018 (the latest year"))
        let list = try CLI.run(["list", "--desk", desk]).out
        #expect(list.contains("N2018-0001") && !list.contains("N2017-0001"))
        #expect(try CLI.run(["list", "--all-years", "--desk", desk]).out.contains("N2017-0001"))
        // Opening 2017 makes it the year under review; deciding a 2018 record then needs its year named
        #expect(try CLI.run(["year", "open", "2017", "--desk", desk]).status == 0)
        #expect(try CLI.run(["list", "--desk", desk]).out.contains("N2017-0001"))
        let refused = try CLI.run(["decide", "N2018-0001", "reject", "--reason", "x", "--desk", desk])
        #expect(refused.status != 0 && refused.err.contains("--year-confirm 2018"))
        #expect(try CLI.run(["decide", "N2018-0001", "reject", "--reason", "x", "--year-confirm", "2018", "--desk", desk]).status == 0)
    }

    @Test func checkJudgesAFileAgainstGivenDuties() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        _ = try CLI.run(["init", "--desk", desk])
        _ = try CLI.run(["import", csv.path, "--desk", desk])
        let file = try s.write("rice.txt", "Phòng trừ rầy nâu trên lúa\nNgười nông dân gieo sạ giống lúa ngắn ngày, bón phân cân đối, thăm đồng phát hiện rầy nâu; khuyến nông hướng dẫn mùa vụ.\n")
        let off = try CLI.run(["check", file.path, "--desk", desk, "--position", "Kế toán", "--duties", "Kế toán ngân sách xã", "--json"])
        #expect(off.status == 0)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(off.out.utf8)) as? [[String: Any]])
        #expect(findings.map { $0["kind"] as? String } == ["off_duty"])
        #expect((findings.first?["duty_evidence"] as? [String])?.contains("kế toán") == true)
        // For duties that fit, it says so with the score
        let fits = try CLI.run(["check", file.path, "--desk", desk, "--position", "Cán bộ khuyến nông", "--duties", "Hướng dẫn nông dân trồng lúa"])
        #expect(fits.status == 0 && fits.out.contains("related to the duties (relevance"))
        // Without duties (or with blank ones), only re-use is checked
        for extra in [[], ["--duties", " "]] {
            let plain = try CLI.run(["check", file.path, "--desk", desk] + extra)
            #expect(plain.status == 0 && plain.out.contains("no re-used initiative found"))
            #expect(!plain.out.contains("off_duty") && !plain.out.contains("relevance"))
        }
    }

    @Test func errorsAreOneLineAndNonZero() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        // No desk yet
        let missing = try CLI.run(["list", "--desk", desk])
        #expect(missing.status != 0)
        #expect(missing.err == "binhxet: \(desk): no desk here; create one with `binhxet init --desk \(desk)`\n")
        // A directory as the desk
        let dir = try CLI.run(["list", "--desk", s.folder.path])
        #expect(dir.status != 0 && dir.err.contains("is a directory"))
        // An unknown nomination
        _ = try CLI.run(["init", "--desk", desk])
        _ = try CLI.run(["import", csv.path, "--desk", desk])
        let unknown = try CLI.run(["show", "N1999-0001", "--desk", desk])
        #expect(unknown.status != 0 && unknown.err.contains("no nomination with ID N1999-0001"))
        #expect(!unknown.err.contains("Fatal") && !unknown.err.contains("0x"))
        // A bad CSV: every problem on its own line naming file, row and column; the desk keeps its 4
        let bad = try s.write("bad.csv", SampleCSV.header + "\nN2019-0001,2019,CB00009,Tên Mới,X,Y,Z,nong_dan,ABC,,,2019-01-01\n")
        let refused = try CLI.run(["import", bad.path, "--desk", desk])
        #expect(refused.status != 0)
        #expect(refused.err.contains("bad.csv: row 2, column title: unknown title code 'ABC'"))
        #expect(try CLI.run(["list", "--all-years", "--desk", desk, "--json"]).out.components(separatedBy: "\"id\"").count - 1 == 4)
    }
}
