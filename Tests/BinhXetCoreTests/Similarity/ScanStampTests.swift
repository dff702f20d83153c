import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import Testing

/// A scan keeps the findings whose stamps hold and checks the rest: what it stores and returns must be
/// what a scan that checks everything stores and returns.
@Suite struct ScanStampTests {
    typealias Row = (id: String, year: Int, nominee: String, position: String, duties: String, title: String,
                     body: [String], receivedOn: String)

    static let profiles = [("Giáo viên", "Dạy lớp 4"), ("Kế toán", "Kế toán ngân sách xã"), ("Xã viên", "Sản xuất lúa")]
    static let bodies = [DeskCheckerTests.bodyA, DeskCheckerTests.bodyB, DeskCheckerTests.bodyC, DeskCheckerTests.bodyD]
    /// Sentences many reports carry: past ten of them, boilerplate.
    static let stock = [
        "Sáng kiến đã được hội đồng cơ sở xem xét và đề nghị công nhận theo quy định hiện hành của nhà nước.",
        "Tôi xin cam đoan nội dung báo cáo là trung thực, không sao chép hoặc vi phạm bản quyền của người khác.",
    ]
    static let syllables = ["học", "sinh", "ruộng", "lúa", "kế", "toán", "ngân", "sách", "chợ", "vé", "thôn", "xóm",
                            "đường", "cầu", "nước", "giếng", "máy", "bơm", "trạm", "điện", "sổ", "quỹ", "trâu", "bò",
                            "vườn", "cây", "cam", "bưởi", "lớp", "bàn", "ghế", "sân", "trường", "bếp", "ăn", "trưa",
                            "hồ", "cá", "lưới", "thuyền", "đê", "kè", "mương", "cống", "loa", "đài", "tin", "bài"]

    /// Seeded random reports: own sentences, paragraphs copied from earlier reports (re-use), a topic's
    /// sentences (relevance, sometimes off the nominee's duties), stock sentences (boilerplate), received on
    /// dates that put later batches before reports already scanned.
    static func rows(_ rng: inout SeededGenerator, count: Int, from first: Int, earlier: [Row]) -> [Row] {
        var made: [Row] = []
        for k in 0..<count {
            let n = first + k
            let year = Bool.random(using: &rng) ? 2017 : 2018
            let profile = profiles.randomElement(using: &rng)!
            var body: [String] = []
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                body.append((0..<Int.random(in: 18...30, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }
                    .joined(separator: " ") + ".")
            }
            let pool = earlier + made
            if !pool.isEmpty, Int.random(in: 0..<3, using: &rng) == 0 {
                let source = pool.randomElement(using: &rng)!
                body.append(contentsOf: Int.random(in: 0..<2, using: &rng) == 0 ? source.body : [source.body.randomElement(using: &rng)!])
            } else {
                body.append(contentsOf: bodies.randomElement(using: &rng)!)
            }
            if Int.random(in: 0..<4, using: &rng) > 0 { body.append(stock.randomElement(using: &rng)!) }
            let day = String(format: "%02d", Int.random(in: 1...28, using: &rng))
            made.append((String(format: "N%d-%04d", year, n), year, "CB\(Int.random(in: 1...9, using: &rng))",
                         profile.0, profile.1, "Sáng kiến số \(n)", body, "\(year)-05-\(day)"))
        }
        return made
    }

    static func importRows(_ rows: [Row], into store: DeskStore, in s: Scratch, batch: Int) throws {
        var lines = [SampleCSV.header]
        for r in rows {
            let path = "d\(batch)/\(r.id).txt"
            try s.write(path, DeskCheckerTests.report(r.title, paragraphs: r.body))
            lines.append("\(r.id),\(r.year),\(r.nominee),Người \(r.nominee),UBND xã Hòa Bình,\(r.position),\(r.duties),"
                         + "can_bo_cong_chuc,CSTDCS,\(r.title),\(path),\(r.receivedOn)")
        }
        let csv = try s.write("n\(batch).csv", lines.joined(separator: "\n") + "\n")
        try NominationImporter(store: store).importCSV(at: csv)
    }

    /// Findings in an order that does not depend on the order they were stored in.
    static func canonical(_ findings: [StoredFinding]) -> [StoredFinding] {
        findings.sorted { ($0.nominationID, $0.sourceID ?? "", $0.kind.rawValue) < ($1.nominationID, $1.sourceID ?? "", $1.kind.rawValue) }
    }

