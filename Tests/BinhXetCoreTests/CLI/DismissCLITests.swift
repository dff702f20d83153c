import BinhXetCore
import BinhXetSimilarity
import Foundation
import Testing

/// A member sets a re-use finding aside with a reason; it stops counting, the flags report says why, and
/// it can be taken back.
@Suite struct DismissCLITests {
    @Test func aDismissedFindingStopsCountingAndIsReversible() throws {
        let s = try Scratch()
        let csv = try SampleCSV.write(in: s)
        let desk = s.deskURL.path
        #expect(try CLI.run(["init", "--desk", desk]).status == 0)
        #expect(try CLI.run(["import", csv.path, "--desk", desk]).status == 0)
        let store = try DeskStore.open(at: s.deskURL)
        try store.replaceFindings([StoredFinding(nominationID: "N2018-0001", sourceID: "N2017-0001", kind: .copyOther,
                                                 coverage: 0.9, score: 0.9)], forNominations: ["N2018-0001"])
        #expect(try store.ruleFlags(of: "N2018-0001").contains { $0.check == .initiativeNotNovel })

        // A reason is required and must be one the core knows
        let noReason = try CLI.run(["dismiss", "N2018-0001", "N2017-0001", "--desk", desk, "--member", "lan"])
        #expect(noReason.status != 0 && noReason.err.contains("give --reason"))
        let badReason = try CLI.run(["dismiss", "N2018-0001", "N2017-0001", "--reason", "boring", "--desk", desk, "--member", "lan"])
        #expect(badReason.status != 0 && badReason.err.contains("unknown reason 'boring'"))
        let noFinding = try CLI.run(["dismiss", "N2018-0001", "N2017-0002", "--reason", "false_match", "--desk", desk, "--member", "lan"])
        #expect(noFinding.status != 0 && noFinding.err.contains("has no finding against N2017-0002"))

        let ok = try CLI.run(["dismiss", "N2018-0001", "N2017-0001", "--reason", "co-authored", "--note", "Hai giáo viên cùng viết",
                              "--desk", desk, "--member", "lan"])
        #expect(ok.status == 0 && ok.out.contains("dismissed (co_authored)"), "\(ok.err)")
        let d = try #require(try store.dismissals()["N2018-0001"]?["N2017-0001"])
        #expect(d.reason == .coAuthored && d.note == "Hai giáo viên cùng viết" && d.actor == "lan")
        // It no longer breaks the novelty rule, nor counts as a finding in the queues
        #expect(try !store.ruleFlags(of: "N2018-0001").contains { $0.check == .initiativeNotNovel })
        #expect(try store.activeFindings().isEmpty && store.allFindings().count == 1)
        // The flags report lists it, saying it was dismissed and why
        let report = try CLI.run(["report", "flags", "--desk", desk, "--year", "2018"])
        #expect(report.out.contains("Đã bỏ qua: sáng kiến đồng tác giả: Hai giáo viên cùng viết (lan)"), "\(report.out)")
        #expect(report.out.contains("1 cảnh báo đã được thành viên bỏ qua"))
        // Twice is refused; --undo brings it back
        let twice = try CLI.run(["dismiss", "N2018-0001", "N2017-0001", "--reason", "false_match", "--desk", desk, "--member", "lan"])
        #expect(twice.status != 0 && twice.err.contains("already dismissed"))
        let undo = try CLI.run(["dismiss", "N2018-0001", "N2017-0001", "--undo", "--desk", desk, "--member", "lan"])
        #expect(undo.status == 0 && undo.out.contains("counts again"), "\(undo.err)")
        #expect(try store.ruleFlags(of: "N2018-0001").contains { $0.check == .initiativeNotNovel })
        #expect(try store.events().map(\.kind).filter { $0.hasPrefix("finding_") } == ["finding_dismissed", "finding_restored"])
    }

    @Test func onlyACouncilMemberMayDismissOnceTheCouncilExists() throws {
        let s = try Scratch()
        let store = try s.makeDesk()
        try NominationImporter(store: store, actor: "import").importCSV(at: try SampleCSV.write(in: s))
        try store.replaceFindings([StoredFinding(nominationID: "N2018-0001", sourceID: "N2017-0001", kind: .selfReuse,
                                                 coverage: 0.9, score: 0.9)], forNominations: ["N2018-0001"])
        try store.addMember(login: "chu", name: "Ông Chủ tịch", role: .chair, actor: "root")
        #expect(throws: CouncilError.notAMember("khach")) {
            try store.dismissFinding("N2018-0001", source: "N2017-0001", reason: .falseMatch, actor: "khach")
        }
        try store.dismissFinding("N2018-0001", source: "N2017-0001", reason: .templateText, actor: "chu")
        #expect(try store.dismissals()["N2018-0001"]?["N2017-0001"]?.reason == .templateText)
    }
}
