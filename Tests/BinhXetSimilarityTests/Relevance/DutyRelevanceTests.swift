import Testing
@testable import BinhXetSimilarity

struct DutyRelevanceTests {
    let lexicon = DomainLexicon(text: """
    # two fields
    [nong_nghiep] Nông nghiệp
    giống lúa, khuyến nông, rầy nâu, bón phân, mùa vụ, nông dân
    [giao_duc] Giáo dục
    related: van_hoa
    học sinh, giáo viên, thư viện nhà trường, đọc sách, giảng dạy, nhà trường
    [van_hoa] Văn hóa
    bảo tàng, hiện vật, tham quan
    """)

    @Test("The lexicon reads fields, related fields and terms")
    func readsLexicon() {
        #expect(self.lexicon.fields.map(\.code) == ["nong_nghiep", "giao_duc", "van_hoa"])
        #expect(self.lexicon.termCount == 15)
    }

    @Test("An initiative on the nominee's field fits; one on another field is off duty, with evidence")
    func onAndOffDuty() {
        let model = DutyRelevance(lexicon: lexicon)
        let teacher = DutyProfile(position: "Giáo viên", duties: "Giảng dạy, phụ trách thư viện nhà trường", unit: "Trường Tiểu học")
        let onDuty = model.assess(teacher, title: "Đọc sách cùng học sinh", text: ReportFixture.paragraphs[1])
        let offDuty = model.assess(teacher, title: "Phòng trừ rầy nâu", text: ReportFixture.paragraphs[0])
        #expect(!onDuty.offDuty)
        #expect(onDuty.score > 0.9)
        #expect(offDuty.offDuty)
        #expect(offDuty.textFields.first == "nong_nghiep")
        #expect(offDuty.dutyFields.first == "giao_duc")
        #expect(offDuty.textEvidence.contains("rầy nâu"))
        #expect(offDuty.dutyEvidence.contains("giảng dạy"))
        // A related field (the prior) is not off duty.
        #expect(!model.assess(teacher, title: "Tham quan bảo tàng", text: ReportFixture.paragraphs[5]).offDuty)
    }

    @Test("Duties with no lexicon term give no flag")
    func unknownDuties() {
        let model = DutyRelevance(lexicon: lexicon)
        let a = model.assess(DutyProfile(position: "Kỹ thuật viên", duties: "Vận hành lò hơi", unit: "Nhà máy"),
                             title: "Giống lúa mới", text: ReportFixture.paragraphs[0])
        #expect(!a.offDuty)
    }
}
