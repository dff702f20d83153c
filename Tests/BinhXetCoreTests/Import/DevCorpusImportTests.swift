import BinhXetCore
import BinhXetText
import Foundation
import Testing

/// The evaluation corpus sits beside the repository (../shared/corpus) on every machine and in CI.
enum DevCorpus {
    static let folder: URL = {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { dir = dir.deletingLastPathComponent() }  // Tests/BinhXetCoreTests/Import/x.swift → repo
        return dir.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    }()
    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("truth.json").path) }
}

@Suite(.enabled(if: DevCorpus.isPresent, "the dev corpus is not at ../shared/corpus/dev"))
struct DevCorpusImportTests {
    @Test func everyDocumentDecodesToItsGroundTruthText() throws {
        // Given the whole dev corpus imported into a fresh desk
        let s = try Scratch()
        let store = try s.makeDesk()
        let report = try NominationImporter(store: store).importCSV(at: DevCorpus.folder.appendingPathComponent("nominations.csv"))
        #expect(report.added == 1482)
        // Then every document's stored text is the ground-truth canonical text, whatever its format
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: DevCorpus.folder.appendingPathComponent("truth.json"))) as! [String: Any]
        let documents = truth["documents"] as! [String: [String: Any]]
        #expect(documents.count == 1407)
        var mismatched: [String] = []
        for (docID, doc) in documents {
            let nomination = doc["nomination_id"] as! String
            let text = try store.initiativeText(of: nomination) ?? ""
            if SHA256.hex(of: text) != doc["text_sha256"] as! String || text.unicodeScalars.count != doc["chars"] as! Int {
                mismatched.append("\(docID) (\(doc["format"] as! String))")
            }
        }
        #expect(mismatched.isEmpty, "\(mismatched.count) documents differ: \(mismatched.sorted().prefix(10))")
        // And re-importing changes nothing
        let again = try NominationImporter(store: store).importCSV(at: DevCorpus.folder.appendingPathComponent("nominations.csv"))
        #expect(again.added == 0 && again.unchanged == 1482)
    }
}
