@testable import BinhXetUI
import BinhXetCore
import BinhXetSimilarity
import BinhXetTestSupport
import Foundation
import Testing

/// "Flagged" is the core's one rule (`CouncilAttention`): the queue's rows, its flag tab and filters, the
/// year summary, the bulk confirmation and `list --flagged` (which prints `store.attention(year:)`) must
/// name the same nominations, on the demo desk and on a generated one.
struct AttentionAgreementTests {
    /// Opens the desk as a member does and checks every place "flagged" shows against the core.
    func expectAgreement(_ store: DeskStore, member: String, today: String, _ label: String) throws {
        let driver = AppDriver(state: AppState(size: Size(width: 120, height: 40), language: .vi, member: member,
                                               deskName: "t.desk", today: today),
                               runner: EffectRunner(store: store, member: member))
        driver.send(.start)
        driver.runDeferred()
        let year = try #require(try store.reviewYear().year)
        let core = try store.attention()
        let ofYear = try store.attention(year: year)
        let nominations = try store.nominations()
        let undecidedOfYear = Set(nominations.filter { $0.year == year && !$0.status.isDecided }.map(\.id))
        #expect(!ofYear.isEmpty, "\(label): the desk should have flagged nominations to compare")

        // The queue's rows carry the core's reasons (lateness apart)
        let q = driver.state.queue
        for row in q.rows {
            #expect(row.flagged == (core[row.id] != nil), "\(label) \(row.id)")
            #expect(row.flags.filter { $0 != .overdue } == (core[row.id]?.reasons ?? []).map(QueueFlag.init), "\(label) \(row.id)")
        }
        // The flag tab: flagged, undecided, of the year under review
        let tab = Set(q.rows.filter { QueueTab.flagged.contains($0, in: q.reviewYear) }.map(\.id))
        #expect(tab == Set(ofYear.keys).intersection(undecidedOfYear), "\(label)")
        #expect(q.counts[.flagged] ?? 0 == tab.count)
        // "No flags" is its complement among the checked
        let noFlags = QueueFilter(flag: .noFlags)
        #expect(Set(q.rows.filter { noFlags.accepts($0) }.map(\.id)) == Set(q.rows.filter { $0.checked && core[$0.id] == nil }.map(\.id)))

        // The year summary: per unit and for the district, opened from the queue's own review
        driver.send(.key(.char("t")))
        let summary = try #require(driver.state.summary?.data)
        #expect(summary == (try store.yearSummary()), "\(label): the summary shown is the one the core computes alone")
        for line in summary.units {
            let ids = nominations.filter { $0.year == year && $0.unitName == line.unitName }.map(\.id)
            #expect(line.flagged == ids.filter { ofYear[$0] != nil }.count, "\(label) \(line.unitName)")
        }
        #expect(summary.district.flagged == ofYear.count)
        driver.send(.key(.escape))

        // The bulk confirmation: every tagged undecided row of the year is either clean or listed; the
        // listed ones with flags are exactly the flagged ones, with the same reasons
        driver.send(.key(.char("8")))
        #expect(driver.state.queue.tab == .all)
        driver.send(.key(.char("*")))
        driver.send(.key(.char("a")))
        guard case .bulk(let b)? = driver.state.modal else { Issue.record("\(label): no bulk dialog"); return }
        #expect(Set(b.clean.map(\.id) + b.doubts.map(\.id)) == undecidedOfYear)
        #expect(Set(b.doubts.filter { !$0.flags.isEmpty }.map(\.id)) == Set(ofYear.keys).intersection(undecidedOfYear))
        for d in b.doubts where !d.flags.isEmpty { #expect(d.flags == ofYear[d.id]!.reasons.map(QueueFlag.init)) }
        #expect(b.clean.allSatisfy { core[$0.id] == nil })

        // The nomination page's rule checks (a review of the nomination's unit-year and sources only) are
        // the shared review's, flag for flag, for every nomination of the desk
        let review = try store.ruleReview()
        var flaggedPages = 0
        for n in nominations {
            guard case .ruleFlagsLoaded(let id, let flags)? = driver.runner.run(.loadRuleFlags(n.id)).first else {
                Issue.record("\(label) \(n.id): no rule flags loaded"); continue
            }
            #expect(id == n.id)
            #expect(flags == review.flags(of: n.id), "\(label) \(n.id)")
            if !flags.isEmpty { flaggedPages += 1 }
        }
        #expect(flaggedPages > 0, "\(label): some page should show rule checks")
    }

    @Test func theDemoDeskAgrees() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-agree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DeskStore.create(at: folder.appendingPathComponent("demo.desk"))
        let demo = Fixtures.resources.appendingPathComponent("demo")
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: demo.appendingPathComponent("nominations.csv"))
        try OutcomeImporter(store: store, actor: "Văn thư").importCSV(at: demo.appendingPathComponent("outcomes.csv"))
        // As `make demo` does: the archive's outcomes, every year checked, 2024 open as of 24/05/2024
        let checker = try DeskChecker(store: store)
        _ = try checker.scan(checker.nominationIDs(year: nil))
        try Self.declareDemoHolders(store)
        try store.openYear(2024, asOf: CalendarDay(year: 2024, month: 5, day: 24), actor: "Văn thư")
        try expectAgreement(store, member: "chu", today: "2024-05-24", "demo")
    }

    /// Each unit's LĐTT holders as `make demo` declares them (Resources/demo/ldtt-holders.csv: unit,year,count).
    static func declareDemoHolders(_ store: DeskStore) throws {
        let file = Fixtures.resources.appendingPathComponent("demo/ldtt-holders.csv")
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            try store.declareLDTTHolders(unitID: try store.unit(matching: f[0]).id!, year: Int(f[1])!, count: Int(f[2])!,
                                         actor: "Văn thư")
        }
    }

    /// The demo's year summary has units within their quota and units over it (declared), so the summary shows
    /// both, as a council's does.
    @Test func theDemoSummaryHasUnitsWithinAndOverTheirQuota() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-demo-quota-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DeskStore.create(at: folder.appendingPathComponent("demo.desk"))
        let demo = Fixtures.resources.appendingPathComponent("demo")
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: demo.appendingPathComponent("nominations.csv"))
        try Self.declareDemoHolders(store)
        try store.openYear(2024, asOf: CalendarDay(year: 2024, month: 5, day: 24), actor: "Văn thư")
        let units = try #require(try store.yearSummary()).units
        let withCSTDCS = units.filter { $0.cstdcs > 0 }
        #expect(withCSTDCS.contains { !$0.overQuota }, "some unit within its quota")
        #expect(withCSTDCS.contains { $0.overQuota && $0.holdersDeclared }, "some unit over a declared quota")
    }

    @Test func aGeneratedDeskAgrees() throws {
        var rng = SeededGenerator(printingSeedFor: "AttentionAgreementTests.aGeneratedDeskAgrees")
        let seed = rng.seed
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-agree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try DeskStore.create(at: folder.appendingPathComponent("gen.desk"))
        // Off-duty findings flag only while the rules warn of them: either way, all places must agree
        let warn = Bool.random(using: &rng)
        try "duty_relevance_warning = \(warn ? "yes" : "no")\n".write(to: store.rulesFileURL, atomically: true, encoding: .utf8)
        let units = ["Trường THCS Hồng Kim", "Trường Tiểu học Phú Vinh", "Ủy ban nhân dân xã Vân Khê", "Trạm Y tế xã Hồng Kim",
                     "Hợp tác xã Nông nghiệp Hồng Kim"]
        var csv = "nomination_id,year,nominee_id,nominee_name,unit,position,duties,worker_category,title,initiative_title,initiative_file,received_on\n"
        var ids: [(id: String, year: Int, person: String)] = []
        for year in [2017, 2018] {
            for i in 1...40 {
                let id = "G\(year)-\(String(format: "%04d", i))", person = "P\(Int.random(in: 1...50, using: &rng))"
                let title = Bool.random(using: &rng) ? "CSTDCS" : "LDTT"
                let file = "\(id).txt"
                try "Sáng kiến \(id): giải pháp \(i) nâng cao chất lượng công tác của đơn vị.\n"
                    .write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
                csv += "\(id),\(year),\(person),Nguyễn Văn \(person),\(units.randomElement(using: &rng)!),Nhân viên,Phục vụ,"
                    + "\(Bool.random(using: &rng) ? "cong_nhan" : "can_bo_cong_chuc"),\(title),Giải pháp \(i),\(file),\(year)-05-\(String(format: "%02d", 1 + i % 28))\n"
                ids.append((id, year, person))
            }
        }
        try csv.write(to: folder.appendingPathComponent("gen.csv"), atomically: true, encoding: .utf8)
        try NominationImporter(store: store, actor: "Văn thư").importCSV(at: folder.appendingPathComponent("gen.csv"))
        for (login, role) in [("chu", CouncilRole.chair), ("pho", .standingViceChair), ("tv", .member)] {
            try store.addMember(login: login, name: login, role: role, actor: "chu")
        }
        // Findings on some 2018 nominations, sources among 2017's; a few dismissed; some left unchecked
        let earlier = ids.filter { $0.year == 2017 }
        var findings: [StoredFinding] = []
        var checked: [String] = []
        for n in ids where n.year == 2018 {
            let roll = Int.random(in: 0..<10, using: &rng)
            if roll == 0 { continue }   // not checked
            checked.append(n.id)
            guard roll >= 6 else { continue }
            let source = earlier.randomElement(using: &rng)!
            let kind = [FindingKind.selfReuse, .copyOther, .partial, .offDuty].randomElement(using: &rng)!
            findings.append(StoredFinding(nominationID: n.id, sourceID: kind == .offDuty ? nil : source.id, kind: kind,
                                          coverage: Double.random(in: 0.2...0.9, using: &rng), score: 0.6))
        }
        try store.replaceFindings(findings, forNominations: checked)
        for f in findings where f.sourceID != nil && Int.random(in: 0..<4, using: &rng) == 0 {
            try store.dismissFinding(f.nominationID, source: f.sourceID!, reason: .falseMatch, actor: "chu")
        }
        // Ballots, some decisions (an approval short of votes needs an override and is then a violation)
        for n in ids where n.year == 2018 && Bool.random(using: &rng) {
            for m in ["chu", "pho", "tv"] where Int.random(in: 0..<4, using: &rng) > 0 {
                try store.vote(n.id, [.agree, .agree, .disagree].randomElement(using: &rng)!, member: m)
            }
        }
        for n in ids where n.year == 2018 && Int.random(in: 0..<5, using: &rng) == 0 {
            try store.decide(n.id, .approve, override: "Hội đồng thống nhất", actor: "chu")
        }
        // A unit with a declared count of holders small enough to be over its quota
        try store.declareLDTTHolders(unitID: try store.unit(matching: units[0]).id!, year: 2018, count: 6, actor: "Văn thư")
        try store.openYear(2018, asOf: CalendarDay(year: 2018, month: 6, day: 20), actor: "chu")
        try expectAgreement(store, member: "chu", today: "2018-06-20", "generated (seed \(seed), duty warning \(warn))")
    }
}
