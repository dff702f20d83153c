import BinhXetText
import Foundation
import Testing
@testable import BinhXetSimilarity

/// Findings against a small archive: five reports of 2013–2017 (two paragraphs each, from
/// `ReportFixture.paragraphs` 0–9), each by another nominee; paragraphs 10 and 11 are nobody's yet.
struct SimilarityArchiveTests {
    let archive: SimilarityArchive
    let texts: [String: String]

    init() {
        var archive = SimilarityArchive(parameters: ReportFixture.parameters,
                                        templates: TemplatePhrases(text: ReportFixture.templatePhrases))
        var texts: [String: String] = [:]
        for i in 0..<5 {
            let info = Self.info(i)
            let text = ReportFixture.report(title: info.title, author: "Tác giả \(i)", unit: "Trường Tiểu học Phú Vinh",
                                            body: [ReportFixture.paragraphs[2 * i], ReportFixture.paragraphs[2 * i + 1]])
            archive.add(info, text: text)
            texts[info.id] = text
        }
        self.archive = archive
        self.texts = texts
    }

    static func info(_ i: Int) -> DocumentInfo {
        DocumentInfo(id: "N201\(3 + i)-0001", nomineeID: "CB\(i)", unit: "Trường Tiểu học Phú Vinh", year: 2013 + i,
                     title: "Sáng kiến số \(i) về công tác chuyên môn", receivedOn: "201\(3 + i)-05-20")
    }

    func check(_ text: String, nominee: String, title: String = "Một đề tài mới hoàn toàn khác") -> [Finding] {
        let info = DocumentInfo(id: "N2018-0001", nomineeID: nominee, unit: "Trường Tiểu học Phú Vinh", year: 2018,
                                title: title, receivedOn: "2018-05-20")
        return archive.check(text: text, as: info) { texts[$0.id] }
    }

    @Test("A report's own text is its body words in their spelling, a line per body line, without the template")
    func ownTextIsTheBody() {
        let body = [ReportFixture.paragraphs[10], ReportFixture.paragraphs[11]]
        let text = ReportFixture.report(title: "Một đề tài mới", author: "Tác giả mới", unit: "Trường Tiểu học Phú Vinh", body: body)
        let own = archive.ownText(of: text)
        let lines = own.split(separator: "\n").map(String.init)
        // Each body paragraph, its words joined by single spaces (punctuation is not a word)
        func words(_ s: String) -> [String] {
            let scalars = Array(s.unicodeScalars)
            return TokenStream(text: s).tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        #expect(lines.map { $0.split(separator: " ").map(String.init) } == body.map(words))
        #expect(!own.contains("CỘNG HÒA") && !own.contains("Xuất phát từ những lý do trên"))
        #expect(own.hasSuffix("\n"))
    }

    func slice(_ text: String, _ offset: Int, _ length: Int) -> String {
        let s = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(s[offset..<(offset + length)]))
    }

    @Test("The nominee's own earlier report submitted again is self_reuse, passages exact")
    func selfReuse() throws {
        // Given nominee CB1 submits the body of their 2014 report again under a new title
        let body = [ReportFixture.paragraphs[2], ReportFixture.paragraphs[3]]
        let text = ReportFixture.report(title: "Một đề tài mới hoàn toàn khác", author: "Tác giả 1", unit: "Trường Tiểu học Phú Vinh", body: body)
        // When it is checked
        let findings = check(text, nominee: "CB1")
        // Then the 2014 report is its only source, re-used as a whole
        #expect(findings.map(\.source) == ["N2014-0001"])
        let f = try #require(findings.first)
        #expect(f.kind == .selfReuse)
        #expect(f.coverage > 0.9)
        #expect(!f.titleReused)
        // And the passages cover exactly the two paragraphs on both sides
        let source = texts["N2014-0001"]!
        let covered = f.passages.map { slice(text, $0.offset, $0.length) }.joined(separator: "\n")
        let sourceCovered = f.passages.map { slice(source, $0.sourceOffset, $0.sourceLength) }.joined(separator: "\n")
        for p in body { #expect(covered.contains(p)); #expect(sourceCovered.contains(p)) }
        #expect(!covered.contains("Tác giả"))
    }

    @Test("Another person's earlier report is copy_other")
    func copyOther() throws {
        let text = ReportFixture.report(title: "Một đề tài mới hoàn toàn khác", author: "Người khác", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[4], ReportFixture.paragraphs[5]])
        let f = try #require(check(text, nominee: "CB9").first)
        #expect(f.source == "N2015-0001")
        #expect(f.kind == .copyOther)
    }

