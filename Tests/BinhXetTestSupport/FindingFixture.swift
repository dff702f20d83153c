import BinhXetCore
import BinhXetSimilarity
import Foundation

/// Findings described in a small file (`Tests/Fixtures/review-desk/findings.tsv`), so the review screens,
/// the UI tests and the end-to-end script (through `binhxet-lab plant-findings`) have something to show on
/// a desk where the similarity checker has not run. Passages are given as text and located in both
/// initiatives here, so fixtures never carry hand-counted offsets. Test support: not in the product.
///
/// The fixture format: `checked` lines list nominations the checker has seen; `finding` lines give a
/// finding with its passages as verbatim text (or, for off-duty, its evidence terms); a passage the copy
/// edited is written `as in the nomination⇄as in the source`.
public struct FindingFixture: Sendable {
    public struct Line: Sendable {
        public var nominationID: String
        public var sourceID: String?
        public var kind: FindingKind
        public var coverage: Double
        public var score: Double
        public var texts: [String]
    }

    public var checked: [String] = []
    public var lines: [Line] = []

    public init(parsing text: String) throws {
        for (n, raw) in text.split(separator: "\n").enumerated() where !raw.hasPrefix("#") {
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func bad(_ why: String) -> FixtureError { FixtureError("fixture line \(n + 1): \(why)") }
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
    public func findings(in store: DeskStore) throws -> [StoredFinding] {
        try lines.map { l in
            guard let sourceID = l.sourceID else {
                return StoredFinding(nominationID: l.nominationID, sourceID: nil, kind: l.kind, coverage: l.coverage,
                                     score: l.score, evidence: l.texts)
            }
            guard let text = try store.initiativeText(of: l.nominationID),
                  let sourceText = try store.initiativeText(of: sourceID) else {
                throw FixtureError("\(l.nominationID) or \(sourceID) has no initiative text")
            }
            let pairs = try l.texts.map { passage -> PassagePair in
                // "as in the nomination⇄as in the source": a passage the copy edited (a changed number).
                let sides = passage.components(separatedBy: "⇄")
                let (mine, theirs) = (sides[0], sides.count > 1 ? sides[1] : sides[0])
                guard let a = Self.scalarRange(of: mine, in: text), let b = Self.scalarRange(of: theirs, in: sourceText) else {
                    throw FixtureError("passage not found in both \(l.nominationID) and \(sourceID): \(passage.prefix(40))…")
                }
                return PassagePair(offset: a.offset, length: a.length, sourceOffset: b.offset, sourceLength: b.length)
            }
            return StoredFinding(nominationID: l.nominationID, sourceID: sourceID, kind: l.kind, coverage: l.coverage,
                                 score: l.score, passages: pairs)
        }
    }

    /// Reads a fixture file and stores its findings on the desk, as the checker would (one write).
    @discardableResult
    public static func plant(from file: URL, in store: DeskStore,
                             checkedAt: String = Clock.isoNow()) throws -> (findings: Int, checked: Int) {
        let fixture = try FindingFixture(parsing: String(contentsOf: file, encoding: .utf8))
        let findings = try fixture.findings(in: store)
        try store.replaceFindings(findings, forNominations: fixture.checked, checkedAt: checkedAt)
        return (findings.count, fixture.checked.count)
    }

    /// Where a passage sits in a text, in Unicode scalars (the unit of `PassagePair`).
    public static func scalarRange(of needle: String, in text: String) -> (offset: Int, length: Int)? {
        let nfc = needle.precomposedStringWithCanonicalMapping
        guard let r = text.range(of: nfc) else { return nil }
        return (text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound), nfc.unicodeScalars.count)
    }
}

/// A fixture file that does not say what it should, or does not fit the desk.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
