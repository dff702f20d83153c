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
        var relevance: Double
        var dutyEvidence: [String]
        var textEvidence: [String]
        var clean: Bool
    }

    func run() throws {
        let store = try deskOptions.open(forWriting: true)
        let checks = try CLIError.wrap { () -> [RegistrationCheck] in
            let year = allYears ? nil : try year ?? store.reviewYear().year
            return try DeskChecker(store: store).checkRegistrations(year: year)
        }
        if json {
            try printJSON(checks.map {
                Row(registration: $0.registration, similar: $0.similar, offDuty: $0.offDuty, relevance: $0.relevance.score,
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
            if c.offDuty {
                out += "  " + words(.regOffDuty, Percent.of(c.relevance.score), c.relevance.textEvidence.joined(separator: ", "),
                                    c.relevance.dutyEvidence.joined(separator: ", ")) + "\n"
            }
            if c.isClean { out += "  " + words(.regClean) + "\n" }
        }
        writeOut(out)
    }
}
