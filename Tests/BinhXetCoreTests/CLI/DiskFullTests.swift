import BinhXetCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A disk that fills up while an import stores its originals: one plain line, and nothing kept.
@Suite struct DiskFullTests {
    @Test func aFullDiskEndsTheImportWithOnePlainLine() throws {
        let s = try Scratch()
        let mount = s.folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        guard getuid() == 0, try DeskAccessTests.sh(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.path]) == 0 else {
            print("aFullDiskEndsTheImportWithOnePlainLine: cannot mount a 1 MB tmpfs (needs root); a full disk is not tested")
            return
        }
        defer { _ = try? DeskAccessTests.sh(["umount", mount.path]) }
        // Given a desk on a 1 MB disk, and three reports of 630 kB each
        let desk = mount.appendingPathComponent("d/d.desk").path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        var rows = [SampleCSV.header]
        for i in 0..<3 {
            try s.write("big/docs/b\(i).txt", String(repeating: "Sáng kiến số \(i). ", count: 30_000))
            rows.append("N2019-000\(i),2019,CB0000\(i),Người \(i),Đơn vị,GV,Dạy,can_bo_cong_chuc,CSTDCS,SK \(i),docs/b\(i).txt,2019-05-01")
        }
        let csv = try s.write("big/n.csv", rows.joined(separator: "\n") + "\n")
        // When they are imported
        let r = try CLI.run(["import", csv.path, "--desk", desk])
        // Then the import says the disk is full, in plain words, and nothing is kept
        #expect(r.status != 0)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("the disk is full; nothing was written"), "\(r.err)")
        #expect(lines.last == "1 problem; nothing was imported")
        #expect(!r.err.contains("Error Domain") && !r.err.contains("SQLite"))
        let left = try FileManager.default.subpathsOfDirectory(atPath: mount.appendingPathComponent("d/documents").path)
        #expect(!left.contains { $0.hasSuffix(".txt") || $0.contains(".part") || $0.contains(".pending") }, "\(left)")
        #expect(try CLI.run(["list", "--desk", desk, "--json"]).out.filter { !$0.isWhitespace } == "[]")
    }
}
