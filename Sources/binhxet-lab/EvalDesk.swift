import BinhXetCore
import BinhXetText
import Foundation

/// An evaluation corpus imported into a temporary desk by the product's own importer, so the figures
/// are those of the desk a council uses: the same CSV parsing, document readers and stored texts.
final class EvalDesk {
    let folder: URL
    let store: DeskStore
    let report: ImportReport
    /// Nominations whose stored text differs from truth.json's length or checksum (offsets unreliable).
    private(set) var checksumMismatches: [String] = []

    init(corpus: URL) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bx-eval-\(UUID().uuidString)")
        store = try DeskStore.create(at: folder.appendingPathComponent("eval.desk"))
        report = try NominationImporter(store: store, actor: "eval")
            .importCSV(at: corpus.appendingPathComponent("nominations.csv"))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Compares every stored text with the canonical text truth.json describes.
    func verify(against truth: EvalTruth) throws {
        var mismatches: [String] = []
        for document in truth.documents.values {
            let text = try store.initiativeText(of: document.nomination_id) ?? ""
            if text.unicodeScalars.count != document.chars || SHA256.hex(of: text) != document.text_sha256 {
                mismatches.append(document.nomination_id)
            }
        }
        checksumMismatches = mismatches.sorted()
    }
}
