import Testing
@testable import BinhXetSimilarity

struct DutyRelevanceTests {
    /// Two related fields and one other: the lexicon every relevance test reads.
    static var fixtureLexicon: DomainLexicon {
        DomainLexicon(text: """
    # two fields
    [nong_nghiep] Nông nghiệp
    giống lúa, khuyến nông, rầy nâu, bón phân, mùa vụ, nông dân
    [giao_duc] Giáo dục
    related: van_hoa
    học sinh, giáo viên, thư viện nhà trường, đọc sách, giảng dạy, nhà trường
    [van_hoa] Văn hóa
    bảo tàng, hiện vật, tham quan
    """)
    }
    let lexicon = DutyRelevanceTests.fixtureLexicon

    @Test("The lexicon reads fields, related fields and terms")
    func readsLexicon() {
        #expect(self.lexicon.fields.map(\.code) == ["nong_nghiep", "giao_duc", "van_hoa"])
        #expect(self.lexicon.termCount == 15)
    }

    let teacher = DutyProfile(position: "Giáo viên", duties: "Giảng dạy, phụ trách thư viện nhà trường", unit: "Trường Tiểu học")

    @Test("An initiative on the nominee's field fits; one on another field is off duty, with evidence")
    func onAndOffDuty() {
        let model = DutyRelevance(lexicon: lexicon)
        let onDuty = model.assess(teacher, title: "Đọc sách cùng học sinh", text: ReportFixture.paragraphs[1])
        let offDuty = model.assess(teacher, title: "Phòng trừ rầy nâu", text: ReportFixture.paragraphs[0])
        #expect(!onDuty.offDuty)
        // With no archive, the duties' word is all there is: the prior of a field they name.
        #expect(onDuty.score >= SimilarityParameters.standard.relevanceNamedFieldPrior - 0.01)
        #expect(offDuty.offDuty)
        #expect(offDuty.score < onDuty.score / 10)
        #expect(offDuty.textFields.first == "nong_nghiep")
        #expect(offDuty.dutyFields.first == "giao_duc")
        #expect(offDuty.textEvidence.contains("rầy nâu"))
        #expect(offDuty.dutyEvidence.contains("giảng dạy"))
    }

    /// A model that learned `count` initiatives of teachers (other people) on one subject (paragraph 5:
    /// museums, 1: reading), a farmer's on rice and museum guides' on their museum.
    func modelWithColleagues(writingAbout paragraph: Int, count: Int,
                             parameters: SimilarityParameters = .standard) -> DutyRelevance {
        var model = DutyRelevance(lexicon: lexicon, parameters: parameters)
        let title = paragraph == 5 ? "Tham quan bảo tàng" : "Đọc sách cùng học sinh"
        for i in 0..<count {
            model.learn(id: "N\(i)", person: "CB\(i)", teacher, title: title, text: ReportFixture.paragraphs[paragraph])
        }
        model.learn(id: "X", person: "CBX", DutyProfile(position: "Xã viên", duties: "Sản xuất lúa", unit: "HTX"),
                    title: "Giống lúa", text: ReportFixture.paragraphs[0])
        for i in 0..<3 {
            model.learn(id: "M\(i)", person: "CBM\(i)", DutyProfile(position: "Thuyết minh viên", duties: "Thuyết minh", unit: "Bảo tàng"),
                        title: "Tham quan bảo tàng", text: ReportFixture.paragraphs[5])
        }
        model.prepare()
        return model
    }

    @Test("A field the nominee's colleagues write about is part of the job; one none of many wrote about is not")
    func colleaguesTeachTheJob() {
        let museum = (title: "Tham quan bảo tàng", text: ReportFixture.paragraphs[5])
        // A related field alone is weak evidence…
        let alone = DutyRelevance(lexicon: lexicon).assess(teacher, title: museum.title, text: museum.text)
        #expect(alone.score < 0.5)
        // …but teachers' own initiatives about museums show it is part of the job.
        let taught = modelWithColleagues(writingAbout: 5, count: 5).assess(id: "Y", person: "CBY", teacher,
                                                                           title: museum.title, text: museum.text)
        #expect(!taught.offDuty)
        #expect(taught.score > 0.9)
        // Forty colleagues who all wrote about reading make a related field less likely still.
        let reading = modelWithColleagues(writingAbout: 1, count: 40)
        let untaught = reading.assess(id: "Y", person: "CBY", teacher, title: museum.title, text: museum.text)
        #expect(untaught.offDuty)
        #expect(untaught.score < alone.score)
    }

