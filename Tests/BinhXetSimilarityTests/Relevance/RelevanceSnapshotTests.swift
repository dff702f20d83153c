import Foundation
import Testing
import BinhXetTestSupport
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

/// The model read in place (`DutyRelevance.mappedSnapshot`, `init(mapped:)`): every view of it must read
/// what the learned model holds, so assessments are the same to the last digit (issue 13).
struct MappedRelevanceTests {
    let lexicon = DutyRelevanceTests.fixtureLexicon
    static let positions = ["Giáo viên", "Xã viên", "Kế toán", "Cán bộ văn hóa", "Y sĩ", ""]
    static let duties = ["Giảng dạy môn Ngữ văn", "Sản xuất lúa, khuyến nông", "Kế toán ngân sách",
                         "Quản lý bảo tàng, hiện vật", "Phụ trách thư viện nhà trường", "Tiêm chủng"]
    static let units = ["Trường THCS Hồng Kim", "HTX Vân Khê", "UBND xã Hòa Bình", "Trạm y tế", ""]
    static let titles = ["Đọc sách ở lớp", "Giống lúa vụ mới", "Tham quan bảo tàng", "Sổ theo dõi tiêm chủng",
                         "Một số giải pháp nâng cao hiệu quả", "Phần mềm quản lý văn bản"]
    static var sentences: [String] {
        ReportFixture.paragraphs.flatMap { $0.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    struct Case { var id, person: String; var profile: DutyProfile; var title, text: String; var linked: Set<String> }

    /// A random archive: ids (some not ASCII, so byte order and the dictionary's disagree with `<`),
    /// persons with several initiatives, shared duty wordings and titles, texts of random sentences.
    static func randomModel(_ rng: inout SeededGenerator, lexicon: DomainLexicon) -> (DutyRelevance, [String], [String: String]) {
        var model = DutyRelevance(lexicon: lexicon)
        let sentences = Self.sentences
        let persons = (0..<Int.random(in: 3...20, using: &rng)).map { "CB\($0)" + ($0 % 4 == 0 ? "Đ" : "") }
        var ids: [String] = []
        var authors: [String: String] = [:]
        for k in 0..<Int.random(in: 5...90, using: &rng) {
            let id = (k % 7 == 3 ? "Đ" : "N") + "\(2015 + k % 5)-\(String(format: "%04d", k))"
            ids.append(id)
            let text = (0..<Int.random(in: 1...6, using: &rng)).map { _ in sentences.randomElement(using: &rng)! }.joined(separator: ". ")
            let person = persons.randomElement(using: &rng)!
            authors[id] = person
            model.learn(id: id, person: person, randomProfile(&rng),
                        title: titles.randomElement(using: &rng)! + " \(k % 3)", text: text)
        }
        model.prepare()
        return (model, ids, authors)
    }

    static func randomProfile(_ rng: inout SeededGenerator) -> DutyProfile {
        DutyProfile(position: positions.randomElement(using: &rng)!, duties: duties.randomElement(using: &rng)!,
                    unit: units.randomElement(using: &rng)!)
    }

    /// A query: a learned initiative assessed again (with its author, so its own and its author's other
    /// initiatives count less), or a new one by a learned author, a new author or nobody; linked to a few.
    static func randomCase(_ rng: inout SeededGenerator, ids: [String], authors: [String: String]) -> Case {
        let sentences = Self.sentences
        let learned = ids.randomElement(using: &rng)!
        let id = [learned, learned, "", "X-\(Int.random(in: 0...9, using: &rng))"].randomElement(using: &rng)!
        let person = [authors[learned]!, authors[learned]!, "", "CBX"].randomElement(using: &rng)!
        let sameAuthor = ids.filter { authors[$0] == person }
        let linked = Set((0..<Int.random(in: 0...3, using: &rng)).map { _ in
            (Bool.random(using: &rng) ? sameAuthor.randomElement(using: &rng) : nil) ?? ids.randomElement(using: &rng)!
        })
        let text = (0..<Int.random(in: 1...5, using: &rng)).map { _ in sentences.randomElement(using: &rng)! }.joined(separator: ". ")
        return Case(id: id, person: person, profile: randomProfile(&rng), title: titles.randomElement(using: &rng)! + " 1",
                    text: text, linked: linked)
    }

    @Test("A model read in place assesses as the model it was written from, on random archives (seed printed)")
    func randomArchives() throws {
        var rng = SeededGenerator(printingSeedFor: "MappedRelevanceTests.randomArchives")
        for round in 0..<12 {
            let (model, ids, authors) = Self.randomModel(&rng, lexicon: lexicon)
            let bytes = try #require(model.mappedSnapshot(label: "round \(round)"))
            let mapped = try DutyRelevance(mapped: ModelBytes(copying: bytes), lexicon: lexicon)
            #expect(DutyRelevance.label(ofMapped: ModelBytes(copying: bytes)) == "round \(round)")
            #expect(mapped.learnedCount == model.learnedCount)
            // The form before it, read back and written in place, is the same bytes (the desk converts so).
            let restored = try DutyRelevance(snapshot: model.snapshot(), lexicon: lexicon)
            #expect(restored.mappedSnapshot(label: "round \(round)") == bytes, "round \(round)")
            for _ in 0..<25 {
                let c = Self.randomCase(&rng, ids: ids, authors: authors)
                let a = model.assess(id: c.id, person: c.person, c.profile, title: c.title, text: c.text, linked: c.linked)
                let b = mapped.assess(id: c.id, person: c.person, c.profile, title: c.title, text: c.text, linked: c.linked)
                #expect(a == b, "round \(round): \(c.id) \(c.person) \(c.profile) \(c.linked)")
                #expect(a.score.bitPattern == b.score.bitPattern, "round \(round): \(c.id) \(c.person)")
            }
        }
    }

    @Test("Bytes that are not a mapped model, cut short or made with another lexicon are refused")
    func refusesOtherBytes() throws {
        var rng = SeededGenerator(seed: 7)
        let (model, _, _) = Self.randomModel(&rng, lexicon: lexicon)
        let bytes = try #require(model.mappedSnapshot(label: "x"))
        for cut in [1, 9, bytes.count / 2, bytes.count - 8] {
            #expect(throws: DutyRelevance.SnapshotError.self) {
                try DutyRelevance(mapped: ModelBytes(copying: Array(bytes.prefix(cut))), lexicon: lexicon)
            }
        }
        #expect(throws: DutyRelevance.SnapshotError.self) {
            try DutyRelevance(mapped: ModelBytes(copying: model.snapshot()), lexicon: lexicon)
        }
        #expect(DutyRelevance.label(ofMapped: ModelBytes(copying: model.snapshot())) == nil)
        #expect(throws: DutyRelevance.SnapshotError.self) {
            try DutyRelevance(mapped: ModelBytes(copying: bytes), lexicon: DomainLexicon(text: "[a] A\nmột\n"))
        }
    }

    @Test("A damaged mapped model is refused or read within its bounds: assessing it never reads outside (seed printed)")
    func damagedBytesStayInBounds() throws {
        var rng = SeededGenerator(printingSeedFor: "MappedRelevanceTests.damagedBytesStayInBounds")
        let (model, ids, authors) = Self.randomModel(&rng, lexicon: lexicon)
        let bytes = try #require(model.mappedSnapshot(label: "x"))
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                damaged[Int.random(in: 0..<damaged.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            guard let read = try? DutyRelevance(mapped: ModelBytes(copying: damaged), lexicon: lexicon) else { continue }
            for _ in 0..<3 {
                let c = Self.randomCase(&rng, ids: ids, authors: authors)
                _ = read.assess(id: c.id, person: c.person, c.profile, title: c.title, text: c.text, linked: c.linked)
            }
        }
    }
}
