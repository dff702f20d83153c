import BinhXetSimilarity
import GRDB

extension DeskStore {
    /// The explainer of this desk's passages: template is what the desk's phrase list (its override file,
    /// else the built-in one) and the shape of the lines make it. The archive's document frequencies are
    /// not read here: they need the whole index (0.5 s at 10,000 reports), and a screen opens in
    /// milliseconds; the checker has already kept boilerplate out of what it matched.
    public func passageExplainer(parameters: SimilarityParameters = .standard) -> PassageExplainer {
        let data = SimilarityData.forDesk(folder: url.deletingLastPathComponent())
        return PassageExplainer(archive: SimilarityArchive(parameters: parameters, templates: data.templates, capacity: 1))
    }

    /// Each source's passages explained, by source ID, in the order of the finding's `passages`.
    /// Computed when read, from the stored texts: nothing of it is stored.
    public func passageExplanations(of nominationID: String, findings: [StoredFinding],
                                    explainer: PassageExplainer) throws -> [String: [PassageExplanation]] {
        let withPassages = findings.filter { $0.sourceID != nil && !$0.passages.isEmpty }
        guard !withPassages.isEmpty, let own = try initiativeTextAndTitle(of: nominationID) else { return [:] }
        var out: [String: [PassageExplanation]] = [:]
        for f in withPassages {
            guard let sid = f.sourceID, out[sid] == nil, let source = try initiativeTextAndTitle(of: sid) else { continue }
            out[sid] = explainer.explain(text: own.text, as: DocumentInfo(id: nominationID, title: own.title),
                                         source: source.text, as: DocumentInfo(id: sid, title: source.title), pairs: f.passages)
        }
        return out
    }

    private func initiativeTextAndTitle(of nominationID: String) throws -> (text: String, title: String)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT text, title FROM initiative WHERE nominationID = ?",
                                             arguments: [nominationID]),
                  let text = row["text"] as String? else { return nil }
            return (text, (row["title"] as String?) ?? "")
        }
    }
}
