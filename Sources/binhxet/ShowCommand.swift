import ArgumentParser
import BinhXetCLIWords
import BinhXetCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: words(.showAbstract))
    @Argument(help: help(.idHelp)) var id: String
    @OptionGroup var deskOptions: DeskOptions
    @OptionGroup var memberOptions: MemberOptions
    @Flag(help: help(.jsonHelp)) var json = false

    func run() throws {
        let store = try deskOptions.open()
        let viewer = try memberOptions.actor
        guard let detail = try CLIError.wrap({ try store.detail(of: id, viewer: viewer) }) else {
            throw CLIError(words(.noNomination, id, store.url.path))
        }
        let review = try CLIError.wrap { () -> ShowReview in
            let rules = try store.rules(of: id)
            let findings = try store.findings(of: id)
            let names = Dictionary(try store.nominations().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let reviewed = Dictionary(try store.reviewedNominations().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return ShowReview(detail: detail, dossier: try store.dossier(of: id), flags: try store.ruleFlags(of: id),
                              tally: try store.tally(of: id, viewer: viewer, rules: rules),
                              checked: try store.countsAsChecked(id),
                              findings: findings.map { FindingJSON($0, sources: names) },
                              findingsText: FindingText.render(findings, names: names, sources: reviewed),
                              history: try store.nomineeHistory(of: id).map(NomineeHistoryEntry.init),
                              recognition: reviewed[id]?.recognitionVietnamese,
                              recognitionText: reviewed[id].flatMap(words.vocabulary.recognition(of:)))
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
    /// Whether the similarity checker has looked at it (no findings then means none were found).
    var checked: Bool
    var findings: [FindingJSON]
    var findingsText: String
    /// The nominee's other nominations with their outcomes.
    var history: [NomineeHistoryEntry] = []
    /// The unit's decision on this nomination's initiative, in Vietnamese (JSON), and in the reader's language.
    var recognition: String?
    var recognitionText: String?

    enum CodingKeys: String, CodingKey { case dossier, flags, tally, similarityChecked, findings, nomineeHistory, recognition }

    func encode(to encoder: any Encoder) throws {
        try detail.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dossier, forKey: .dossier)
        try c.encode(flags, forKey: .flags)
        try c.encode(tally, forKey: .tally)
        try c.encode(checked, forKey: .similarityChecked)
        try c.encode(findings, forKey: .findings)
        try c.encode(history, forKey: .nomineeHistory)
        try c.encodeIfPresent(recognition, forKey: .recognition)
    }
}

/// One earlier (or later) nomination of the same nominee, as `show` lists it.
struct NomineeHistoryEntry: Encodable {
    var id: String
    var year: Int
    var title: String
    var unit: String
    var position: String
    var initiativeTitle: String?
    var outcome: String
    var decisionNo: String?
    var recognition: String?
    /// The outcome and recognition in the reader's language, for text output (JSON keeps the Vietnamese).
    var outcomeText: String
    var recognitionText: String?
    enum CodingKeys: String, CodingKey { case id, year, title, unit, position, initiativeTitle, outcome, decisionNo, recognition }
    /// The title as text output prints it (CSTĐCS); `title` keeps the code for JSON.
    var titleShort: String { AwardTitle.abbreviation(ofCode: title) }

    init(_ r: ReviewedNomination) {
        id = r.id; year = r.year; title = r.title.rawValue; unit = r.unitName; position = r.position
        initiativeTitle = r.initiativeTitle; outcome = r.outcomeVietnamese
        decisionNo = r.lastOutcome == nil ? r.imported?.decisionNo : nil
        recognition = r.recognitionVietnamese
        outcomeText = words.vocabulary.outcome(of: r)
        recognitionText = words.vocabulary.recognition(of: r)
    }
}

/// The dossier, flags and ballots of a nomination, in text.
enum ReviewText {
    static func render(_ r: ShowReview) -> String {
        let d = r.dossier
        let v = words.vocabulary
        var out = "\n\(Label[.rDossier])\(d.code)   \(words(.rReceived, CLIWords.day(d.receivedOn)))   \(words(.rWorkingDays, d.workingDays))   "
        if let due = d.dueOn { out += words(.rDue, CLIWords.day(due)) } else { out += words(.rAwaiting, d.awaitingSupplementSince.map(CLIWords.day) ?? "?") }
        if let closed = d.closedOn { out += "   " + words(.rClosed, CLIWords.day(closed)) }
        out += "\n"
        if let rec = r.recognitionText { out += "\(Label[.rRecognition])\(rec)\n" }
        out += "\n\(words(.rOtherNominations))\n"
        if r.history.isEmpty { out += "  \(words(.rNone))\n" }
        for h in r.history {
            out += "  \(h.id)  \(h.year)  \(h.titleShort)  \(h.position.isEmpty ? "—" : h.position), \(h.unit): \(h.outcomeText)\n"
            if let t = h.initiativeTitle { out += "      \(words(.rInitiative)): \(t)\n" }
            if let rec = h.recognitionText { out += "      \(words(.rRecognitionLower)): \(rec)\n" }
        }
        out += "\n\(words(.rSimilarity))\n"
        if !r.checked { out += "  \(words(.rNotChecked))\n" } else if r.findings.isEmpty { out += "  \(words(.rNoReuse))\n" }
        out += r.findingsText.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        out += "\n\(words(.rFlags))\n"
        if r.flags.isEmpty { out += "  \(words(.rNone))\n" }
        for f in r.flags {
            out += "  [\(v.severity(f.severity))] \(v.ruleCheck(f.check)): \(v.ruleMessageAfterTitle(f.detail))\n"
            for e in f.evidence(in: v) { out += "      · \(e)\n" }
            out += "      \(words(.rBasis)): \(v.legalMarks(f.basis))\n"
        }
        let t = r.tally
        out += "\n\(Label[.rBallots])\(TallyText.summary(t))\n"
        for b in t.votes { out += "  \(b.name) (\(v.role(b.role))): \(b.choice.map(v.voteChoice) ?? words(.rSecret))\n" }
        return out
    }
}
