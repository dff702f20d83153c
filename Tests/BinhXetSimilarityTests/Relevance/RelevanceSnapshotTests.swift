import Testing
@testable import BinhXetSimilarity

/// A relevance model kept in the desk (`DutyRelevance.snapshot`) assesses exactly as the model it was
/// taken from: checks with duties read it instead of learning the archive again (issue 13).
struct RelevanceSnapshotTests {
    let lexicon = DutyRelevanceTests.fixtureLexicon
    let teacher = DutyProfile(position: "Giáo viên", duties: "Giảng dạy môn Ngữ văn", unit: "Trường THCS")
    let farmer = DutyProfile(position: "Xã viên", duties: "Sản xuất lúa, khuyến nông", unit: "HTX")

    func learned() -> DutyRelevance {
        var model = DutyRelevance(lexicon: lexicon)
        for i in 0..<12 {
            model.learn(id: "T\(i)", person: "CBT\(i % 9)", teacher, title: "Đọc sách ở lớp \(i)",
                        text: ReportFixture.paragraphs[i % 3 == 0 ? 5 : 1])
        }
        for i in 0..<8 {
            model.learn(id: "F\(i)", person: "CBF\(i)", farmer, title: "Giống lúa vụ \(i)", text: ReportFixture.paragraphs[0])
        }
        model.prepare()
        return model
    }

    @Test("A model read back from its snapshot gives every assessment to the last digit")
    func roundTrip() throws {
        let model = learned()
        let restored = try DutyRelevance(snapshot: model.snapshot(), lexicon: lexicon)
        #expect(restored.learnedCount == model.learnedCount)
        let cases: [(String, String, DutyProfile, String, Set<String>)] = [
            ("Y", "CBY", teacher, ReportFixture.paragraphs[5], []),
            ("T0", "CBT0", teacher, ReportFixture.paragraphs[5], []),
            ("Y", "CBT1", teacher, ReportFixture.paragraphs[1], ["T2"]),
            ("Z", "CBZ", farmer, ReportFixture.paragraphs[5], []),
            ("", "", farmer, ReportFixture.paragraphs[0], []),
        ]
        for (id, person, profile, text, linked) in cases {
            let a = model.assess(id: id, person: person, profile, title: "Tham quan bảo tàng", text: text, linked: linked)
            let b = restored.assess(id: id, person: person, profile, title: "Tham quan bảo tàng", text: text, linked: linked)
            #expect(a == b, "\(id) \(person)")
            #expect(a.score.bitPattern == b.score.bitPattern)
        }
        // The snapshot of a snapshot is the same bytes: nothing is lost or reordered on the way.
        #expect(restored.snapshot() == model.snapshot())
    }

    @Test("Bytes that are not a snapshot, cut short or made with another lexicon are refused")
    func refusesOtherBytes() {
        let bytes = learned().snapshot()
        #expect(throws: DutyRelevance.SnapshotError.self) { try DutyRelevance(snapshot: Array(bytes.dropLast(9)), lexicon: lexicon) }
        #expect(throws: DutyRelevance.SnapshotError.self) { try DutyRelevance(snapshot: [1, 2, 3], lexicon: lexicon) }
        let other = DomainLexicon(text: "[a] A\nmột\n")
        #expect(throws: DutyRelevance.SnapshotError.self) { try DutyRelevance(snapshot: bytes, lexicon: other) }
    }
}
