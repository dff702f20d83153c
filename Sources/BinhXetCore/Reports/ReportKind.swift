/// The council's reports, as `binhxet report KIND` names them.
public enum ReportKind: String, Sendable, CaseIterable {
    /// Draft list of approved nominees for the award decision.
    case decision
    /// Council minutes with each nomination's tally.
    case minutes
    /// "Not awarded" notices per unit, with reasons.
    case notices
    /// Criticisms register per unit.
    case criticisms
    /// Statistics per unit and year, with the favoured groups' shares.
    case stats
    /// Late and soon-due dossiers.
    case overdue
    /// Similarity findings per unit, with the rules they break.
    case flags

    /// A file name for the report (`quyet-dinh-2018.html`).
    public func fileName(year: Int?, format: ReportFormat) -> String {
        let base: String
        switch self {
        case .decision: base = "danh-sach-quyet-dinh"
        case .minutes: base = "bien-ban-hoi-dong"
        case .notices: base = "thong-bao-khong-dat"
        case .criticisms: base = "so-phe-binh"
        case .stats: base = "thong-ke"
        case .overdue: base = "ho-so-qua-han"
        case .flags: base = "canh-bao-trung-lap"
        }
        return base + (year.map { "-\($0)" } ?? "") + "." + format.fileExtension
    }
}

/// What a report covers: a year (or all), and for the overdue list the day and the look-ahead.
public struct ReportScope: Sendable, Equatable {
    public var year: Int?
    public var on: CalendarDay
    /// Working days ahead that count as "due soon".
    public var within: Int

    public init(year: Int? = nil, on: CalendarDay = .today(), within: Int = 0) {
        self.year = year; self.on = on; self.within = within
    }
}

extension DeskStore {
    /// Builds a report from the desk as it stands.
    /// The letterhead and the figures it prints follow the year's regime; each nomination's checks and
    /// tally follow its own.
    public func report(_ kind: ReportKind, scope: ReportScope) throws -> ReportDocument {
        let rules = try scope.year.map { try self.rules(year: $0) } ?? self.rules()
        let year = scope.year
        switch kind {
        case .decision:
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
            return CriticismsReport.build(try criticisms(), years: years, year: year, rules: rules)
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
                                               year: year, rules: rules, dismissals: try dismissals())
        }
    }
}
