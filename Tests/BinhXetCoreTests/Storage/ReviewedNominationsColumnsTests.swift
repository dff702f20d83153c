@testable import BinhXetCore
import BinhXetTestSupport
import Foundation
import GRDB
import Testing

/// The desk's nominations are read by column position (`NominationSummary(summaryColumnsOf:)`), which the
/// rule review, the queue's start-up and every listing go through. They must be the nominations read as
/// before, row by row through `NominationSummary`'s coding keys and the outcome columns by name, on the demo
/// desk and on a generated desk with every kind of outcome.
struct ReviewedNominationsColumnsTests {
    /// The reviewed nominations as they were read before: each row decoded by name (`decodeStored`).
    static func byName(_ store: DeskStore, year: Int? = nil) throws -> [ReviewedNomination] {
        try store.read { db in
            let kinds = DeskEvent.Kind.sqlList(decisionEventKinds.union(refusalEventKinds))
            var sql = """
                SELECT n.id, n.year, n.personID, p.name AS personName, n.unitID, u.name AS unitName, u.shortName AS unitShortName, n.position,
                       n.workerCategory, n.title, i.title AS initiativeTitle, n.receivedOn, n.status,
                       d.kind AS outcome,
                       coalesce(json_extract(d.payload, '$.reason'), json_extract(d.payload, '$.missing')) AS reason,
                       json_extract(d.payload, '$.reason_code') AS reasonCode,
                       json_extract(d.payload, '$.override') AS override
                FROM nomination n JOIN person p ON p.id = n.personID JOIN unit u ON u.id = n.unitID
                LEFT JOIN initiative i ON i.nominationID = n.id
                LEFT JOIN event d ON d.id = (SELECT max(e.id) FROM event e WHERE e.nominationID = n.id AND e.kind IN (\(kinds)))
                """
            var args: StatementArguments = []
            if let year { sql += " WHERE n.year = ?"; args += [year] }
            sql += " ORDER BY n.year, n.id"
            let archive = try DeskStore.archiveRecords(db)
            return try Row.fetchAll(db, sql: sql, arguments: args).map { row in
                var outcome: DecisionOutcome?
                switch (row["outcome"] as String?).flatMap(DeskEvent.Kind.init(rawValue:)) {
                case .approved?: outcome = .approve
                case .rejected?, .refused?: outcome = .reject
                case nil: outcome = nil
                default: outcome = .supplement
                }
                let code = (row["reasonCode"] as String?).flatMap(StandardRejectionReason.init(rawValue:))
                let reason: String? = code.map { Vocabulary.vi.reason(code: $0, note: row["reason"] ?? "") } ?? row["reason"]
                var n = ReviewedNomination(
                    summary: try NominationSummary.decodeStored(row, table: "nomination"), unitID: row["unitID"],
                    lastOutcome: outcome, outcomeReason: reason, outcomeOverride: row["override"],
                    imported: archive.outcomes[row["id"]], recognition: archive.recognitions[row["id"]])
                n.refusedAtReception = row["outcome"] as String? == "refused"
                return n
            }
        }
    }

    /// Every listing that reads by position against the same rows read by name.
    func expectSameReading(_ store: DeskStore, _ label: String) throws {
        let before = try Self.byName(store)
        #expect(before.count > 20, "\(label): too few nominations to compare")
        #expect(try store.reviewedNominations() == before, "\(label)")
        for year in Set(before.map(\.year)) {
            #expect(try store.reviewedNominations(year: year) == before.filter { $0.year == year }, "\(label) \(year)")
        }
        let summaries = try store.read { db in
            try NominationSummary.fetchAllStored(db, sql: DeskStore.nominationSummarySQL + " ORDER BY n.year, n.id", table: "nomination")
        }
        #expect(try store.nominations() == summaries, "\(label)")
        #expect(summaries == before.map(\.summary), "\(label)")
        let some = summaries.filter { $0.id.hasSuffix("1") }.map(\.id)
        #expect(try store.nominations(ids: some) == summaries.filter { some.contains($0.id) }, "\(label)")
        // Every kind of outcome the generated desks hold is there to compare
        #expect(before.contains { $0.lastOutcome == .approve } && before.contains { $0.lastOutcome == .reject }, "\(label)")
    }

