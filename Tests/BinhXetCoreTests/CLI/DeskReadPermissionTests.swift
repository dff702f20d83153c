@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A user outside the desk's group cannot read it at all: that is said as such (file, owner, group,
/// mode, what to do), not as "the desk is read-only".
@Suite(.serialized) struct DeskReadPermissionTests {
    @Test func aFileTheUserCannotReadIsClassifiedAsUnreadableNotReadOnly() throws {
        let s = try Scratch()
        _ = try DeskStore.create(at: s.deskURL)
        let path = s.deskURL.path
        // Tests run as root, whom access() never refuses: the check is stubbed
        let problem = try #require(DeskPermissions.readProblem(path, user: "canbo1", canRead: { _ in false }))
        guard case .cannotRead(let p, let user, let owner, _, let mode) = problem else {
            Issue.record("not cannotRead: \(problem)"); return
        }
        #expect(p == path && user == "canbo1" && owner == CurrentUser.osLogin && mode == "0660")
        #expect(problem.description.contains("no permission to read") && problem.description.contains("add 'canbo1' to group"))
        #expect(!problem.description.contains("read-only"))
        let vi = ErrorWords.line(problem, in: .vi)
        #expect(vi.contains("không có quyền đọc") && vi.contains("quyền 0660") && vi.contains("thêm 'canbo1' vào nhóm"), "\(vi)")
        // And a readable file has no problem
        #expect(DeskPermissions.readProblem(path, canRead: { _ in true }) == nil)
    }

    @Test func aUserOutsideTheGroupIsToldTheyCannotReadTheDesk() throws {
        if let why = TwoOSUsersTests.makeUsers() { print("DeskReadPermissionTests skipped: \(why)"); return }
        let user = TwoOSUsersTests.users[0]
        // Given a desk of root's group (0660) in a folder anyone may enter
        let s = try Scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s.folder.path)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s.deskURL.deletingLastPathComponent().path)
        // When a user outside its group lists it, in Vietnamese and in English
        let vi = try CLI.runProgram("/usr/sbin/runuser", ["-u", user, "--", "/usr/bin/env", "BINHXET_LANG=vi", CLI.binary.path,
                                                          "list", "--desk", desk])
        let en = try TwoOSUsersTests.run(as: user, ["list", "--desk", desk])
        // Then each names the file, the user, its group and mode, and what to do; none says "read-only"
        #expect(vi.status != 0 && vi.err.contains(desk) && vi.err.contains("'\(user)'") && vi.err.contains("không có quyền đọc")
                && vi.err.contains("quyền 0660") && vi.err.contains("quản trị viên"), "\(vi.err)")
        #expect(en.status != 0 && en.err.contains("no permission to read this desk file") && en.err.contains("mode 0660")
                && en.err.contains("ask the administrator to add '\(user)' to group"), "\(en.err)")
        #expect(!vi.err.contains("chỉ đọc") && !en.err.contains("read-only"))
    }
}
