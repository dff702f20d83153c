import ArgumentParser
import BinhXetCore
import Foundation
import BinhXetSimilarity

/// Test support, hidden from help: stores findings described in a small file, so the review screens
/// and the end-to-end test have something to show on a desk where `binhxet scan` has not run (or does not
/// exist yet). Passages are given as text and located in both initiatives here, so fixtures never carry
/// hand-counted offsets.
struct DebugAddFindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug-add-finding", abstract: "Store findings from a fixture file (test support).",
        shouldDisplay: false)

    @Option(help: "The fixture file (see Tests/Fixtures/review-desk/findings.tsv).") var from: String
    @OptionGroup var deskOptions: DeskOptions

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let text = try CLIError.wrap { try String(contentsOfFile: from, encoding: .utf8) }
        let fixture = try CLIError.wrap { try FindingFixture(parsing: text) }
        let findings = try CLIError.wrap { try fixture.findings(in: store) }
        try CLIError.wrap { try store.replaceFindings(findings, forNominations: fixture.checked) }
        writeOut("\(findings.count) findings stored for \(fixture.checked.count) checked nominations\n")
    }
}

/// The fixture format: `checked` lines list nominations the checker has seen; `finding` lines give a
/// finding with its passages as verbatim text (or, for off-duty, its evidence terms).
struct FindingFixture {
    struct Line {
        var nominationID: String
        var sourceID: String?
        var kind: FindingKind
        var coverage: Double
        var score: Double
        var texts: [String]
    }

    var checked: [String] = []
    var lines: [Line] = []

    init(parsing text: String) throws {
        for (n, raw) in text.split(separator: "\n").enumerated() where !raw.hasPrefix("#") {
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func bad(_ why: String) -> CLIError { CLIError("fixture line \(n + 1): \(why)") }
            switch f.first {
            case "checked" where f.count == 2:
                checked += f[1].split(separator: " ").map(String.init)
            case "finding" where f.count == 7:
                guard let kind = FindingKind(rawValue: f[3]) else { throw bad("unknown kind \(f[3])") }
                guard let coverage = Double(f[4]), let score = Double(f[5]) else { throw bad("coverage and score are numbers") }
                lines.append(Line(nominationID: f[1], sourceID: f[2] == "-" ? nil : f[2], kind: kind, coverage: coverage,
                                  score: score, texts: f[6].components(separatedBy: "‖")))
            default:
                throw bad("expected `checked<TAB>IDs` or `finding<TAB>` and six fields")
            }
        }
    }

    /// The findings, with each passage located in both stored texts.
    func findings(in store: DeskStore) throws -> [StoredFinding] {
        try lines.map { l in
            guard let sourceID = l.sourceID else {
                return StoredFinding(nominationID: l.nominationID, sourceID: nil, kind: l.kind, coverage: l.coverage,
                                     score: l.score, evidence: l.texts)
            }
            guard let text = try store.initiativeText(of: l.nominationID),
                  let sourceText = try store.initiativeText(of: sourceID) else {
                throw CLIError("\(l.nominationID) or \(sourceID) has no initiative text")
            }
            let pairs = try l.texts.map { passage -> PassagePair in
                guard let a = Self.scalarRange(of: passage, in: text), let b = Self.scalarRange(of: passage, in: sourceText) else {
                    throw CLIError("passage not found in both \(l.nominationID) and \(sourceID): \(passage.prefix(40))…")
                }
                return PassagePair(offset: a.offset, length: a.length, sourceOffset: b.offset, sourceLength: b.length)
            }
            return StoredFinding(nominationID: l.nominationID, sourceID: sourceID, kind: l.kind, coverage: l.coverage,
                                 score: l.score, passages: pairs)
        }
    }

    /// Where a passage sits in a text, in Unicode scalars (the unit of `PassagePair`).
    static func scalarRange(of needle: String, in text: String) -> (offset: Int, length: Int)? {
        let nfc = needle.precomposedStringWithCanonicalMapping
        guard let r = text.range(of: nfc) else { return nil }
        return (text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound), nfc.unicodeScalars.count)
    }
}
