import Testing
@testable import BinhXetSimilarity

/// What a passage says about itself: template not counted, the sections it spans, weak ones last.
struct PassageExplainerTests {
    static let body = "Năm học 2017 - 2018, lớp 8B của trường có 27 em, nhiều em còn lúng túng khi giải bài toán có lời văn; "
        + "thầy đã thử dùng sơ đồ đoạn thẳng trong các tiết luyện tập và thấy học sinh hiểu bài nhanh hơn hẳn."
    static let text = "PHẦN I. MỞ ĐẦU\n\(body)\nPHẦN II. NỘI DUNG\n\(body)\nPHẦN III. KẾT LUẬN\nPhần lớn học sinh tiến bộ rõ.\n"

    let explainer = PassageExplainer(archive: SimilarityArchive(templates: TemplatePhrases(text: "Cộng hòa xã hội chủ nghĩa Việt Nam")))

    func scalars(_ s: String) -> Int { s.unicodeScalars.count }

    @Test func templateIsMarkedAndNotCounted() throws {
        let header = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        let a = header + Self.body, b = header + Self.body.replacingOccurrences(of: "27 em", with: "31 em")
        let e = try #require(explainer.explain(text: a, source: b, pairs: [PassagePair(offset: 0, length: scalars(a), sourceOffset: 0,
                                                                                        sourceLength: scalars(b))]).first)
        let template = e.left.filter(\.template)
        #expect(template.count == 1 && template[0].start == 0 && template[0].end == scalars("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        // The size is the body's characters and the line break before it, not the national motto's.
        #expect(e.countedCharacters == Self.body.count + 1)
        #expect(e.sameWords.left == e.countedWords.left - 1 && !e.isWeak)
        #expect(e.sections == nil)
    }

    @Test func sectionsComeFromTheReportsHeadings() throws {
        let t = Self.text
        let second = scalars("PHẦN I. MỞ ĐẦU\n\(Self.body)\n")
        let pairs = [PassagePair(offset: 0, length: scalars(t), sourceOffset: 0, sourceLength: scalars(t)),
                     PassagePair(offset: second + 20, length: 40, sourceOffset: second + 20, sourceLength: 40)]
        let es = explainer.explain(text: t, source: t, pairs: pairs)
        #expect(es[0].sections?.first == "I" && es[0].sections?.last == "III" && es[0].sectionLevel == .part)
        #expect(es[1].sections?.first == "II" && es[1].sections?.last == "II")
        // "Phần lớn …" is prose, not a fourth part
        #expect(SectionHeadings(text: t).headings.map(\.label) == ["I", "II", "III"])
        #expect(SectionHeadings(text: "I. ĐẶT VẤN ĐỀ\nA\nII. NỘI DUNG\nB\nV. KẾT LUẬN\n").headings.map(\.label) == ["I", "II", "V"])
    }

    @Test func weakPassagesComeLastWhateverTheirPlace() {
        let t = Self.text
        let bodyStart = scalars("PHẦN I. MỞ ĐẦU\n")
        // A short pair first in the text, a long one later, and a long one paired with unrelated words.
        let other = "Công tác phòng chống dịch bệnh trên đàn gia súc được triển khai kịp thời ở mọi thôn trong xã."
        let source = t + other
        let pairs = [PassagePair(offset: bodyStart, length: 30, sourceOffset: bodyStart, sourceLength: 30),
                     PassagePair(offset: bodyStart, length: scalars(Self.body), sourceOffset: bodyStart, sourceLength: scalars(Self.body)),
                     PassagePair(offset: bodyStart, length: scalars(Self.body), sourceOffset: scalars(t), sourceLength: scalars(other))]
        let es = explainer.explain(text: t, source: source, pairs: pairs)
        #expect(es.map(\.isWeak) == [true, false, true])
        #expect(PassageExplanation.order(es) == [1, 2, 0] || PassageExplanation.order(es) == [1, 0, 2])
        #expect(PassageExplanation.order(es).first == 1)
        let weakOnes = PassageExplanation.order(es).dropFirst()
        #expect(weakOnes.allSatisfy { es[$0].isWeak })
        // Among the weak, the stronger first
        #expect(es[weakOnes.first!].strength >= es[weakOnes.last!].strength)
    }

    @Test func theWeakThresholdsAreParameters() {
        var p = ExplanationParameters()
        p.weakBelowSameWords = 1000
        let strict = PassageExplainer(archive: SimilarityArchive(), parameters: p)
        let t = Self.text
        let pair = PassagePair(offset: 0, length: scalars(t), sourceOffset: 0, sourceLength: scalars(t))
        #expect(strict.explain(text: t, source: t, pairs: [pair])[0].isWeak)
        #expect(!PassageExplainer(archive: SimilarityArchive()).explain(text: t, source: t, pairs: [pair])[0].isWeak)
    }
}
