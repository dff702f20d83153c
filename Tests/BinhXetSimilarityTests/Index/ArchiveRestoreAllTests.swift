import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

/// The archive a scan loads from every stored blob at once must answer exactly as one restored blob by blob.
struct ArchiveRestoreAllTests {
    @Test("An archive restored from all blobs at once finds, reads and freezes as one restored blob by blob")
    func archiveRestoredInBulk() {
        var parameters = ReportFixture.parameters
        // Each paragraph is in 4 reports: text they share; the stock sentence in 12: boilerplate.
        parameters.boilerplateMinDocuments = 10
        let templates = TemplatePhrases(text: ReportFixture.templatePhrases)
        var texts: [String: String] = [:]
        var infos: [DocumentInfo] = []
        let paragraphs = ReportFixture.paragraphs.count
        // Reports sharing paragraphs with each other, and a stock sentence held by enough of them to be
        // boilerplate.
        for i in 0..<24 {
            let info = DocumentInfo(id: "N2017-\(1000 + i)", nomineeID: "CB\(i % 9)", year: 2017 + i / 8,
                                    title: "Sáng kiến số \(i)", receivedOn: "\(2017 + i / 8)-03-\(10 + i % 8)")
            let body = [ReportFixture.paragraphs[i % paragraphs], ReportFixture.paragraphs[(i * 7 + 3) % paragraphs]]
                + (i % 2 == 0 ? [ArchiveBoilerplateTests.stock] : [])
            texts[info.id] = ReportFixture.report(title: info.title, author: "Tác giả \(i)", unit: "UBND xã Phú Vinh", body: body)
            infos.append(info)
        }
        var oneByOne = SimilarityArchive(parameters: parameters, templates: templates, capacity: 4)
        var blobs: [(DocumentInfo, [UInt8])] = []
        for info in infos {
            let blob = DeskBlob.of(texts[info.id]!, parameters)
            blobs.append((info, blob))
            try? oneByOne.restore(info, fingerprints: blob)
        }
        // One blob made with other parameters: given back to be fingerprinted from its text.
        var other = parameters
        other.guaranteeThreshold += 1
        let foreign = DocumentInfo(id: "N2019-9999", year: 2019, title: "Khác")
        blobs.append((foreign, DeskBlob.of(texts[infos[0].id]!, other)))
        var bulk = SimilarityArchive(parameters: parameters, templates: templates, capacity: 4)
        var next = 0
        let unusable = bulk.restoreAll {
            defer { next += 1 }
            return next < blobs.count ? blobs[next] : nil
        }
        #expect(unusable.map(\.id) == [foreign.id])
        #expect(bulk.count == oneByOne.count)
        for (frozen, archive) in [(false, oneByOne), (true, oneByOne)] {
            var a = archive, b = bulk
            if frozen { a.freezeBoilerplate(); b.freezeBoilerplate() }
            var found = 0
            for info in infos {
                let text = texts[info.id]!
                #expect(b.lineRoles(of: text, as: info) == a.lineRoles(of: text, as: info))
                let x = a.check(text: text, as: info) { texts[$0.id] }
                let y = b.check(text: text, as: info) { texts[$0.id] }
                #expect(y.map(\.source) == x.map(\.source))
                #expect(y.map(\.passages) == x.map(\.passages))
                #expect(y.map(\.score) == x.map(\.score))
                found += x.count
            }
            #expect(found > 0)
        }
        // Adding to it afterwards: the new report is a source at once, and removing it takes it out.
        let late = DocumentInfo(id: "N2020-0001", nomineeID: "CB99", year: 2020, title: "Sáng kiến muộn", receivedOn: "2020-01-01")
        let lateText = texts[infos[5].id]!
        bulk.add(late, text: lateText)
        oneByOne.add(late, text: lateText)
        texts[late.id] = lateText
        let probe = DocumentInfo(id: "N2021-0001", nomineeID: "CB98", year: 2021, title: "Sáng kiến mới", receivedOn: "2021-01-01")
        let viaBulk = bulk.check(text: lateText, as: probe) { texts[$0.id] }
        #expect(viaBulk.map(\.source) == oneByOne.check(text: lateText, as: probe) { texts[$0.id] }.map(\.source))
        #expect(viaBulk.contains { $0.source == late.id })
        bulk.remove(id: late.id)
        #expect(!bulk.check(text: lateText, as: probe) { texts[$0.id] }.contains { $0.source == late.id })
    }
}

private enum DeskBlob {
    static func of(_ text: String, _ parameters: SimilarityParameters) -> [UInt8] {
        FingerprintCoding.encode(SimilarityArchive.fingerprints(of: text, parameters: parameters), parameters: parameters)
    }
}
