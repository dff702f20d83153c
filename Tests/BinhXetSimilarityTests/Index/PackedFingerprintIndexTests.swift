import Testing
import BinhXetTestSupport
@testable import BinhXetSimilarity

/// The index a scan loads in bulk must answer exactly as the one documents are added to one by one.
struct PackedFingerprintIndexTests {
    /// Random documents over few hashes (0 and hashes with the top bits set among them), with repeats
    /// inside a document, so hashes fall below, at and past the cap.
    static func documents(_ rng: inout SeededGenerator, count: Int) -> [[Fingerprint]] {
        let pool: [UInt64] = (0..<150).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) } + Array(0...50) + [.max, 1 << 63]
        return (0..<count).map { _ in
            var position = 0
            return (0..<Int.random(in: 0...25, using: &rng)).map { _ in
                position += Int.random(in: 0...3, using: &rng)   // equal positions too
                return Fingerprint(hash: pool.randomElement(using: &rng)!, position: position)
            }
        }
    }

    static func postings(_ index: FingerprintIndex, _ hash: UInt64) -> [[Int32]] {
        var out: [[Int32]] = []
        index.forEachPosting(hash) { out.append([$0.document, $0.position]) }
        return out
    }

    @Test("Packed in bulk, then unpacked and changed, the index reads as one built document by document", arguments: [1, 3, 4096])
    func matchesTheIndexBuiltOneByOne(cap: Int) {
        var rng = SeededGenerator(printingSeedFor: "PackedFingerprintIndexTests.matchesTheIndexBuiltOneByOne(cap: \(cap))")
        let documents = Self.documents(&rng, count: 80)
        var reference = FingerprintIndex(capacity: 4)
        reference.maxPostingsPerHash = cap
        var builder = PackedFingerprintIndex.Builder(cap: cap)
        // Slots in increasing order, as a bulk load numbers the documents it reads.
        for d in documents.indices {
            reference.add(documents[d], document: Int32(d))
            builder.add(documents[d], document: Int32(d))
        }
        let packed = PackedFingerprintIndex(builder)

        // Unpacked (what a bulk load reads), it is the reference — frequencies, postings in order, hashes
        // below, at and past the cap — and takes additions and removals as the reference does.
        let hashes = Set(documents.flatMap { $0.map(\.hash) }).union([2_000_000, 12_345, .max - 1])
        var unpacked = FingerprintIndex(unpacking: packed)
        var pastCap = 0
        for h in hashes {
            #expect(unpacked.documentFrequency(h) == reference.documentFrequency(h), "hash \(h)")
            #expect(Self.postings(unpacked, h) == Self.postings(reference, h), "hash \(h)")
            if reference.documentFrequency(h) > cap { pastCap += 1 }
        }
        if cap < 4096 { #expect(pastCap > 0) }
        for threshold in [1, 2, 3, 5, 10] {
            #expect(Set(unpacked.hashes(heldByAtLeast: threshold)) == Set(reference.hashes(heldByAtLeast: threshold)))
        }
        #expect(unpacked.hashCount == reference.hashCount && unpacked.postingCount == reference.postingCount)
        let more = Self.documents(&rng, count: 10)
        for (i, fingerprints) in more.enumerated() {
            unpacked.add(fingerprints, document: Int32(100 + i))
            reference.add(fingerprints, document: Int32(100 + i))
        }
        for d: Int32 in [3, 17, 104] {
            unpacked.remove(document: d)
            reference.remove(document: d)
        }
        for h in hashes.union(more.flatMap { $0.map(\.hash) }) {
            #expect(unpacked.documentFrequency(h) == reference.documentFrequency(h), "hash \(h)")
            #expect(Self.postings(unpacked, h) == Self.postings(reference, h), "hash \(h)")
        }
    }

    @Test("An archive restored in bulk finds, reads and freezes as one restored blob by blob")
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
        // Adding to the bulk archive unpacks its index: the new report is a source at once.
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
