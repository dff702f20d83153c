import ArgumentParser
import BinhXetCore

struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Note what appraisal established about a nominee: LĐTT, initiative recognition, service, discipline.",
        discussion: "Each note is an event; a later note replaces the facts it names. The rule checks (binhxet show) read them.")
    @Argument(help: "The nomination ID.") var id: String
    @Option(help: "Does the nominee hold LĐTT this year? yes or no.") var ldtt: String?
    @Option(help: "Did the unit recognise the initiative? yes or no.") var initiativeRecognised: String?
    @Option(help: "Months of service since recruitment.") var serviceMonths: Int?
    @Option(help: "Does the nominee hold Chiến sĩ tiên tiến this year (armed forces)? yes or no.") var cstt: String?
    @Option(help: "What grounds the CSTĐCS: initiative, research_topic or combat_ingenuity.") var ground: String?
    @Option(help: "Heaviest discipline in the year: none, reprimand, warning, demotion, dismissal.") var discipline: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        var facts = EligibilityFacts(serviceMonths: serviceMonths)
        facts.holdsLDTT = try ldtt.map { try Self.yesNo($0, "--ldtt") }
        facts.initiativeRecognised = try initiativeRecognised.map { try Self.yesNo($0, "--initiative-recognised") }
        facts.holdsCSTT = try cstt.map { try Self.yesNo($0, "--cstt") }
        if let ground {
            guard let g = CSTDCSGround(rawValue: ground) else {
                throw CLIError("unknown ground '\(ground)' (expected \(CSTDCSGround.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            facts.ground = g
        }
        if let discipline {
            guard let d = DisciplineLevel(rawValue: discipline) else {
                throw CLIError("unknown discipline '\(discipline)' (expected \(DisciplineLevel.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            facts.discipline = d
        }
        guard !facts.isEmpty else { throw CLIError("nothing to note: give --ldtt, --cstt, --initiative-recognised, --ground, --service-months or --discipline") }
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap { _ = try store.noteEligibility(id, facts, actor: memberOptions.actor) }
        writeOut("\(id): noted\n")
    }

    static func yesNo(_ s: String, _ option: String) throws -> Bool {
        switch s.lowercased() {
        case "yes", "y", "có": return true
        case "no", "n", "không": return false
        default: throw CLIError("\(option) takes yes or no, not '\(s)'")
        }
    }
}
