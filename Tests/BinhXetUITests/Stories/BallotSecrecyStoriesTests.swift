import BinhXetCore
import BinhXetTestSupport
import BinhXetUI
import Foundation
import Testing

/// A secret ballot's choice reaches no other member through any front end: the nomination page, `binhxet
/// show` and the minutes all read through the core's viewer-aware detail and tally.
struct BallotSecrecyStoriesTests {
    @Test func anotherMembersChoiceIsShownNowhere() throws {
        // Given a desk whose council voted openly on N2018-0001 (the vice-chair disagreed) and which then
        // made its ballot secret: the log still holds that open choice
        let desk = try TestDesk()
        let store = desk.store
        for (login, role) in [("Lê Chủ Tịch", CouncilRole.chair), ("pho", .viceChair), (Harness.member, .member)] {
            try store.addMember(login: login, name: "Ông \(login)", role: role, actor: "Lê Chủ Tịch")
        }
        try Data("secret_ballot = no\n".utf8).write(to: store.rulesFileURL)
        try store.vote("N2018-0001", .disagree, member: "pho")
        try Data("secret_ballot = yes\n".utf8).write(to: store.rulesFileURL)
        try store.vote("N2018-0001", .agree, member: "Lê Chủ Tịch")
        // When another member opens the nomination page
        let h = try Harness(Size(width: 120, height: 40), desk: desk)
        h.open("N2018-0001")
        // Then the history says that pho voted, and not how
        let pho = try #require(h.line(containing: "pho  Bỏ phiếu kín"))
        #expect(pho.contains("không hiện lựa chọn") && !pho.contains("không đồng ý"), "\(pho)")
        #expect(!h.text.contains("không đồng ý") && !h.text.contains("disagree"))
        // And the core's reads say the same to any viewer but pho
        let seen = try #require(try store.detail(of: "N2018-0001", viewer: Harness.member))
        #expect(seen.events.filter { $0.kind == .vote }.allSatisfy { $0.payload["vote"] == BallotSecrecy.hidden })
        let t = try store.tally(of: "N2018-0001", viewer: Harness.member)
        #expect(t.agree == 1 && t.disagree == 1 && t.votes.allSatisfy { $0.choice == nil })
        // And the command line's show and the minutes, run as that member, hold no choice of pho's
        let path = store.url.path
        let show = try binhxet(["show", "N2018-0001", "--json", "--member", Harness.member, "--desk", path])
        #expect(show.contains("\"vote\" : \"secret\"") && !show.contains("\"vote\" : \"disagree\""), "\(show)")
        let minutes = try binhxet(["report", "minutes", "--year", "2018", "--format", "md", "--desk", path])
        #expect(!minutes.contains("pho") || !minutes.contains("không đồng ý"))
    }

    /// Runs the real binary built beside the test bundle; returns its standard output.
    func binhxet(_ args: [String]) throws -> String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("binhxet").path) {
            dir = dir.deletingLastPathComponent()
        }
        let p = Process()
        p.executableURL = dir.appendingPathComponent("binhxet")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
