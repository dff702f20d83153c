import BinhXetCore
import Foundation
import GRDB
import Testing

/// `binhxet verify`, `backup` and `restore` as an administrator runs them.
@Suite struct IntegrityCLITests {
    @Test func verifyExitsNonZeroAndNamesWhatWasTamperedWith() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk]).status == 0)
        let clean = try CLI.run(["verify", "--desk", desk])
        #expect(clean.status == 0)
        #expect(clean.out.hasPrefix("verify: \(desk): 4 events, 4 nominations, 3 initiatives, 3 documents: no problems; last event hash "))
        let q = try DatabaseQueue(path: desk)
        try q.write { db in try db.execute(sql: "UPDATE nomination SET status = 'approved' WHERE id = 'N2018-0002'") }
        try q.close()
        let tampered = try CLI.run(["verify", "--desk", desk])
        #expect(tampered.status == 1)
        #expect(tampered.out.contains("problem: N2018-0002: status is 'approved' but its events lead to 'received'"))
        #expect(tampered.out.contains(": 1 problem;"))
        let json = try CLI.run(["verify", "--desk", desk, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((report["problems"] as? [[String: Any]])?.map { $0["subject"] as? String } == ["N2018-0002"])
    }

    @Test func backupThenRestoreBringsTheDeskBack() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        _ = try CLI.run(["init", "--desk", desk])
        _ = try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk])
        let dest = s.folder.appendingPathComponent("backup/council-Mon.desk").path
        let backup = try CLI.run(["backup", dest, "--desk", desk])
        #expect(backup.status == 0, "\(backup.err)")
        #expect(backup.out.contains("backup: \(dest): 3 originals (3 copied, 0 already there)"))
        #expect(backup.out.contains("verify: \(dest): 4 events"))
        // Work after the backup is lost by a restore, which keeps the replaced desk
        #expect(try CLI.run(["advance", "N2018-0001", "at_council", "--desk", desk]).status == 0)
        let restore = try CLI.run(["restore", dest, "--desk", desk])
        #expect(restore.status == 0, "\(restore.err)")
        #expect(restore.out.contains("kept the replaced desk as \(desk).replaced-"))
        let show = try CLI.run(["show", "N2018-0001", "--desk", desk, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        #expect((json["events"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["received"])
        #expect(try CLI.run(["verify", "--desk", desk]).status == 0)
    }
}
