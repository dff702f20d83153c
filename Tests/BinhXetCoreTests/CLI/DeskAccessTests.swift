@testable import BinhXetCore
import BinhXetText
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Who may read a desk: its group only; and a desk one cannot write still opens, for reading.
@Suite struct DeskAccessTests {
    /// A desk made and filled by the command line, as a clerk would.
    func filledDesk(_ s: Scratch, group: String? = nil) throws -> String {
        let desk = s.deskURL.path
        let made = try CLI.run(["init", "--desk", desk] + (group.map { ["--group", $0] } ?? []))
        #expect(made.status == 0, "\(made.err)")
        let imported = try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk])
        #expect(imported.status == 0, "\(imported.err)")
        return desk
    }

    static func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    static func group(_ path: String) -> gid_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_gid : gid_t.max
    }

    /// Runs a command and returns its status, for the administrator's setup steps.
    @discardableResult
    static func sh(_ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func aNewDeskAndItsDocumentsAreReadableByTheGroupOnly() throws {
        // Given a desk made and filled under the usual umask (022)
        let s = try Scratch()
        let desk = try filledDesk(s)
        // Then nothing in its folder has a permission bit for others; folders pass on their group
        let folder = s.deskURL.deletingLastPathComponent().path
        let paths = [folder] + (try FileManager.default.subpathsOfDirectory(atPath: folder)).map { folder + "/" + $0 }
        #expect(paths.count > 5)
        for path in paths {
            let m = Self.mode(path)
            #expect(m & 0o007 == 0, "\(path): mode \(String(m, radix: 8))")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                #expect(m & 0o2000 != 0, "\(path): folder without setgid, mode \(String(m, radix: 8))")
            }
        }
        #expect(Self.mode(desk) == 0o660)
    }

    @Test func aWritingProcessKeepsTheGroupsBits() {
        // Given a user whose umask masks the group's write bit (as 022 and 027 do)
        let before = umask(0o027)
        // When the desk is opened for writing, the process's umask is exactly 0007
        DeskPermissions.useDeskUmask()
        let now = umask(0o007)
        #expect(now == 0o007, "umask \(String(now, radix: 8))")
        _ = before
    }

    @Test func initGivesTheDeskToTheGroupItNames() throws {
        // An unknown group is refused in one line, and no desk is made
        let s = try Scratch()
        let unknown = try CLI.run(["init", "--desk", s.deskURL.path, "--group", "no-such-group-bx"])
        #expect(unknown.status != 0)
        #expect(unknown.err == "binhxet: unknown group 'no-such-group-bx': no such group on this system (see `getent group`)\n")
        #expect(!FileManager.default.fileExists(atPath: s.deskURL.path))

        guard getuid() == 0 else {
            print("initGivesTheDeskToTheGroupItNames: not root, cannot create a group; giving a desk to a group is not tested")
            return
        }
        let name = "bxg\(UInt16.random(in: 0...9999))"
        #expect(try Self.sh(["groupadd", name]) == 0)
        defer { _ = try? Self.sh(["groupdel", name]) }
        let gid = try #require(getgrnam(name)).pointee.gr_gid
        // Given a desk made for that group and filled
        let desk = try filledDesk(s, group: name)
        // Then its folder, database, documents and every original belong to the group
        let folder = s.deskURL.deletingLastPathComponent().path
        let paths = [folder] + (try FileManager.default.subpathsOfDirectory(atPath: folder)).map { folder + "/" + $0 }
        #expect(paths.contains(desk) && paths.count > 5)
        for path in paths { #expect(Self.group(path) == gid, "\(path)") }
    }

    @Test func aDeskWithoutWriteBitsOpensForReadingAndSaysSo() throws {
        // Given a filled desk whose file is made read-only (root too treats it as such)
        let s = try Scratch()
        let desk = try filledDesk(s)
        #expect(chmod(desk, 0o440) == 0)
        let before = try #require(FileManager.default.contents(atPath: desk))
        // Then every viewing command works and says once that the desk is read-only
        let note = "note: the desk is read-only for you: viewing only\n"
        for args in [["list"], ["show", "N2018-0001"], ["text", "N2017-0001"], ["report", "stats"], ["tally"],
                     ["overdue"], ["rules"]] {
            let r = try CLI.run(args + ["--desk", desk])
            #expect(r.status == 0 && r.err == note, "\(args): \(r.err)")
            #expect(!r.out.isEmpty, "\(args)")
        }
        #expect(try CLI.run(["text", "N2017-0001", "--desk", desk]).out == SampleCSV.texts["docs/2017/a.txt"])
        // And a write is refused in one line, the desk unchanged
        let csv = try s.write("more.csv", SampleCSV.header + "\n"
            + "N2019-0009,2019,CB00009,Hồ Văn Bé,UBND xã,CB,Việc,can_bo_cong_chuc,LDTT,,,2019-05-01\n")
        let refused = try CLI.run(["import", csv.path, "--desk", desk])
        #expect(refused.status != 0 && refused.err == "binhxet: \(desk): the desk is read-only; nothing was written\n")
        #expect(FileManager.default.contents(atPath: desk) == before)
        // And once writable again, the desk takes writes
        #expect(chmod(desk, 0o660) == 0)
        let taken = try CLI.run(["import", csv.path, "--desk", desk])
        #expect(taken.status == 0 && taken.err.isEmpty, "\(taken.err)")
    }

    @Test func aMemberWithoutWriteAccessToTheFolderReadsTheDesk() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd") else {
            print("aMemberWithoutWriteAccessToTheFolderReadsTheDesk: not root (or no useradd); a second user is not tested")
            return
        }
        // Given a desk of a council group, and a member of that group who may read its folder but not write it
        let suffix = UInt16.random(in: 0...9999)
        let group = "bxr\(suffix)", user = "bxu\(suffix)"
        #expect(try Self.sh(["groupadd", group]) == 0)
        defer { _ = try? Self.sh(["groupdel", group]) }
        #expect(try Self.sh(["useradd", "-M", "-N", "-g", group, "-s", "/bin/sh", user]) == 0)
        defer { _ = try? Self.sh(["userdel", user]) }
        let s = try Scratch()
        #expect(chmod(s.folder.path, 0o755) == 0)
        let desk = try filledDesk(s, group: group)
        let folder = s.deskURL.deletingLastPathComponent().path
        #expect(chmod(folder, 0o2750) == 0)
        func asMember(_ args: [String]) throws -> CLI.Result {
            try CLI.run(["-u", user, "--", CLI.binary.path] + args, executable: URL(fileURLWithPath: "/usr/sbin/runuser"))
        }
        // When someone has the desk open (SQLite's -wal and -shm exist)
        do {
            let open = try DeskStore.open(at: URL(fileURLWithPath: desk))
            #expect(try open.nominations().count == 4)
            #expect(FileManager.default.fileExists(atPath: desk + "-shm"))
            // Then the member lists and reads it, told it is read-only for them
            let list = try asMember(["list", "--desk", desk])
            #expect(list.status == 0 && list.out.contains("N2018-0002"), "\(list.err)")
            #expect(list.err == "note: the desk is read-only for you: viewing only\n")
            #expect(try asMember(["text", "N2017-0001", "--desk", desk]).out == SampleCSV.texts["docs/2017/a.txt"])
            // And cannot write it
            let vote = try asMember(["import", s.folder.appendingPathComponent("nominations.csv").path, "--desk", desk])
            #expect(vote.status != 0 && vote.err.contains("the desk is read-only; nothing was written"), "\(vote.err)")
        }
        // When nobody has it open, SQLite cannot read it from a read-only folder: one line says why
        #expect(!FileManager.default.fileExists(atPath: desk + "-shm"))
        let closed = try asMember(["list", "--desk", desk])
        #expect(closed.status != 0 && closed.err.contains("cannot open the desk for reading: its folder is read-only for you"),
                "\(closed.err)")
    }
}