    @Test func scansThatKeepWhatHoldsStoreWhatScansOfEverythingStore() throws {
        var rng = SeededGenerator(printingSeedFor: "ScanStampTests.scansThatKeepWhatHoldsStoreWhatScansOfEverythingStore")
        // Given two desks that receive the same batches: one scanned keeping what holds, one checking everything
        let incremental = try Scratch(), full = try Scratch()
        let a = try incremental.makeDesk(), b = try full.makeDesk()
        var all: [Row] = []
        var kept = 0, rechecked = 0, offDuty = 0, reuse = 0
        for batch in 0..<4 {
            let rows = Self.rows(&rng, count: 12, from: 1 + batch * 12, earlier: all)
            all += rows
            try Self.importRows(rows, into: a, in: incremental, batch: batch)
            try Self.importRows(rows, into: b, in: full, batch: batch)
            // When each is scanned (one year, the other — whose re-use links the first's targets —, then
            // every year, then every year again)
            for year in [2017, 2018, nil, nil] as [Int?] {
                let checkerA = try DeskChecker(store: a), checkerB = try DeskChecker(store: b)
                let (reportA, foundA) = try checkerA.scan(checkerA.nominationIDs(year: year))
                let (reportB, foundB) = try checkerB.scan(checkerB.nominationIDs(year: year), recheckAll: true)
                // Then both return and store the same findings, in the same order
                let differing = Set((foundA + foundB).map(\.nominationID)).filter { id in
                    foundA.filter { $0.nominationID == id } != foundB.filter { $0.nominationID == id }
                }
                #expect(differing.isEmpty && foundA == foundB, "batch \(batch), year \(String(describing: year)): \(differing.sorted())")
                let storedSame = Self.canonical(try a.allFindings()) == Self.canonical(try b.allFindings())
                #expect(storedSame, "batch \(batch), year \(String(describing: year))")
                #expect(reportA.checked == reportB.checked && reportB.kept == 0)
                #expect(reportA.reuseFindings == reportB.reuseFindings && reportA.offDutyFindings == reportB.offDutyFindings)
                kept += reportA.kept
                rechecked += reportA.checked - reportA.kept
                offDuty += reportA.offDutyFindings
                reuse += reportA.reuseFindings
                // And a scan of an unchanged desk that loads nothing returns the same
                let again = try #require(try DeskChecker.keptScan(store: a, year: year))
                #expect(again.1 == foundA && again.0.kept == reportA.checked)
            }
        }
        // The case mix was there: findings of both kinds, targets kept and targets checked again
        #expect(kept > 0 && rechecked > 0 && offDuty > 0 && reuse > 0)
    }

    @Test func aReportReceivedEarlierThatATargetCopiesIsFoundByTheNextScan() throws {
        // Given a 2018 report on rice pests received on 20/05, scanned: it copies nothing
        let s = try Scratch()
        let store = try s.makeDesk()
        let target: Row = ("N2018-0005", 2018, "CB2", "Xã viên", "Sản xuất lúa", "Phòng trừ rầy nâu", DeskCheckerTests.bodyC, "2018-05-20")
        let other: Row = ("N2018-0006", 2018, "CB3", "Kế toán", "Kế toán ngân sách xã", "Bảng đối chiếu", DeskCheckerTests.bodyB, "2018-05-21")
        try Self.importRows([target, other], into: store, in: s, batch: 0)
        let (first, _) = try DeskChecker(store: store).scan(["N2018-0005", "N2018-0006"])
        #expect(first.kept == 0 && first.reuseFindings == 0)
        // When a report received before it (on 02/05) with the same text is imported
        let source: Row = ("N2018-0009", 2018, "CB4", "Xã viên", "Sản xuất lúa", "Phòng trừ sâu bệnh", DeskCheckerTests.bodyC, "2018-05-02")
        try Self.importRows([source], into: store, in: s, batch: 1)
        #expect(try DeskChecker.keptScan(store: store, year: 2018) == nil)
        let checker = try DeskChecker(store: store)
        try checker.scan(checker.nominationIDs(year: 2018))
        // Then the next scan finds the copy: the target's stamp named the reports received before it
        let found = try store.findings(of: "N2018-0005")
        #expect(found.contains { $0.sourceID == "N2018-0009" && $0.kind == .copyOther })
        #expect(try store.findings(of: "N2018-0009").allSatisfy { $0.sourceID == nil })
    }

    @Test func findingsWrittenByAnythingButAScanAreCheckedAgain() throws {
        // Given a scanned desk
        let s = try Scratch()
        let store = try DeskCheckerTests.scanned([
            ("N2018-0001", "CB1", "Giáo viên", "Dạy lớp 4", "Giải toán có lời văn", DeskCheckerTests.bodyA),
            ("N2018-0002", "CB2", "Kế toán", "Kế toán ngân sách xã", "Phòng trừ rầy nâu", DeskCheckerTests.bodyC),
            ("N2018-0003", "CB3", "Kế toán", "Kế toán ngân sách xã", "Vé chợ đánh số liên tục", DeskCheckerTests.bodyD),
        ], in: s)
        let checker = try DeskChecker(store: store)
        let ids = checker.nominationIDs(year: 2018)
        let (_, before) = try checker.scan(ids)
        // When one nomination's findings are replaced by another writer
        try store.replaceFindings([], forNominations: ["N2018-0002"])
        // Then the next scan checks that one again (and only it), and finds what it found before
        #expect(try DeskChecker.keptScan(store: store, year: 2018) == nil)
        let (report, after) = try DeskChecker(store: store).scan(ids)
        #expect(report.checked == 3 && report.kept == 2)
        #expect(after == before)
        // And `recheckAll` keeps nothing
        let (all, again) = try DeskChecker(store: store).scan(ids, recheckAll: true)
        #expect(all.kept == 0 && again == before)
    }
}
