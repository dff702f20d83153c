import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

/// `binhxet check-registrations`: what units should hear about their registered topics before the year
/// is spent on them.
struct CheckRegistrationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-registrations",
        abstract: "Check the year's registered initiatives against earlier ones and against each person's duties.",
        discussion: "A registration is reported when an earlier year holds an initiative with the same or a similar title (by the same person or anyone), or one whose text its summary repeats, and when the topic does not fit the registered position and duties.")
    @Option(help: "The emulation year (default: the year under review).") var year: Int?
    @Flag(name: .customLong("all-years"), help: "Every registration.") var allYears = false
    @OptionGroup var deskOptions: DeskOptions
    @Flag(help: "Print JSON.") var json = false

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
        if checks.isEmpty { writeOut("no registrations\n"); return }
        var out = ""
        for c in checks {
            let r = c.registration
            out += "\(r.personID) \(r.personName) (\(r.unitName), \(r.year)): \(r.title)"
                + (r.nominationID.map { " → \($0)" } ?? "") + "\n"
            for m in c.similar {
                let how = m.by.map { $0 == "title" ? "title \(Percent.of(m.titleSimilarity)) alike" : "summary repeats \(Percent.of(m.textCoverage)) of it" }
                out += "  repeats \(m.own ? "own" : "another's") earlier initiative \(m.nominationID) (\(m.personName), \(m.year)): "
                    + "\(m.title) [\(how.joined(separator: "; "))]\n"
            }
            if c.offDuty {
                out += "  off duty: relevance \(Percent.of(c.relevance.score)); topic: \(c.relevance.textEvidence.joined(separator: ", ")); "
                    + "duties: \(c.relevance.dutyEvidence.joined(separator: ", "))\n"
            }
            if c.isClean { out += "  clean: no earlier initiative like it, fits the duties\n" }
        }
        writeOut(out)
    }
}
