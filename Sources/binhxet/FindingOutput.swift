import BinhXetCLIWords
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
                out += "\(f.nominationID)\(who)  " + words(.fOffDuty, Percent.of(f.score)) + "\n"
                out += "    \(words(.fInitiative)) \(f.evidence.prefix(8).joined(separator: ", "))\n"
                out += "    \(DisplayWidth.fit(words(.fDuties), to: DisplayWidth.of(words(.fInitiative)))) \(f.dutyEvidence.prefix(8).joined(separator: ", "))\n"
                if !f.witnesses.isEmpty { out += "    " + words(.fSameSubject, f.witnesses.joined(separator: ", ")) + "\n" }
            default:
                let src = f.sourceID ?? "?"
                let s = names[src].map { " (\($0.personName), \($0.unitName), \($0.year), \(words.vocabulary.status($0.status)))" } ?? ""
                // The kind's code stays in English output (scripts read it); Vietnamese output words it.
                let kind = words.language == .vi ? words.vocabulary.findingKind(f.kind) : f.kind.rawValue
                out += "\(f.nominationID)\(who)  \(kind)  " + words(.fFrom, Percent.coverage(f.coverage, in: words.language), src) + s
                out += f.titleReused ? words(.fSameTitle) : ""
                out += ", \(words.count(f.passages.count, .nPassages))\n"
                if let r = sources[src] {
                    // The labels padded to one column (the source title's is the longest in both languages)
                    let w = [CLIString.fSourceTitle, .fAuthorThen, .fOutcome, .fRecognition].map { DisplayWidth.of(words($0)) }.max()! + 1
                    func label(_ k: CLIString) -> String { DisplayWidth.fit(words(k), to: w) }
                    if let t = r.initiativeTitle { out += "    \(label(.fSourceTitle)) \(t)\n" }
                    out += "    \(label(.fAuthorThen)) \(r.personName), \(r.position.isEmpty ? "—" : r.position), \(r.unitName) (\(r.year))\n"
                    out += "    \(label(.fOutcome)) \(r.title.abbreviation) \(r.year): \(words.vocabulary.outcome(of: r))\n"
                    if let rec = words.vocabulary.recognition(of: r) { out += "    \(label(.fRecognition)) \(rec)\n" }
                }
            }
        }
        return out
    }

}
