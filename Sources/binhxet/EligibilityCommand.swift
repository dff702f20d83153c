import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: words(.eligAbstract), discussion: words(.eligDiscussion))
    @Argument(help: help(.idHelp)) var id: String
    @Option(help: help(.eligLDTTHelp)) var ldtt: String?
    @Option(help: help(.eligRecognisedHelp)) var initiativeRecognised: String?
    @Option(help: help(.eligServiceHelp)) var serviceMonths: Int?
    @Option(help: help(.eligCSTTHelp)) var cstt: String?
    @Option(help: help(.eligGroundHelp)) var ground: String?
    @Option(help: help(.eligDisciplineHelp)) var discipline: String?
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions

    func run() throws {
        var facts = EligibilityFacts(serviceMonths: serviceMonths)
        facts.holdsLDTT = try ldtt.map { try Self.yesNo($0, "--ldtt") }
        facts.initiativeRecognised = try initiativeRecognised.map { try Self.yesNo($0, "--initiative-recognised") }
        facts.holdsCSTT = try cstt.map { try Self.yesNo($0, "--cstt") }
        if let ground {
            guard let g = CSTDCSGround(rawValue: ground) else {
                throw unknownChoice(.nGround, ground, CSTDCSGround.allCases.map(\.rawValue))
            }
            facts.ground = g
        }
        if let discipline {
            guard let d = DisciplineLevel(rawValue: discipline) else {
                throw unknownChoice(.nDiscipline, discipline, DisciplineLevel.allCases.map(\.rawValue))
            }
            facts.discipline = d
        }
        guard !facts.isEmpty else { throw CLIError(words(.eligNothing)) }
        let store = try deskOptions.open(forWriting: true)
        try CLIError.wrap { _ = try store.noteEligibility(id, facts, actor: memberOptions.actor) }
        writeOut(words(.eligNoted, id) + "\n")
    }

    static func yesNo(_ s: String, _ option: String) throws -> Bool {
        switch s.lowercased() {
        case "yes", "y", "có": return true
        case "no", "n", "không": return false
        default: throw CLIError(words(.eligYesNo, option, s))
        }
    }
}
