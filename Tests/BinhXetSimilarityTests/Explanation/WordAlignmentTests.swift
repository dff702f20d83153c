import Foundation
import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

/// The two sides of a matched passage word by word: what differs is marked on both sides, over the text
/// exactly as written.
struct WordAlignmentTests {
    /// The text of each span of one kind, in order.
    func texts(_ spans: [AlignedSpan], _ text: String, _ kind: WordDifference) -> [String] {
        let s = Array(text.unicodeScalars)
        return spans.filter { $0.difference == kind }.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
    }

    func align(_ a: String, _ b: String) -> (left: [AlignedSpan], right: [AlignedSpan]) {
        WordAlignment.align(a, 0..<a.unicodeScalars.count, b, 0..<b.unicodeScalars.count)
    }

    /// Spans cover the range exactly, in order, without gaps or overlaps.
    func expectCovers(_ spans: [AlignedSpan], _ range: Range<Int>, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(spans.first?.start == range.lowerBound && spans.last?.end == range.upperBound, sourceLocation: sourceLocation)
        for (x, y) in zip(spans, spans.dropFirst()) { #expect(x.end == y.start && x.end > x.start, sourceLocation: sourceLocation) }
    }

    @Test func changedNumbersAndDatesAreMarkedOnBothSides() {
        let a = "Năm học 2017 - 2018, lớp có 27 em đạt giỏi."
        let b = "Năm học 2012 - 2013, lớp có 31 em đạt giỏi."
        let (l, r) = align(a, b)
        #expect(texts(l, a, .changed) == ["2017 - 2018", "27"])
        #expect(texts(r, b, .changed) == ["2012 - 2013", "31"])
        #expect(texts(l, a, .onlyHere).isEmpty && texts(r, b, .onlyHere).isEmpty)
        expectCovers(l, 0..<a.unicodeScalars.count)
        expectCovers(r, 0..<b.unicodeScalars.count)
    }

    @Test func changedNamesAndInsertedWords() {
        let a = "Thầy Nguyễn Văn An dạy lớp 8B theo nhóm bốn em, có chấm điểm thi đua."
        let b = "Thầy Lê Văn Hải dạy lớp 8A theo nhóm bốn em."
        let (l, r) = align(a, b)
        #expect(texts(l, a, .changed) == ["Nguyễn", "An", "8B"])
        #expect(texts(r, b, .changed) == ["Lê", "Hải", "8A"])
        #expect(texts(l, a, .onlyHere) == ["có chấm điểm thi đua"])
        #expect(texts(r, b, .onlyHere).isEmpty)
    }

    @Test func wordsLeftOutAreOnlyOnTheSideThatHasThem() {
        let a = "Học sinh vẽ sơ đồ trước lớp."
        let b = "Học sinh tự vẽ sơ đồ đoạn thẳng trước lớp."
        let (l, r) = align(a, b)
        #expect(texts(l, a, .onlyHere).isEmpty && texts(l, a, .changed).isEmpty)
        #expect(texts(r, b, .onlyHere) == ["tự", "đoạn thẳng"])
    }

    @Test func identicalPassagesAreOneSameSpan() {
        let a = "Mỗi bài toán được tóm tắt bằng sơ đồ đoạn thẳng.\nHọc sinh trình bày trước lớp."
        let (l, r) = align(a, a)
        #expect(l == [AlignedSpan(start: 0, end: a.unicodeScalars.count, difference: .same)])
        #expect(r == l)
    }

    @Test func caseTonesAndĐDoNotMakeWordsDiffer() {
        // Compared folded as the checker compares: a copy typed without marks is still the same words.
        let a = "Đổi mới phương pháp dạy học môn Toán"
        let b = "doi moi phuong phap day hoc mon toan"
        let (l, r) = align(a, b)
        #expect(l.count == 1 && l[0].difference == .same && r.count == 1 && r[0].difference == .same)
    }

    @Test func nfdInputKeepsOffsetsIntoTheTextAsWritten() {
        let nfc = "Năm học 2017 - 2018 lớp có 27 em"
        let nfd = "Năm học 2012 - 2013 lớp có 31 em".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count - 0)
        let (l, r) = align(nfc, nfd)
        #expect(texts(l, nfc, .changed) == ["2017 - 2018", "27"])
        // The NFD side's spans count its combining marks: the changed words are found where they are written.
        #expect(texts(r, nfd, .changed) == ["2012 - 2013", "31"])
        expectCovers(r, 0..<nfd.unicodeScalars.count)
        #expect(texts(r, nfd, .same).joined().precomposedStringWithCanonicalMapping.hasPrefix("Năm học "))
    }

    @Test func onlyTheRangeGivenIsAligned() {
        let a = "Mở đầu. Năm học 2017 - 2018 lớp có 27 em. Kết luận."
        let b = "Năm học 2012 - 2013 lớp có 27 em"
        let start = 8, end = 8 + "Năm học 2017 - 2018 lớp có 27 em".unicodeScalars.count
        let (l, _) = WordAlignment.align(a, start..<end, b, 0..<b.unicodeScalars.count)
        expectCovers(l, start..<end)
        #expect(texts(l, a, .changed) == ["2017 - 2018"])
    }

    @Test func theEditScriptIsShortestOnRandomEdits() {
        // Seeded: random word lists with random substitutions, insertions and deletions; the matches found
        // must be a common subsequence as long as the dynamic-programming LCS.
        var rng = SeededGenerator(printingSeedFor: "theEditScriptIsShortestOnRandomEdits")
        for _ in 0..<200 {
            let a = (0..<Int(rng.next() % 40)).map { _ in rng.next() % 6 }
            var b = a
            for _ in 0..<Int(rng.next() % 8) {
                let op = rng.next() % 3
                let at = b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count))
                switch op {
                case 0 where !b.isEmpty: b[at] = rng.next() % 6
                case 1: b.insert(rng.next() % 6, at: at)
                default: if !b.isEmpty { b.remove(at: at) }
                }
            }
            let script = try! #require(WordAlignment.editScript(a, b, maxEdits: 1000))
            #expect(script.count == lcs(a, b))
            for (x, y) in script { #expect(a[x] == b[y]) }
            for (p, q) in zip(script, script.dropFirst()) { #expect(p.0 < q.0 && p.1 < q.1) }
        }
    }

    @Test func beyondTheEditBoundTheMiddleIsChanged() {
        let a: [UInt64] = [1, 2, 3, 4, 5, 9], b: [UInt64] = [1, 6, 7, 8, 9]
        #expect(WordAlignment.editScript(Array(a[1..<5]), Array(b[1..<4]), maxEdits: 3) == nil)
        let (ka, kb) = WordAlignment.kinds(a, b, maxEdits: 3)
        #expect(ka == [.same, .changed, .changed, .changed, .changed, .same])
        #expect(kb == [.same, .changed, .changed, .changed, .same])
    }

    func lcs(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var t = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
            }
        }
        return t[0][0]
    }
}
