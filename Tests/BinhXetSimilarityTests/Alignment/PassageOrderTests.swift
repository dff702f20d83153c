import Testing
@testable import BinhXetSimilarity

/// Passages follow the source in order: one per stretch the copy took in the source's order, joined
/// across the frame only where the copy kept it, and, in text without line structure, bounded by the
/// matched words rather than by lines.
struct PassageOrderTests {
    let p = ReportFixture.paragraphs

    func slice(_ text: String, _ range: (Int, Int)) -> String {
        let s = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(s[range.0..<(range.0 + range.1)]))
    }

    func passages(_ a: String, _ b: String) -> [(String, String)] {
        SimilarityArchive.compare(a, with: b).map { (slice(a, ($0.offset, $0.length)), slice(b, ($0.sourceOffset, $0.sourceLength))) }
    }

    @Test("Paragraphs kept in order are one passage; reordered ones are one passage each")
    func orderDecides() {
        let source = [p[0], p[1], p[2], p[3]].joined(separator: "\n") + "\n"
        let inOrder = passages([p[10], p[0], p[1], p[2], p[11]].joined(separator: "\n") + "\n", source)
        #expect(inOrder.count == 1)
        #expect(inOrder.first?.0 == [p[0], p[1], p[2]].joined(separator: "\n"))
        #expect(inOrder.first?.1 == [p[0], p[1], p[2]].joined(separator: "\n"))
        let reordered = passages([p[2], p[0], p[1]].joined(separator: "\n") + "\n", source)
        #expect(reordered.map(\.0) == [p[2], [p[0], p[1]].joined(separator: "\n")])
        #expect(reordered.map(\.1) == [p[2], [p[0], p[1]].joined(separator: "\n")])
    }

    @Test("A paragraph the copy left out of the source cuts the passage")
    func deletionCuts() {
        let source = [p[0], p[1], p[2]].joined(separator: "\n") + "\n"
        let found = passages([p[0], p[2]].joined(separator: "\n") + "\n", source)
        #expect(found.map(\.1) == [p[0], p[2]])
    }

    @Test("Between copied paragraphs, a heading kept as in the source joins them; a rewritten one cuts")
    func frameDecides() {
        let source = [p[4], "II. GIẢI PHÁP THỰC HIỆN", p[5]].joined(separator: "\n") + "\n"
        let kept = passages([p[4], "II. GIẢI PHÁP THỰC HIỆN", p[5]].joined(separator: "\n") + "\n", source)
        #expect(kept.count == 1)
        let rewritten = passages([p[4], "II. NỘI DUNG VÀ CÁCH LÀM MỚI", p[5]].joined(separator: "\n") + "\n", source)
        #expect(rewritten.map(\.0) == [p[4], p[5]])
    }

    @Test("Without line structure a passage is bounded by the copied words")
    func noLines() {
        // Two long texts on one line each, sharing one paragraph in the middle.
        let own = [p[6], p[7], p[8]].joined(separator: " ")
        let theirs = [p[9], p[10], p[11]].joined(separator: " ")
        var parameters = SimilarityParameters.standard
        parameters.maxUnitTokens = 60
        let a = own + " " + p[3] + " " + own, b = theirs + " " + p[3] + " " + theirs
        let found = SimilarityArchive.compare(a, with: b, parameters: parameters)
        #expect(found.count == 1)
        let f = found[0]
        let copied = slice(a, (f.offset, f.length))
        #expect(copied.contains(p[3].dropLast(20)))
        #expect(copied.count < p[3].count + 40)
        #expect(slice(b, (f.sourceOffset, f.sourceLength)).count < p[3].count + 40)
    }
}
