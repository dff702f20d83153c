import Testing
@testable import BinhXetSimilarity

/// A scan assesses relevance from the own words its re-use check tokenised (`OwnWords`) instead of
/// tokenising the own text again: every number of the assessment must be the one the text gives.
struct OwnWordsReadingTests {
    // The teachers' and farmers' model of the snapshot tests: the same archive, learned the same way.
    let fixture = RelevanceSnapshotTests()
    var teacher: DutyProfile { fixture.teacher }
    var farmer: DutyProfile { fixture.farmer }

    func model() -> DutyRelevance { fixture.learned() }

    /// Six reports of 2017 whose own texts the readings are made in.
    static func archive() -> SimilarityArchive {
        var archive = SimilarityArchive(parameters: ReportFixture.parameters, templates: TemplatePhrases(text: ReportFixture.templatePhrases))
        for i in 0..<6 {
            let info = DocumentInfo(id: "N2017-000\(i)", nomineeID: "CB\(i)", year: 2017, title: "Sáng kiến \(i)")
            archive.add(info, text: ReportFixture.report(title: info.title, author: "Tác giả \(i)", unit: "UBND xã Phú Vinh",
                                                         body: [ReportFixture.paragraphs[(i + 3) % 12]]))
        }
        return archive
    }

    /// Texts whose own words are hard to read alike: numbers (alone, in words, as the lexicon's),
    /// decomposed marks (NFD), ideographs, CRLF and lone CR breaks, a title line, template lines, a
    /// line of one word, punctuation glued to words.
    static var bodies: [String] {
        let p = ReportFixture.paragraphs
        return [
            p[0] + "\n" + p[1],
            "Năm 2018 có 15 lớp, 3 trường và 4.0 giờ; mã A12 và 12B.\r\n" + p[1] + "\rGiống lúa 99 ngày\r\n",
            "Giống lu\u{0301}a nga\u{0306}\u{0301}n nga\u{0300}y 漢字テスト một\nhai\n" + p[5],
            "Xuất phát từ những lý do trên, tôi đã quyết định chọn và áp dụng sáng kiến này tại đơn vị công tác.\n" + p[2],
            "x\n" + p[9] + "\n(ảnh)…“bón phân” - rầy nâu!" + p[0],
        ]
    }

    @Test("The reading from the own words is the reading of the own text, and so is every assessment")
    func readingEqualsTheText() {
        let model = model()
        var archive = Self.archive()
        var offDuty = 0, onDuty = 0
        for (n, body) in Self.bodies.enumerated() {
            let title = "Giống lúa và đọc sách \(n)"
            let text = ReportFixture.report(title: title, author: "Tác giả mới", unit: "Trường THCS", body: [body])
            let info = DocumentInfo(id: "N2018-000\(n)", nomineeID: "CBN\(n)", year: 2018, title: title)
            let (_, ownText, words) = archive.checkWithOwnWords(text: text, as: info) { _ in nil }
            #expect(ownText == archive.ownText(of: text, as: info))
            guard let words else { Issue.record("no own words for body \(n)"); continue }
            #expect(words.classHashes == TokenStream(text: ownText, numbersAsClass: true).hashes, "body \(n)")
            #expect(words.plainHashes == TokenStream(text: ownText, numbersAsClass: false).hashes, "body \(n)")
            let counted = DutyRelevance.termCounts(words)
            let reference = FieldCentroids.termCounts(ownText)   // in term order
            #expect(counted.map(\.0) == reference.terms, "body \(n)")
            #expect(counted.map(\.1) == reference.counts, "body \(n)")
            for profile in [teacher, farmer] {
                for (id, person, linked) in [("Y", "CBY", Set<String>()), ("T0", "CBT0", ["T2"]), ("", "", [])] {
                    let reading = model.reading(title: title, unit: profile.unit, ownWords: words)
                    let a = model.assess(id: id, person: person, profile, title: title, reading: reading, linked: linked)
                    let b = model.assess(id: id, person: person, profile, title: title, text: ownText, linked: linked)
                    #expect(a.score.bitPattern == b.score.bitPattern, "body \(n) \(profile.position) \(id)")
                    #expect(a.offDuty == b.offDuty)
                    #expect(a.textFields == b.textFields)
                    #expect(a.dutyFields == b.dutyFields)
                    #expect(a.dutyEvidence == b.dutyEvidence)
                    #expect(a.subjectWitnesses == b.subjectWitnesses)
                    #expect(a.textEvidence.isEmpty)
                    if b.offDuty { offDuty += 1 } else { onDuty += 1 }
                }
            }
        }
        // Both outcomes were compared.
        #expect(offDuty > 0 && onDuty > 0)
    }

    @Test("A reading learned from the own words is the reading of the own text, byte for byte as stored")
    func learnedReadingEqualsTheText() {
        let model = model()
        var archive = Self.archive()
        // A body that is all template (no own words at all) reads as the empty own text does.
        for (n, body) in (Self.bodies + [""]).enumerated() {
            let title = "Giống lúa và đọc sách \(n)"
            let text = ReportFixture.report(title: title, author: "Tác giả mới", unit: "Trường THCS", body: [body])
            let info = DocumentInfo(id: "N2018-000\(n)", nomineeID: "CBN\(n)", year: 2018, title: title)
            let (words, ownText) = archive.ownWords(of: text, as: info, withText: true)
            #expect(ownText == archive.ownText(of: text, as: info), "body \(n)")
            #expect(archive.ownWords(of: text, as: info).ownText == nil)
            guard let words, let ownText else { Issue.record("no own words for body \(n)"); continue }
            for profile in [teacher, farmer] {
                let a = model.read(id: info.id, person: "CBN", profile, title: title, ownWords: words)
                let b = model.read(id: info.id, person: "CBN", profile, title: title, text: ownText)
                #expect(DutyRelevance.textPart(of: a) == DutyRelevance.textPart(of: b), "body \(n)")
                #expect(a.termDigest == b.termDigest)
                #expect(!a.terms.isEmpty || n == Self.bodies.count, "body \(n): pairs were compared")
            }
        }
    }

    @Test("A text read without numbers as a class has no own words: it is assessed from its text")
    func noOwnWordsWithoutNumberClass() {
        var parameters = ReportFixture.parameters
        parameters.numbersAsClass = false
        let archive = SimilarityArchive(parameters: parameters)
        let info = DocumentInfo(id: "N1", title: "T")
        #expect(archive.checkWithOwnWords(text: "Năm 2018 có 15 lớp", as: info) { _ in nil }.ownWords == nil)
    }
}
