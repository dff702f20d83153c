import BinhXetCore
import BinhXetSimilarity
import Testing

/// A passage names itself: position, size without template (thousands grouped as each language writes
/// them), the report sections it spans, and "yếu" when weak.
struct PassageCaptionTests {
    static let body = "Năm học 2017 - 2018, lớp 8B của trường có 27 em, nhiều em còn lúng túng khi giải bài toán có lời văn; "
        + "thầy đã thử dùng sơ đồ đoạn thẳng trong các tiết luyện tập và thấy học sinh hiểu bài nhanh hơn hẳn.\n"

    func explained(_ text: String, _ pair: PassagePair) -> PassageExplanation {
        PassageExplainer(archive: SimilarityArchive()).explain(text: text, source: text, pairs: [pair])[0]
    }

    @Test func thousandsAreGroupedTheLanguagesWay() {
        #expect(Vocabulary.vi.grouped(4158) == "4.158" && Vocabulary.en.grouped(4158) == "4,158")
        #expect(Vocabulary.vi.grouped(999) == "999" && Vocabulary.vi.grouped(1_234_567) == "1.234.567")
        #expect(Vocabulary.vi.passageSize(4158) == "4.158 ký tự" && Vocabulary.en.passageSize(4158) == "4,158 characters")
    }

    @Test func aLongPassageAcrossSectionsSaysWhichAndHowLong() {
        let sections = ["I", "II", "III", "IV", "V"].map { "\($0). MỤC \($0)\n" + String(repeating: Self.body, count: 3) }
        let text = sections.joined()
        let n = text.unicodeScalars.count
        let e = explained(text, PassagePair(offset: 0, length: n, sourceOffset: 0, sourceLength: n))
        // Every character but the five headings' (each "X. MỤC X" is template)
        let headings = ["I", "II", "III", "IV", "V"].reduce(0) { $0 + "\($1). MỤC \($1)".count }
        #expect(e.countedCharacters == text.count - headings)
        #expect(Vocabulary.vi.passageCaption(2, of: 2, e) == "Đoạn 2/2 · \(Vocabulary.vi.grouped(text.count - headings)) ký tự · mục I–V")
        #expect(Vocabulary.en.passageCaption(2, of: 2, e) == "Passage 2/2 · \(Vocabulary.en.grouped(text.count - headings)) characters · sections I–V")
    }

    @Test func aShortPassageIsWeakAndSaysSo() {
        let text = "I. MỞ ĐẦU\n" + Self.body
        let start = "I. MỞ ĐẦU\n".unicodeScalars.count
        let e = explained(text, PassagePair(offset: start, length: 30, sourceOffset: start, sourceLength: 30))
        #expect(e.isWeak)
        #expect(Vocabulary.vi.passageCaption(3, of: 3, e) == "Đoạn 3/3 · 30 ký tự · mục I · yếu")
        #expect(Vocabulary.en.passageCaption(3, of: 3, e) == "Passage 3/3 · 30 characters · section I · weak")
        // Without an explanation (the source's text is not stored), only the position
        #expect(Vocabulary.vi.passageCaption(1, of: 3, nil) == "Đoạn 1/3")
    }
}
