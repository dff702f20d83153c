

// DeskStore reads and writes for ReportKind; its types and rules stay in Reports/ReportKind.swift (one home for storage, issue 14).

extension DeskStore {
    /// Builds a report as a document from the desk as it stands, dated `scope.on`.
    /// The header, the law cited and the figures follow the year's regime; each nomination's checks and
    /// tally follow its own.
    public func document(_ kind: ReportKind, scope: ReportScope) throws -> OfficialDocument {
        let rules = try scope.year.map { try self.rules(year: $0) } ?? self.rules()
        let context = DocumentContext(settings: try documentSettings(rules: rules), rules: rules, day: scope.on)
        let year = scope.year ?? context.day.year
        switch kind {
        case .decision, .submission, .minutes, .ballotCount, .notices:
            let ns = try reviewedNominations(year: year)
            let tallies = Dictionary(uniqueKeysWithValues: try tallies(year: year, viewer: "").map { ($0.nominationID, $0) })
            let list = AwardList(ns, tallies: tallies, council: !(try members()).isEmpty)
            switch kind {
            case .decision: return DecisionDocument.build(list, year: year, context: context)
            case .submission: return SubmissionDocument.build(ns, list: list, year: year, context: context)
            case .minutes: return MinutesDocument.build(ns, list: list, meeting: try meeting(year: year), members: try members(),
                                                        year: year, context: context)
            case .notices:
                return NoticesDocument.build(ns, list: list, flags: try ruleReview().flagsByNomination(ns.map(\.id)), meeting: try meeting(year: year),
                                             year: year, context: context)
            default: return BallotCountDocument.build(ns, list: list, meeting: try meeting(year: year), members: try members(),
                                                      year: year, context: context)
            }
        case .similarity:
            guard let id = scope.subject else { throw ReportError.subjectNeeded(kind) }
            return try similarityDocument(of: id, on: scope.on)
        case .criticismLetter:
            guard let unit = scope.subject else { throw ReportError.subjectNeeded(kind) }
            return try criticismLetter(unit: unit, context: context)
        default: break
        }
        let r = try report(kind, scope: scope)
        switch kind {
        case .criticisms, .flags, .overdue:
            // Registers the office keeps for the council: headed by the office that signs them (the criticisms and
            // flags registers were headed by the council and signed by the head of the office).
            return RegisterDocument.make(r, header: context.departmentHeader(number: nil), closing: context.preparerAndHead)
        case .stats:
            return StatisticsDocument.build(try reviewedNominations(year: scope.year), year: scope.year, context: context)
        case .decision, .submission, .minutes, .ballotCount, .notices, .similarity, .criticismLetter:
            preconditionFailure("\(kind) is built above")
        }
    }

    /// Builds a report from the desk as it stands.
    /// The letterhead and the figures it prints follow the year's regime; each nomination's checks and
    /// tally follow its own.
    public func report(_ kind: ReportKind, scope: ReportScope) throws -> ReportDocument {
        let rules = try scope.year.map { try self.rules(year: $0) } ?? self.rules()
        let year = scope.year
        switch kind {
        case .similarity, .criticismLetter:
            throw ReportError.subjectNeeded(kind)
        case .decision, .submission, .ballotCount:
            return DecisionListReport.build(try reviewedNominations(year: year), year: year, rules: rules)
        case .minutes:
            let tallies = Dictionary(uniqueKeysWithValues: try tallies(year: year, viewer: "").map { ($0.nominationID, $0) })
            return MinutesReport.build(try reviewedNominations(year: year), tallies: tallies, members: try members(),
                                       year: year, rules: rules)
        case .notices:
            let review = try ruleReview()
            let ns = try reviewedNominations(year: year)
            return NoticesReport.build(ns, flags: review.flagsByNomination(ns.filter(\.isRefused).map(\.id)), year: year, rules: rules)
        case .criticisms:
            let years = Dictionary(uniqueKeysWithValues: try reviewedNominations().map { ($0.id, $0.year) })
            let names = Dictionary(try members(includingFormer: true).map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
            return CriticismsReport.build(try criticisms(), years: years, year: year, names: names, rules: rules)
        case .stats:
            return StatisticsReport.build(try reviewedNominations(year: year), year: year, rules: rules)
        case .overdue:
            let calendar = try workingCalendar()
            let list = try overdue(on: scope.on, within: scope.within)
            let ns = Dictionary(uniqueKeysWithValues: try reviewedNominations(year: year).map { ($0.id, $0) })
            return OverdueReport.build(list, nominations: ns, on: scope.on, within: scope.within, calendar: calendar, rules: rules)
        case .flags:
            let review = try ruleReview()
            let findings = try allFindings(year: year)
            return SimilarityFlagsReport.build(review.nominations, findings: findings,
                                               flags: review.flagsByNomination(Array(Set(findings.map(\.nominationID)))),
                                               year: year, rules: rules, dismissals: try dismissals(),
                                               attention: review.attention(year: year))
        }
    }
}
