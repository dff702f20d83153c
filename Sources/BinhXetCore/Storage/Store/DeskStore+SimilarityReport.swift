import BinhXetSimilarity
import BinhXetText
import Foundation

// DeskStore reads and writes for SimilarityReportDocument; its types and rules stay in Reports/Document/SimilarityReportDocument.swift (one home for storage, issue 14).

extension DeskStore {
    /// The similarity report of one nomination, from its stored findings.
    public func similarityDocument(of nominationID: String, on day: CalendarDay) throws -> OfficialDocument {
        let all = try reviewedNominations()
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        guard let n = byID[nominationID] else { throw OneStopError.unknownNomination(nominationID) }
        let rules = try rules(of: nominationID)
        let context = DocumentContext(settings: try documentSettings(rules: rules), rules: rules, day: day)
        let findings = try findings(of: nominationID)
        let text = try initiativeText(of: nominationID) ?? ""
        let explainer = passageExplainer()
        let info = DocumentInfo(id: nominationID, title: n.initiativeTitle ?? "")
        let sources = try PassageReadingOrder.sources(findings).map { f in
            let sourceText = try f.sourceID.flatMap { try initiativeText(of: $0) } ?? ""
            let source = f.sourceID.flatMap { byID[$0] }
            return SimilarityReportDocument.Source(
                finding: f, nomination: source, text: sourceText,
                explanations: explainer.explain(text: text, as: info, source: sourceText,
                                                as: DocumentInfo(id: f.sourceID ?? "", title: source?.initiativeTitle ?? ""), pairs: f.passages))
        }
        return SimilarityReportDocument.build(n, text: text, sources: sources,
                                              offDuty: findings.first { $0.kind == .offDuty },
                                              parameters: SimilarityParameters.standard, context: context)
    }
}
