import Testing
@testable import BinhXetSimilarity

/// Boilerplate the phrase list does not name is learned from the archive: a sentence held by
/// `boilerplateMinDocuments` reports or more is template; held by fewer, it is text one report took from
/// another.
struct ArchiveBoilerplateTests {
    /// A stock sentence of one district's reports, in no phrase list.
    static let stock = "Trong quá trình triển khai sáng kiến, bản thân tôi luôn nhận được sự quan tâm giúp đỡ tận tình của lãnh đạo cơ quan, sự phối hợp nhịp nhàng của các đồng nghiệp trong tổ chuyên môn và sự ủng hộ nhiệt tình của nhân dân địa phương."

    static func text(_ paragraphs: [Int], author: String) -> String {
        ReportFixture.report(title: "Sáng kiến của \(author)", author: author, unit: "UBND xã Phú Vinh",
                             body: paragraphs.map { ReportFixture.paragraphs[$0] } + [stock], extraStock: false)
    }

    /// An archive of `count` reports that each carry the stock sentence after a paragraph of their own.
    static func archive(holdingTheSentence count: Int) -> (SimilarityArchive, [String: String]) {
        var archive = SimilarityArchive(parameters: ReportFixture.parameters, templates: TemplatePhrases(text: ReportFixture.templatePhrases))
        var texts: [String: String] = [:]
        for i in 0..<count {
            let info = DocumentInfo(id: "N2017-000\(i)", nomineeID: "CB\(i)", year: 2017, title: "Sáng kiến của Tác giả \(i)")
            texts[info.id] = text([i], author: "Tác giả \(i)")
            archive.add(info, text: texts[info.id]!)
        }
        return (archive, texts)
    }

    @Test("A sentence many archived reports hold is template; the same sentence in fewer is a copied passage")
    func learnedFromTheArchive() throws {
        let threshold = ReportFixture.parameters.boilerplateMinDocuments
        let report = Self.text([10, 11], author: "Tác giả mới")
        let info = DocumentInfo(id: "N2018-0001", nomineeID: "CB9", year: 2018, title: "Sáng kiến của Tác giả mới")
        let stockLine = report.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == Self.stock }!

        // Held by as many reports as the threshold: the sentence is boilerplate, the report has no finding
        let (common, commonTexts) = Self.archive(holdingTheSentence: threshold)
        #expect(common.boilerplateThreshold == threshold)
        #expect(Array(common.lineRoles(of: report, as: info))[stockLine] == "T")
        #expect(common.check(text: report, as: info) { commonTexts[$0.id] }.isEmpty)

        // Held by fewer: it is the report's own text, and one report it shares it with is a source
        let (rare, rareTexts) = Self.archive(holdingTheSentence: threshold - 1)
        #expect(Array(rare.lineRoles(of: report, as: info))[stockLine] == "C")
        let findings = rare.check(text: report, as: info) { rareTexts[$0.id] }
        let f = try #require(findings.first)
        let scalars = Array(report.unicodeScalars)
        #expect(f.passages.contains { String(String.UnicodeScalarView(scalars[$0.offset..<($0.offset + $0.length)])) == Self.stock })
    }

    @Test("A frozen boilerplate table reads every line and finds every source as the index does, at and around the threshold")
    func frozenTableReadsAsTheIndex() {
        let threshold = ReportFixture.parameters.boilerplateMinDocuments
        let report = Self.text([10, 11], author: "Tác giả mới")
        let info = DocumentInfo(id: "N2018-0001", nomineeID: "CB9", year: 2018, title: "Sáng kiến của Tác giả mới")
        var compared = 0
        for count in [threshold - 1, threshold, threshold + 2] {
            let (archive, texts) = Self.archive(holdingTheSentence: count)
            var frozen = archive
            frozen.freezeBoilerplate()
            for (id, text) in texts.sorted(by: { $0.key < $1.key }) + [(info.id, report)] {
                let as_ = archive.document(id: id) ?? info
                #expect(frozen.lineRoles(of: text, as: as_) == archive.lineRoles(of: text, as: as_))
                #expect(frozen.ownText(of: text, as: as_) == archive.ownText(of: text, as: as_))
                compared += 1
            }
            let plain = archive.check(text: report, as: info) { texts[$0.id] }
            let viaTable = frozen.check(text: report, as: info) { texts[$0.id] }
            #expect(viaTable.map(\.source) == plain.map(\.source))
            #expect(viaTable.map(\.passages) == plain.map(\.passages))
            #expect(viaTable.map(\.coverage) == plain.map(\.coverage))
            // The sentence is template exactly when the archive holds it often enough, frozen or not.
            let stockLine = report.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == Self.stock }!
            #expect(Array(frozen.lineRoles(of: report, as: info))[stockLine] == (count >= threshold ? "T" : "C"))
        }
        #expect(compared == 3 * (threshold + 1) + 1)
        // Adding a document drops the table: the new one's fingerprints count at once.
        var (archive, texts) = Self.archive(holdingTheSentence: threshold - 1)
        archive.freezeBoilerplate()
        let extra = DocumentInfo(id: "N2017-0099", nomineeID: "CB99", year: 2017, title: "Sáng kiến của Tác giả 99")
        texts[extra.id] = Self.text([9], author: "Tác giả 99")
        archive.add(extra, text: texts[extra.id]!)
        let stockLine = report.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == Self.stock }!
        #expect(Array(archive.lineRoles(of: report, as: info))[stockLine] == "T")
    }
}
