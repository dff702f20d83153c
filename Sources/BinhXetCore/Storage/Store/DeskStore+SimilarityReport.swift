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
        let sources = try findings.filter { $0.kind.hasSource }.sorted { $0.coverage > $1.coverage }.map { f in
            SimilarityReportDocument.Source(finding: f, nomination: f.sourceID.flatMap { byID[$0] },
                                            text: try f.sourceID.flatMap { try initiativeText(of: $0) } ?? "")
        }
        let folder = url.deletingLastPathComponent()
        let override = try? String(contentsOf: folder.appendingPathComponent("template-phrases.txt"), encoding: .utf8)
        let templates = (override ?? BundledSimilarityData.templatePhrases).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return SimilarityReportDocument.build(n, text: try initiativeText(of: nominationID) ?? "", sources: sources,
                                              offDuty: findings.first { $0.kind == .offDuty }, templates: templates,
                                              parameters: SimilarityParameters.standard, context: context)
    }
}
