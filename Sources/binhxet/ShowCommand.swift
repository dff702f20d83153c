import ArgumentParser
import BinhXetCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a nomination: nominee, unit, initiative, dossier, rule flags, ballots and history.")
    @Argument(help: "The nomination ID.") var id: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let store = try deskOptions.open()
        guard var detail = try CLIError.wrap({ try store.detail(of: id) }) else {
            throw CLIError("no nomination with ID \(id) in \(store.url.path)")
        }
        let viewer = memberOptions.actor
        let review = try CLIError.wrap { () -> ShowReview in
            let rules = try store.rules()
            detail.events = BallotSecrecy.redact(detail.events, viewer: viewer, secret: rules.secretBallot)
            return ShowReview(detail: detail, dossier: try store.dossier(of: id), flags: try store.ruleFlags(of: id),
                              tally: try store.tally(of: id, viewer: viewer, rules: rules))
        }
        if json { try printJSON(review) } else { writeOut(DetailText.render(detail) + ReviewText.render(review)) }
    }
}

/// What `show` prints beyond the nomination itself; its JSON keeps the detail's keys at the top level.
struct ShowReview: Encodable {
    var detail: NominationDetail
    var dossier: Dossier
    var flags: [RuleFlag]
    var tally: VoteTally

    enum CodingKeys: String, CodingKey { case dossier, flags, tally }

    func encode(to encoder: any Encoder) throws {
        try detail.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dossier, forKey: .dossier)
        try c.encode(flags, forKey: .flags)
        try c.encode(tally, forKey: .tally)
    }
}

/// The dossier, flags and ballots of a nomination, in text.
enum ReviewText {
    static func render(_ r: ShowReview) -> String {
        let d = r.dossier
        var out = "\nDossier      \(d.code)   received \(d.receivedOn)   \(d.workingDays) working days   "
        if let due = d.dueOn { out += "due \(due)" } else { out += "awaiting supplement since \(d.awaitingSupplementSince ?? "?")" }
        if let closed = d.closedOn { out += "   closed \(closed)" }
        out += "\n"
        out += "\nFlags\n"
        if r.flags.isEmpty { out += "  none\n" }
        for f in r.flags {
            out += "  [\(f.severity.rawValue)] \(f.check.rawValue): \(f.message)\n"
            for e in f.evidence { out += "      · \(e)\n" }
            out += "      basis: \(f.basis)\n"
        }
        let t = r.tally
        out += "\nBallots      \(TallyText.summary(t))\n"
        for v in t.votes { out += "  \(v.name) (\(v.role.rawValue)): \(v.choice?.rawValue ?? "secret")\n" }
        return out
    }
}
