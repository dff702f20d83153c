import BinhXetCore
import Foundation
import Testing

/// The year summary counts each unit's work once, from the same rule review the flags come from.
struct YearSummaryTests {
    typealias Row = RuleDesk.Row

    @Test func eachUnitIsCountedWithItsQuotaAndFavouredShare() throws {
        let desk = try RuleDesk(nil, [
            Row(id: "A1", person: "P1"), Row(id: "A2", person: "P2"),
            Row(id: "A3", person: "P3", title: .ldtt, category: .worker),
            Row(id: "B1", person: "P4", unit: "HTX Nông nghiệp Hòa Bình", title: .ldtt, category: .farmer),
            Row(id: "B2", person: "P5", unit: "HTX Nông nghiệp Hòa Bình", title: .ldtt, category: .farmer),
            Row(id: "C1", year: 2017, person: "P6", unit: "HTX Nông nghiệp Hòa Bình", received: "2017-05-02"),
        ])
        let school = try desk.store.unit(matching: "Trường THCS Hòa Bình")
        try desk.store.declareLDTTHolders(unitID: school.id!, year: 2018, count: 10, actor: "office")
        try desk.store.decide("A2", .reject, reason: "Hồ sơ không đầy đủ", actor: "office")
        try desk.store.criticise(unitID: school.id!, text: "Xét thiếu cẩn thận", nominations: ["A2"], actor: "office")

        let s = try #require(try desk.store.yearSummary(year: 2018))
        #expect(s.units.map(\.unitName) == ["HTX Nông nghiệp Hòa Bình", "Trường THCS Hòa Bình"])
        let a = try #require(s.units.first { $0.unitName == "Trường THCS Hòa Bình" })
        // Two CSTĐCS nominations, one refused: one counts against 15 % of 10 declared holders (1 allowed)
        #expect(a.nominations == 3 && a.decided == 1 && a.cstdcs == 1 && a.ldttHolders == 10 && a.holdersDeclared)
        #expect(a.quotaAllowed == 1 && !a.overQuota && a.quotaFlag == nil)
        // One worker in three nominees reaches the default 30 % target
        #expect(a.favoured == 1 && a.criticisms == 1 && !s.belowFavouredTarget(a))
        let b = try #require(s.units.first { $0.unitName == "HTX Nông nghiệp Hòa Bình" })
        // The 2017 nomination belongs to another year
        #expect(b.nominations == 2 && b.favoured == 2 && !s.belowFavouredTarget(b) && b.criticisms == 0)
        #expect(s.district.nominations == 5 && s.district.favoured == 3 && s.district.criticisms == 1)
        #expect(s.favouredTarget == Share(30, 100))
    }

    @Test func aUnitOverItsQuotaCarriesTheFlagOnceAndTheTargetIsASetting() throws {
        let desk = try RuleDesk(nil, [Row(id: "A1", person: "P1"), Row(id: "A2", person: "P2")],
                                settings: "favoured_share_target = 50%\n")
        let school = try desk.store.unit(matching: "Trường THCS Hòa Bình")
        try desk.store.declareLDTTHolders(unitID: school.id!, year: 2018, count: 7, actor: "office")
        let s = try #require(try desk.store.yearSummary(year: 2018))
        let a = try #require(s.units.first)
        #expect(a.cstdcs == 2 && a.quotaAllowed == 1 && a.overQuota)
        #expect(a.quotaFlag?.check == .cstdcsQuota && a.quotaFlag?.severity == .violation)
        // The quota is the unit's: it does not make each of its nominations count as flagged (the core's
        // `CouncilAttention`), but the desk's attention lists both undecided CSTĐCS for the bulk confirmation
        #expect(a.flagged == 0)
        let attention = try desk.store.deskAttention()
        #expect(attention.flagged.isEmpty && attention.overQuota == ["A1", "A2"])
        #expect(s.favouredTarget == Share(50, 100) && a.favoured == 0 && s.belowFavouredTarget(a))
    }

    /// "No more than 15 %" read literally rounds down; other readings are a setting.
    @Test(arguments: [(QuotaRounding.down, [0, 0, 1, 1]), (.nearest, [0, 1, 2, 1]), (.up, [1, 1, 2, 2])])
    func theQuotaIsRoundedAsTheSettingSays(_ rounding: QuotaRounding, _ expected: [Int]) {
        // 15 % of 1, 4, 10 and 7 holders: 0,15 · 0,6 · 1,5 · 1,05
        #expect([1, 4, 10, 7].map { rounding.allowed(Share(15, 100), of: $0) } == expected)
    }

    @Test func aRoundingSettingChangesTheQuotaAndItsWording() throws {
        let desk = try RuleDesk(nil, [Row(id: "A1", person: "P1"), Row(id: "A2", person: "P2")],
                                settings: "cstdcs_quota_rounding = up\n")
        let school = try desk.store.unit(matching: "Trường THCS Hòa Bình")
        try desk.store.declareLDTTHolders(unitID: school.id!, year: 2018, count: 7, actor: "office")
        let s = try #require(try desk.store.yearSummary(year: 2018))
        let a = try #require(s.units.first)
        // 15 % of 7 = 1,05, rounded up: 2, so the two CSTĐCS are within it and no quota flag is raised
        #expect(a.quotaAllowed == 2 && !a.overQuota && a.quotaFlag == nil && s.rounding == .up)
        #expect(Vocabulary.vi.cstdcsQuota(a, quota: s.quota, rounding: s.rounding)
                == "Hạn mức CSTĐCS: 2 — 15% của 7 người đạt LĐTT (đơn vị kê khai) = 1,05, làm tròn lên · đã đề nghị 2 (trừ hồ sơ không đạt)")
        #expect(try desk.store.ruleFlags(of: "A1").allSatisfy { $0.check != .cstdcsQuota })
    }
}