    @Test func theDemoDeskReadsAsBefore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-columns-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DeskStore.create(at: folder.appendingPathComponent("demo.desk"))
        let demo = Fixtures.resources.appendingPathComponent("demo")
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: demo.appendingPathComponent("nominations.csv"))
        // A few outcomes, as a council records them
        let ids = try store.nominations().filter { $0.year == 2024 }.map(\.id)
        try store.decide(ids[0], .approve, actor: "chu")
        try store.decide(ids[1], .reject, reasonCode: .incompleteDossier, actor: "chu")
        try store.decide(ids[2], .supplement, reason: "Thiếu bản nhận xét", actor: "chu")
        try store.decide(ids[3], .reject, reason: "Trùng lặp với sáng kiến năm trước", actor: "chu")
        try expectSameReading(store, "demo")
    }

    @Test func aGeneratedDeskReadsAsBefore() throws {
        var rng = SeededGenerator(printingSeedFor: "ReviewedNominationsColumnsTests.aGeneratedDeskReadsAsBefore")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-columns-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try DeskStore.create(at: folder.appendingPathComponent("gen.desk"))
        let units = ["Trường THCS Hồng Kim", "Trường Tiểu học Phú Vinh", "Ủy ban nhân dân xã Vân Khê", "Trạm Y tế xã Hồng Kim",
                     "Hợp tác xã Nông nghiệp Hồng Kim", "Công an xã Vân Khê"]
        let categories = ["cong_nhan", "can_bo_cong_chuc", "nong_dan"]
        var csv = "nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on\n"
        var ids: [String] = []
        for year in [2017, 2018] {
            for i in 1...40 {
                let id = "G\(year)-\(String(format: "%04d", i))", person = "P\(Int.random(in: 1...50, using: &rng))"
                // Some without an initiative, some with a position left empty
                let withInitiative = Int.random(in: 0..<5, using: &rng) > 0
                if withInitiative {
                    try "Sáng kiến \(id): giải pháp \(i) nâng cao chất lượng công tác.\n"
                        .write(to: folder.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
                }
                csv += "\(id),\(year),\(person),Nguyễn Thị \(person),\(units.randomElement(using: &rng)!),"
                    + "\(Bool.random(using: &rng) ? "Giáo viên" : ""),Giảng dạy,\(categories.randomElement(using: &rng)!),"
                    // (a CSTĐCS needs an initiative)
                    + "\(withInitiative && Bool.random(using: &rng) ? "CSTDCS" : "LDTT"),\(withInitiative ? "Giải pháp \(i)" : ""),"
                    + "\(withInitiative ? "\(id).txt" : ""),\(year)-05-\(String(format: "%02d", 1 + i % 28))\n"
                ids.append(id)
            }
        }
        try csv.write(to: folder.appendingPathComponent("gen.csv"), atomically: true, encoding: .utf8)
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: folder.appendingPathComponent("gen.csv"))
        // Outcomes of every kind, some revised, recognitions of some initiatives
        for id in ids {
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: try store.decide(id, .approve, confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
            case 1: try store.decide(id, .reject, reason: Bool.random(using: &rng) ? "Ghi chú thêm" : nil,
                                     reasonCode: StandardRejectionReason.allCases.randomElement(using: &rng)!,
                                     confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
            case 2: try store.decide(id, .reject, reason: "Không đạt tiêu chuẩn", confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
            case 3: try store.decide(id, .supplement, reason: "Thiếu biên bản", confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
            case 4:
                try store.decide(id, .approve, confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
                try store.decide(id, .reject, reason: "Xét lại", revision: "Phát hiện trùng lặp",
                                 confirmYear: id.hasPrefix("G2017") ? 2017 : nil, actor: "chu")
            default: break
            }
            if Int.random(in: 0..<6, using: &rng) == 0, try store.detail(of: id, viewer: "")?.initiative != nil {
                _ = try store.recognise(id, number: "\(Int.random(in: 1...99, using: &rng))/QĐ-UBND", date: "2018-04-02",
                                        by: "Chủ tịch UBND xã", actor: "Văn thư")
            }
        }
        try expectSameReading(store, "generated")
    }
}
