import BinhXetCore
import BinhXetSimilarity
import BinhXetText
import Foundation

/// Findings as `--json` prints them: one object per finding, offsets in Unicode scalars of the decoded
/// NFC text (`binhxet text ID`).
struct FindingJSON: Encodable {
    var nomination: String
    var source: String?
    var kind: String
    var coverage: Double?
    var score: Double
    var titleReused: Bool?
    var sourceYear: Int?
    var sourceUnit: String?
    var passages: [PassageJSON]?
    var evidence: [String]?
    var dutyEvidence: [String]?
    var subjectWitnesses: [String]?

    struct PassageJSON: Encodable {
        var offset: Int
        var length: Int
        var sourceOffset: Int
        var sourceLength: Int
    }

    init(_ f: StoredFinding, sources: [String: NominationSummary] = [:]) {
        nomination = f.nominationID
        kind = f.kind.rawValue
        score = (f.score * 10_000).rounded() / 10_000
        if f.kind.hasSource {
            source = f.sourceID
            coverage = (f.coverage * 10_000).rounded() / 10_000
            titleReused = f.titleReused
            passages = f.passages.map { PassageJSON(offset: $0.offset, length: $0.length,
                                                    sourceOffset: $0.sourceOffset, sourceLength: $0.sourceLength) }
            if let s = f.sourceID.flatMap({ sources[$0] }) { sourceYear = s.year; sourceUnit = s.unitName }
        } else {
            evidence = f.evidence
            dutyEvidence = f.dutyEvidence
            subjectWitnesses = f.witnesses
        }
    }
}

/// Findings as a reader sees them on a terminal.
enum FindingText {
    /// `sources`: the sources as the rule checks read them, for a richer header (title, position that year,
    /// outcome, recognition); without them a source is named by person, unit, year and status.
    static func render(_ findings: [StoredFinding], names: [String: NominationSummary],
                       sources: [String: ReviewedNomination] = [:]) -> String {
        var out = ""
        for f in findings {
            let who = names[f.nominationID].map { " \($0.personName)" } ?? ""
            switch f.kind {
            case .offDuty:
                out += "\(f.nominationID)\(who)  off_duty  relevance \(Percent.of(f.score))\n"
                out += "    initiative: \(f.evidence.prefix(8).joined(separator: ", "))\n"
                out += "    duties:     \(f.dutyEvidence.prefix(8).joined(separator: ", "))\n"
                if !f.witnesses.isEmpty { out += "    same subject by: \(f.witnesses.joined(separator: ", "))\n" }
            default:
                let src = f.sourceID ?? "?"
                let s = names[src].map { " (\($0.personName), \($0.unitName), \($0.year), \($0.status.rawValue))" } ?? ""
                out += "\(f.nominationID)\(who)  \(f.kind.rawValue)  \(Percent.of(f.coverage)) of its text from \(src)\(s)"
                out += f.titleReused ? ", same title" : ""
                out += ", \(f.passages.count) passage\(f.passages.count == 1 ? "" : "s")\n"
                if let r = sources[src] {
                    if let t = r.initiativeTitle { out += "    source title:  \(t)\n" }
                    out += "    author then:   \(r.personName), \(r.position.isEmpty ? "—" : r.position), \(r.unitName) (\(r.year))\n"
                    out += "    outcome:       \(r.title.abbreviation) \(r.year): \(r.outcomeVietnamese)\n"
                    if let rec = r.recognitionVietnamese { out += "    recognition:   \(rec)\n" }
                }
            }
        }
        return out
    }

}
