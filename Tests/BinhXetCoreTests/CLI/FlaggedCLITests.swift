import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import Testing

/// `list --flagged` and the flags report name the nominations the core's one rule (`CouncilAttention`)
/// flags: the same as the year summary's count (and the desk's flag tab, see AttentionAgreementTests).
@Suite struct FlaggedCLITests {
    @Test func listFlaggedAndTheFlagsReportAgreeWithTheCore() throws {
        let desk = try TestDesk()
        let path = desk.store.url.path
        let core = try desk.store.attention(year: 2018)
        let summary = try #require(try desk.store.yearSummary(year: 2018))
        #expect(!core.isEmpty && summary.district.flagged == core.count)

        let json = try CLI.run(["list", "--flagged", "--json", "--year", "2018", "--desk", path])
        #expect(json.status == 0, "\(json.err)")
        struct ID: Decodable { var id: String }
        struct Row: Decodable { var nomination: ID; var reasons: [AttentionReason] }
        let dec = JSONDecoder()
        dec.keyDecodingStrategy = .convertFromSnakeCase
        let rows = try dec.decode([Row].self, from: Data(json.out.utf8))
        #expect(Set(rows.map(\.nomination.id)) == Set(core.keys))
        #expect(rows.allSatisfy { $0.reasons == core[$0.nomination.id]?.reasons })

        let text = try CLI.run(["list", "--flagged", "--year", "2018", "--desk", path])
        #expect(text.out.contains("\(core.count) nominations"), "\(text.out)")
        for (id, a) in core { #expect(text.out.contains("\(id): " + a.reasons.map(Vocabulary.en.attentionReason).joined(separator: ", "))) }
        // The reasons are the core's words, in the reader's language.
        let vi = try CLI.runVietnamese(["list", "--flagged", "--year", "2018", "--desk", path])
        for (id, a) in core { #expect(vi.out.contains("\(id): " + a.reasons.map(Vocabulary.vi.attentionReason).joined(separator: ", ")), "\(vi.out)") }

        let report = try CLI.run(["report", "flags", "--year", "2018", "--desk", path])
        #expect(report.out.contains("Cần Hội đồng xem xét (có cờ): \(core.count) đề nghị"), "\(report.out)")
    }
}
