import BinhXetSimilarity
import Foundation
import GRDB

/// The archive's boilerplate fingerprints (held by at least `boilerplateThreshold` initiatives) read
/// from the desk's stored index (`DeskFingerprintIndex`: `fingerprint_posting` keeps each hash's number
/// of documents), for reading own texts without loading the index in memory.
///
/// Learning the relevance model reads every initiative's own text, and the own text leaves out what the
/// archive holds as boilerplate: with the index loaded for it (every blob restored, 58 million postings
/// at 100,000 reports) the learning after an import grew to 10 GB resident (issue 13). The answer needs
/// only the few thousand hashes at or above the threshold, the same set `SimilarityArchive
/// .freezeBoilerplate` takes out of a loaded index (`StoredBoilerplateTests`).
enum StoredBoilerplate {
    /// An archive that reads own texts as the desk's whole archive would (`SimilarityArchive
    /// .init(parameters:templates:boilerplate:)`), or nil when the stored index cannot stand for the
    /// archive: none made with `parameters`, or initiatives it lacks (the caller then loads the index).
    static func archive(_ store: DeskStore, parameters: SimilarityParameters, templates: TemplatePhrases) throws -> SimilarityArchive? {
        guard let (index, missing) = try DeskFingerprintIndex.open(store, parameters: parameters), missing.isEmpty else {
            return nil
        }
        // The threshold of an archive of every initiative, as a loaded one computes it.
        let threshold = SimilarityArchive(parameters: parameters, templates: .none, capacity: 1)
            .boilerplateThreshold(documents: index.documentCount)
        // One pass over the table's rows without their postings (kept in overflow pages, not read), through
        // SQLite's reads: pages read through the memory map would stay in the resident size.
        let hashes = try DeskRelevanceReadings.readUnmapped(store) { db -> [UInt64] in
            try Int64.fetchAll(db, sql: "SELECT hash FROM fingerprint_posting WHERE documents >= ?", arguments: [threshold])
                .map { UInt64(bitPattern: $0) }
        }
        return SimilarityArchive(parameters: parameters, templates: templates, boilerplate: hashes)
    }
}
