import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet check-registrations`: what units should hear about their registered topics before the year
/// is spent on them.
struct CheckRegistrationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-registrations",
        abstract: words(.regAbstract), discussion: words(.regDiscussion))
    @Option(help: help(.regYearHelp)) var year: Int?
    @Flag(name: .customLong("all-years"), help: help(.regAllHelp)) var allYears = false
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: help(.jsonHelp)) var json = false

    struct Row: Encodable {
        var registration: Registration
        var similar: [RegistrationCheck.Match]
        var offDuty: Bool
        /// "fits", "off_duty" or "not_judged" (too few words to tell).
        var dutyFit: String
        /// Nil when the topic could not be judged (`dutyFit` "not_judged").
        var relevance: Double?
        var dutyEvidence: [String]
        var textEvidence: [String]
        var clean: Bool

        enum CodingKeys: String, CodingKey {
            case registration, similar, offDuty, dutyFit, relevance, dutyEvidence, textEvidence, clean
        }

        /// As synthesised, but a topic not judged gives `"relevance": null`, not no key.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(registration, forKey: .registration)
            try c.encode(similar, forKey: .similar)
            try c.encode(offDuty, forKey: .offDuty)
            try c.encode(dutyFit, forKey: .dutyFit)
            try c.encode(relevance, forKey: .relevance)
            try c.encode(dutyEvidence, forKey: .dutyEvidence)
            try c.encode(textEvidence, forKey: .textEvidence)
            try c.encode(clean, forKey: .clean)
        }
    }

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let checks = try CLIError.wrap { () -> [RegistrationCheck] in
            let year = allYears ? nil : try year ?? store.reviewYear().year
            return try DeskChecker(store: store).checkRegistrations(year: year)
        }
        if json {
            try printJSON(checks.map {
                Row(registration: $0.registration, similar: $0.similar, offDuty: $0.offDuty, dutyFit: $0.dutyFit.rawValue,
                    relevance: $0.dutyFit == .notJudged ? nil : $0.relevance.score,
                    dutyEvidence: $0.relevance.dutyEvidence, textEvidence: $0.relevance.textEvidence, clean: $0.isClean)
            })
            return
        }
        if checks.isEmpty { writeOut(words(.regNone) + "\n"); return }
        var out = ""
        for c in checks {
            let r = c.registration
            out += "\(r.personID) \(r.personName) (\(r.unitName), \(r.year)): \(r.title)"
                + (r.nominationID.map { " → \($0)" } ?? "") + "\n"
            for m in c.similar {
                let how = m.by.map { $0 == "title" ? words(.regTitleAlike, Percent.of(m.titleSimilarity))
                                                   : words(.regSummaryRepeats, Percent.of(m.textCoverage)) }
                out += "  " + words(.regRepeats, words(m.own ? .regOwn : .regAnothers), m.nominationID, m.personName, m.year,
                                    m.title, how.joined(separator: "; ")) + "\n"
            }
            // The evidence the judgement rests on: the topic's words of its fields, the duties' words.
            let topic = c.relevance.textEvidence.isEmpty ? "—" : c.relevance.textEvidence.joined(separator: ", ")
            let duties = c.relevance.dutyEvidence.isEmpty ? "—" : c.relevance.dutyEvidence.joined(separator: ", ")
            switch c.dutyFit {
            case .offDuty:
                out += "  " + words(.regOffDuty, Percent.of(c.relevance.score), topic, duties) + "\n"
            case .notJudged:
                if c.similar.isEmpty { out += "  " + words(.regNoEarlier) + "\n" }
                out += "  " + words(.regNotJudged) + "\n"
            case .fits:
                out += "  " + words(c.isClean ? .regClean : .regFits, Percent.of(c.relevance.score), topic, duties) + "\n"
            }
        }
        writeOut(out)
    }
}