    @Test("One copied section among the nominee's own text is partial")
    func partial() throws {
        let text = ReportFixture.report(title: "Một đề tài mới hoàn toàn khác", author: "Người khác", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[10], ReportFixture.paragraphs[11], ReportFixture.paragraphs[6]])
        let f = try #require(check(text, nominee: "CB9").first)
        #expect(f.source == "N2016-0001")
        #expect(f.kind == .partial)
        #expect(f.coverage > 0.2 && f.coverage < 0.5)
    }

    @Test("A report that shares only the template with the archive has no finding")
    func templateOnly() {
        let text = ReportFixture.report(title: "Sáng kiến số 0 về công tác chuyên môn", author: "Tác giả 0", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[10], ReportFixture.paragraphs[11]])
        #expect(check(text, nominee: "CB0").isEmpty)
    }

    @Test("A kept title is reported, with its own passage")
    func titleReuse() throws {
        let title = "Sáng kiến số 3 về công tác chuyên môn"
        let text = ReportFixture.report(title: title, author: "Người khác", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[6], ReportFixture.paragraphs[7]])
        let f = try #require(check(text, nominee: "CB9", title: title).first)
        #expect(f.titleReused)
        #expect(f.passages.contains { slice(text, $0.offset, $0.length).contains(title) })
    }

    @Test("Reordered sentences, reordered paragraphs and an inserted paragraph still align")
    func survivesReorderingAndInsertion() throws {
        // Given the 2013 report's paragraphs swapped, the sentences of one reversed, a new paragraph between
        let p0 = ReportFixture.paragraphs[0]
        let reversed = p0.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .reversed().joined(separator: ". ") + "."
        let text = ReportFixture.report(title: "Một đề tài mới hoàn toàn khác", author: "Người khác", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[1], ReportFixture.paragraphs[11], reversed])
        let f = try #require(check(text, nominee: "CB9").first)
        #expect(f.source == "N2013-0001")
        let covered = f.passages.map { slice(text, $0.offset, $0.length) }.joined(separator: "\n")
        #expect(covered.contains(ReportFixture.paragraphs[1]))
        #expect(covered.contains(reversed))
        #expect(!covered.contains(ReportFixture.paragraphs[11]))
    }

    @Test("Offsets count scalars of NFD and không dấu texts exactly", arguments: ["nfd", "khongdau"])
    func offsetsOfOtherSpellings(spelling: String) throws {
        let body = [ReportFixture.paragraphs[8], ReportFixture.paragraphs[9]]
        let nfc = ReportFixture.report(title: "Một đề tài mới hoàn toàn khác", author: "Người khác", unit: "Trường Tiểu học Phú Vinh", body: body)
        func spell(_ s: String) -> String { spelling == "nfd" ? s.decomposedStringWithCanonicalMapping : VietnameseFolding.stripMarks(s) }
        let text = spell(nfc)
        let f = try #require(check(text, nominee: "CB9").first)
        #expect(f.source == "N2017-0001")
        let covered = f.passages.map { slice(text, $0.offset, $0.length) }
        for p in body { #expect(covered.contains { $0.contains(spell(p)) }) }
    }

    @Test("An archive restored from fingerprint blobs finds the same")
    func restoredArchive() throws {
        var restored = SimilarityArchive(parameters: ReportFixture.parameters, templates: TemplatePhrases(text: ReportFixture.templatePhrases))
        for i in 0..<5 {
            let info = Self.info(i)
            let blob = FingerprintCoding.encode(SimilarityArchive.fingerprints(of: texts[info.id]!, parameters: ReportFixture.parameters),
                                                parameters: ReportFixture.parameters)
            try restored.restore(info, fingerprints: blob)
        }
        let text = ReportFixture.report(title: "Một đề tài mới", author: "Người khác", unit: "Trường Tiểu học Phú Vinh",
                                        body: [ReportFixture.paragraphs[2], ReportFixture.paragraphs[3]])
        let info = DocumentInfo(id: "N2018-0001", nomineeID: "CB9", year: 2018, receivedOn: "2018-05-20")
        let a = archive.check(text: text, as: info) { texts[$0.id] }
        let b = restored.check(text: text, as: info) { texts[$0.id] }
        #expect(a == b)
        #expect(!a.isEmpty)
        // And removing the source removes the finding
        restored.remove(id: "N2014-0001")
        #expect(restored.check(text: text, as: info) { texts[$0.id] }.isEmpty)
        #expect(restored.count == 4)
    }

    @Test("Sources received later are not sources")
    func direction() {
        let text = texts["N2015-0001"]!
        let findings = archive.check(text: text, as: Self.info(2)) { texts[$0.id] }
        #expect(findings.isEmpty)
    }

    @Test("compare finds the passages two texts share, without an archive")
    func compareTwoTexts() {
        let a = ReportFixture.paragraphs[3] + "\n" + ReportFixture.paragraphs[10]
        let b = ReportFixture.paragraphs[11] + "\n" + ReportFixture.paragraphs[3]
        let passages = SimilarityArchive.compare(a, with: b)
        #expect(passages.count == 1)
        let p = passages[0]
        #expect(slice(a, p.offset, p.length) == ReportFixture.paragraphs[3])
        #expect(slice(b, p.sourceOffset, p.sourceLength) == ReportFixture.paragraphs[3])
    }
}
