import BinhXetSimilarity
import BinhXetText
import Foundation

/// What the desk finds about a registration: earlier initiatives it repeats (by title, or by text its
/// summary shares with theirs) and whether the topic fits the person's duties.
public struct RegistrationCheck: Sendable, Codable, Equatable {
    public var registration: Registration
    /// Earlier initiatives with the same or a similar title, or whose text the summary repeats.
    public var similar: [Match]
    /// The relevance judgement of the planned topic against the registered position and duties.
    public var relevance: RelevanceAssessment
    public var offDuty: Bool { dutyFit == .offDuty }
    /// Nothing to tell the unit: no earlier initiative like it, and a topic the desk could judge to fit.
    public var isClean: Bool { similar.isEmpty && dutyFit == .fits }

    /// Whether the topic fits the duties, as far as its title and summary let the desk tell.
    public enum DutyFit: String, Sendable, Codable, Equatable {
        case fits
        case offDuty = "off_duty"
        /// The relevance model read no field of work in the topic (a title of a few words the lexicon
        /// does not know and no summary to read): its score then defaults to 1 and says nothing.
        case notJudged = "not_judged"
    }

    public var dutyFit: DutyFit {
        // The model's "nothing to judge by": no field read in the title or the summary (`textFields`).
        if relevance.textFields.isEmpty { return .notJudged }
        return relevance.offDuty ? .offDuty : .fits
    }

    public struct Match: Sendable, Codable, Equatable {
        public var nominationID: String
        public var personName: String
        public var year: Int
        public var title: String
        /// The same person's own earlier initiative.
        public var own: Bool
        /// "title" (the titles' words overlap at least `titleSimilarity`), "text" (the summary repeats
        /// passages of the initiative), or both.
        public var by: [String]
        /// Overlap of the titles' words (Dice, 0…1).
        public var titleSimilarity: Double
        /// Share of the summary found in the earlier initiative's text (0…1).
        public var textCoverage: Double
    }

    /// The titles' folded words, for the overlap (marks, case and đ do not matter; punctuation goes).
    static func words(_ s: String) -> Set<String> {
        Set(VietnameseFolding.fold(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// Dice overlap of two word sets, as the checker compares titles.
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}

extension DeskChecker {
    /// Checks the registrations of a year (default: every registration) against the initiatives of
    /// earlier years, by anyone, and against the registered duties.
    public func checkRegistrations(year: Int? = nil) throws -> [RegistrationCheck] {
        let registrations = try store.registrations(year: year)
        let earlier = try store.reviewedNominations().filter { $0.initiativeTitle != nil }
        let byID = Dictionary(uniqueKeysWithValues: earlier.map { ($0.id, $0) })
        let assessments = try relevance(ofTexts: registrations.map {
            (text: $0.title + "\n" + $0.summary, title: $0.title,
             profile: DutyProfile(position: $0.position, duties: $0.duties, unit: $0.unitName))
        })
        return try zip(registrations, assessments).map { r, relevance in
            let before = { (n: ReviewedNomination) in n.year < r.year && n.id != r.nominationID }
            var matches: [String: RegistrationCheck.Match] = [:]
            func match(_ n: ReviewedNomination) -> RegistrationCheck.Match {
                matches[n.id] ?? RegistrationCheck.Match(
                    nominationID: n.id, personName: n.personName, year: n.year, title: n.initiativeTitle ?? "",
                    own: n.personID == r.personID, by: [], titleSimilarity: 0, textCoverage: 0)
            }
            let words = RegistrationCheck.words(r.title)
            for n in earlier where before(n) {
                let d = RegistrationCheck.dice(words, RegistrationCheck.words(n.initiativeTitle ?? ""))
                guard d >= parameters.titleSimilarity else { continue }
                var m = match(n)
                m.by.append("title"); m.titleSimilarity = d
                matches[n.id] = m
            }
            if !r.summary.isEmpty {
                for f in try check(text: r.summary, title: r.title) {
                    guard let n = byID[f.source], before(n), f.kind != .offDuty else { continue }
                    var m = match(n)
                    if !m.by.contains("text") { m.by.append("text") }
                    m.textCoverage = max(m.textCoverage, f.coverage)
                    matches[n.id] = m
                }
            }
            let similar = matches.values.sorted { ($0.year, $0.nominationID) > ($1.year, $1.nominationID) }
            return RegistrationCheck(registration: r, similar: similar, relevance: relevance)
        }
    }
}
