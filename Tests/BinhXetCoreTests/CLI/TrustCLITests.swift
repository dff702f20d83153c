import BinhXetCore
import Foundation
import Testing

/// Who acts and what races may do, through the real binary as members at several terminals would.
@Suite struct TrustCLITests {
    /// A desk of `count` LĐTT nominations (no documents needed), no council: outcomes are the OS user's.
    func ldttDesk(_ count: Int) throws -> (Scratch, String) {
        let s = try Scratch()
        let rows = (1...count).map { i in
            String(format: "N2018-%04d,2018,CB%05d,Người số %d,UBND xã Hòa Bình,Công chức,Văn phòng,can_bo_cong_chuc,LDTT,,,2018-05-04", i, i, i)
        }
        let csv = try SampleCSV.write(in: s, rows: rows)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", csv.path, "--desk", desk, "--quiet"]).status == 0)
        return (s, desk)
    }

    @Test func twoTerminalsApprovingAndRejectingTheSameNominationsLeaveOneOutcomeEach() throws {
        // Given 200 undecided nominations
        let (s, desk) = try ldttDesk(200)
        let ids = (1...200).map { String(format: "N2018-%04d", $0) }
        // When one terminal approves all of them while another rejects all of them
        let bin = CLI.binary.path
        let approve = ids.map { "'\(bin)' decide \($0) approve --desk '\(desk)' >/dev/null 2>&1 && echo OK" }
        let reject = ids.map { "'\(bin)' decide \($0) reject --reason 'Không đạt' --desk '\(desk)' >/dev/null 2>&1 && echo OK" }
        let outputs = try CLI.concurrently([approve.joined(separator: "\n"), reject.joined(separator: "\n")])
        // Then every nomination has exactly one decision, and each terminal was told when it lost
        let store = try DeskStore.open(at: URL(fileURLWithPath: desk), forWriting: false)
        let decisions = try store.events().filter { [DeskEvent.Kind.approved, .rejected].contains($0.kind) }
        #expect(Dictionary(grouping: decisions, by: { $0.nominationID ?? "" }).values.allSatisfy { $0.count == 1 })
        #expect(decisions.count == 200)
        let landed = outputs.map { $0.components(separatedBy: "OK").count - 1 }
        #expect(landed.reduce(0, +) == 200)
        // And the stored status agrees with the one event of each
        let statuses = Dictionary(uniqueKeysWithValues: try store.nominations().map { ($0.id, $0.status) })
        for d in decisions { #expect(statuses[d.nominationID!] == (d.kind == .approved ? .approved : .rejected)) }
        _ = s
    }

    @Test func theSameDecisionTwiceIsRecordedOnce() throws {
        let (s, desk) = try ldttDesk(1)
        #expect(try CLI.run(["decide", "N2018-0001", "approve", "--desk", desk]).status == 0)
        let again = try CLI.run(["decide", "N2018-0001", "approve", "--desk", desk])
        #expect(again.status == 0 && again.out.contains("already approved") && again.out.contains("nothing recorded"))
        // Another outcome needs an explicit revision with a reason
        let other = try CLI.run(["decide", "N2018-0001", "reject", "--reason", "Sai sót", "--desk", desk])
        #expect(other.status != 0 && other.err.contains("already decided") && other.err.contains("--revise"))
        let revised = try CLI.run(["decide", "N2018-0001", "reject", "--reason", "Sai sót", "--revise", "Phát hiện hồ sơ khai sai", "--desk", desk])
        #expect(revised.status == 0, "\(revised.err)")
        let store = try DeskStore.open(at: URL(fileURLWithPath: desk), forWriting: false)
        let decisions = try store.events().filter { [DeskEvent.Kind.approved, .rejected].contains($0.kind) }
        #expect(decisions.map(\.kind) == [.approved, .rejected])
        #expect(decisions.last?.payload["revision"] == "Phát hiện hồ sơ khai sai" && decisions.last?.payload["revises"] == "approved")
        _ = s
    }

    @Test func anApprovalBelowTheThresholdIsRefusedWithTheTally() throws {
        let s = try Scratch()
        let desk = s.deskURL.path
        _ = try CLI.run(["init", "--desk", desk])
        _ = try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"])
        for (login, role) in [("chutich", "chair"), ("tv1", "member"), ("tv2", "member")] {
            #expect(try CLI.run(["member", "add", login, "--name", "Ông \(login)", "--role", role, "--member", "chutich", "--desk", desk]).status == 0)
        }
        #expect(try CLI.run(["vote", "N2018-0002", "agree", "--member", "chutich", "--desk", desk]).status == 0)
        #expect(try CLI.run(["vote", "N2018-0002", "disagree", "--member", "tv1", "--desk", desk]).status == 0)
        // 1 of 3 is short of 70 %: refused, with the tally in the message
        let r = try CLI.run(["decide", "N2018-0002", "approve", "--member", "chutich", "--desk", desk])
        #expect(r.status != 0 && r.err.contains("1 agree, 1 disagree") && r.err.contains("--override"), "\(r.err)")
        // With a typed reason it is recorded as an override and flagged
        let o = try CLI.run(["decide", "N2018-0002", "approve", "--override", "Biên bản họp lại số 2", "--member", "chutich", "--desk", desk])
        #expect(o.status == 0, "\(o.err)")
        let show = try CLI.run(["show", "N2018-0002", "--member", "tv2", "--desk", desk])
        #expect(show.out.contains("vote_threshold") && show.out.contains("Biên bản họp lại số 2"))
        // And the history names the OS user who acted for the chair
        #expect(show.out.contains("chutich [\(CurrentUser.osLogin)]  Approved, against the council's vote"), "\(show.out)")
    }
}

/// Two real OS users on one desk: nobody acts as somebody else. Needs root to create the users.
@Suite(.serialized) struct TwoOSUsersTests {
    static let users = ["bxtest-tv1", "bxtest-tv2"]