    @Test("The nominee's own initiatives witness less than a colleague's; re-used ones not at all")
    func noSelfWitness() {
        let museum = (title: "Tham quan bảo tàng", text: ReportFixture.paragraphs[5])
        let model = modelWithColleagues(writingAbout: 5, count: 1)
        let witnessed = model.assess(id: "Y", person: "CBY", teacher, title: museum.title, text: museum.text).score
        // The one museum initiative is the nominee's own earlier one, or one this initiative re-uses.
        let own = model.assess(id: "Y", person: "CB0", teacher, title: museum.title, text: museum.text).score
        let reused = model.assess(id: "Y", person: "CBY", teacher, title: museum.title, text: museum.text, linked: ["N0"]).score
        #expect(witnessed > own)
        #expect(own > reused)
        // With no weight for one's own initiatives, an own one is worth what a re-used one is.
        var parameters = SimilarityParameters.standard
        parameters.relevanceOwnWitnessWeight = 0
        let strict = modelWithColleagues(writingAbout: 5, count: 1, parameters: parameters)
        let ownStrict = strict.assess(id: "Y", person: "CB0", teacher, title: museum.title, text: museum.text).score
        let reusedStrict = strict.assess(id: "Y", person: "CBY", teacher, title: museum.title, text: museum.text,
                                         linked: ["N0"]).score
        #expect(abs(ownStrict - reusedStrict) < 1e-9)
        #expect(witnessed > 2 * ownStrict)
    }

    @Test("Initiatives sharing a title subject testify with their authors' jobs what the subject is")
    func titleSubjectWitnesses() {
        // Two farmers wrote on a subject their job covers, in words the lexicon reads as culture (museums);
        // a commune agriculture officer now writes on the same subject, worded the same way.
        let subjectTitle = "Kinh nghiệm về cánh đồng mẫu lớn"
        let museumText = ReportFixture.paragraphs[5]
        let farmer = DutyProfile(position: "Xã viên", duties: "Sản xuất lúa, khuyến nông", unit: "HTX")
        let officer = DutyProfile(position: "Cán bộ khuyến nông", duties: "Hướng dẫn nông dân về giống lúa", unit: "UBND xã")
        var parameters = SimilarityParameters.standard
        parameters.relevanceNeighbours = 0  // the title's testimony alone, not the texts worded alike
        func model(farmersTitle: String) -> DutyRelevance {
            var model = DutyRelevance(lexicon: lexicon, parameters: parameters)
            for i in 0..<10 {
                model.learn(id: "R\(i)", person: "CBR\(i)", farmer, title: "Giống lúa vụ \(i)", text: ReportFixture.paragraphs[0])
            }
            for i in 0..<2 {
                model.learn(id: "F\(i)", person: "CBF\(i)", farmer, title: farmersTitle, text: museumText)
            }
            for i in 0..<30 {  // other titles, so the subject's words are not boilerplate
                model.learn(id: "T\(i)", person: "CBT\(i)", teacher, title: "Đọc sách ở lớp \(i)", text: ReportFixture.paragraphs[1])
            }
            model.prepare()
            return model
        }
        let alone = model(farmersTitle: "Tham quan di tích").assess(id: "Y", person: "CBY", officer, title: subjectTitle,
                                                                   text: museumText)
        let witnessed = model(farmersTitle: subjectTitle)
        let officerScore = witnessed.assess(id: "Y", person: "CBY", officer, title: subjectTitle, text: museumText)
        #expect(alone.offDuty)
        #expect(!officerScore.offDuty)
        #expect(officerScore.score > 0.5)
        #expect(officerScore.subjectWitnesses == ["Xã viên (2)"])
        #expect(alone.subjectWitnesses.isEmpty)
        // The same initiative from a teacher gains nothing from it: the subject is farmers', not teachers'.
        let fromTeacher = witnessed.assess(id: "Z", person: "CBZ", DutyProfile(position: "Giáo viên", duties: "Giảng dạy môn Toán",
                                                                                 unit: "Trường Tiểu học"),
                                           title: subjectTitle, text: museumText)
        #expect(fromTeacher.score < officerScore.score / 2)
    }

    @Test("Duties with no lexicon term give no flag")
    func unknownDuties() {
        let model = DutyRelevance(lexicon: lexicon)
        let a = model.assess(DutyProfile(position: "Kỹ thuật viên", duties: "Vận hành lò hơi", unit: "Nhà máy"),
                             title: "Giống lúa mới", text: ReportFixture.paragraphs[0])
        #expect(!a.offDuty)
    }

    @Test("Evidence terms are shown as the text writes them, never as the lexicon's folded match")
    func evidenceAsWritten() {
        let lexicon = DomainLexicon(text: """
        [thien_van] Thiên văn
        Mặt Trăng, hành tinh, ngôi sao
        [giao_duc] Giáo dục
        học sinh, giảng dạy
        """)
        let model = DutyRelevance(lexicon: lexicon)
        // "mất trắng" (a crop lost entirely) folds to the same syllables as "Mặt Trăng" (the Moon)
        let a = model.assess(teacher, title: "Vụ mùa", text: "Năm ấy mưa bão, ruộng lúa mất trắng. Mùa sau lại mất trắng.\n")
        #expect(a.textEvidence.contains("mất trắng"))
        #expect(!a.textEvidence.contains("Mặt Trăng"))
    }
}