    /// Creates the users when running as root; nil (with the reason printed) otherwise.
    static func makeUsers() -> String? {
        guard getuid() == 0 else { return "not root: cannot create OS users" }
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
              FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else { return "no useradd/runuser" }
        for u in users where getpwnam(u) == nil {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/sbin/useradd")
            p.arguments = ["--no-create-home", "--shell", "/bin/sh", u]
            try? p.run(); p.waitUntilExit()
            if p.terminationStatus != 0 { return "useradd \(u) failed" }
        }
        return nil
    }

    /// Runs binhxet as an OS user (runuser keeps no BINHXET_MEMBER of ours unless given).
    static func run(as user: String, _ args: [String], env: [String: String] = [:]) throws -> CLI.Result {
        let envArgs = ["BINHXET_LANG=en"] + env.map { "\($0.key)=\($0.value)" }
        return try CLI.runProgram("/usr/sbin/runuser", ["-u", user, "--", "/usr/bin/env"] + envArgs + [CLI.binary.path] + args)
    }

    @Test func aMemberCannotActAsAnother() throws {
        if let why = Self.makeUsers() { print("TwoOSUsersTests skipped: \(why)"); return }
        let (tv1, tv2) = (Self.users[0], Self.users[1])
        // Given a desk the two members share (a folder both may write), with both on the council
        let s = try Scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: s.folder.path)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", try SampleCSV.write(in: s).path, "--desk", desk, "--quiet"]).status == 0)
        for (login, role) in [(tv1, "chair"), (tv2, "member")] {
            #expect(try CLI.run(["member", "add", login, "--name", "Ông \(login)", "--role", role, "--member", tv1, "--desk", desk]).status == 0)
        }
        _ = try CLI.runProgram("/bin/chmod", ["-R", "a+rwX", s.folder.path])
        // When tv2 claims to be the chair, by option or by variable
        let byOption = try Self.run(as: tv2, ["decide", "N2018-0002", "approve", "--override", "x", "--member", tv1, "--desk", desk])
        let byVariable = try Self.run(as: tv2, ["member", "remove", tv1, "--desk", desk], env: ["BINHXET_MEMBER": tv1])
        // Then both are refused, naming who they really are, and nothing was written
        for r in [byOption, byVariable] {
            #expect(r.status != 0 && r.err.contains("logged in as '\(tv2)'") && r.err.contains("cannot act as '\(tv1)'"), "\(r.err)")
        }
        let store = try DeskStore.open(at: URL(fileURLWithPath: desk), forWriting: false)
        #expect(try store.members().map(\.login).contains(tv1))
        #expect(try store.events().allSatisfy { ![DeskEvent.Kind.approved, .memberRemoved].contains($0.kind) })
        // And acting as themselves works and is recorded with the OS user
        let own = try Self.run(as: tv2, ["vote", "N2018-0002", "agree", "--desk", desk])
        #expect(own.status == 0, "\(own.err)")
        let cast = try #require(try store.events().last)
        #expect(cast.kind == .ballotCast && cast.actor == tv2 && cast.osUser == tv2)
    }
}
