/// The rule sets of every regime a desk may hold, with the desk's settings on top: which one applies is
/// decided per nomination, by the day its dossier was received.
///
/// Laws change mid-year (NĐ 91/2017 from 1/10/2017, Law 2022 from 1/1/2024, two-tier local government from
/// 1/7/2025), and their transition clauses keep a dossier submitted before a change under the old rules,
/// so the received date is the one fact that places a nomination under a regime. A year as a whole (for
/// `binhxet rules --year`) is read on its 31 December, when councils review it.
public struct RuleBook: Sendable {
    /// Every regime's effective rule set (the same one for all when the desk pins a regime).
    let byRegime: [RuleSetID: RuleSet]
    /// The regime every year is reviewed under, when the desk or its settings file names one.
    public let pinned: RuleSetID?

    /// Loads every regime under the settings file, so a bad line is reported whatever year is asked.
    /// `pin` is the desk's own choice (`init --rules`); a `rule_set` line in the file wins over it.
    public init(pin: (id: RuleSetID, origin: String)?, settings text: String?, file: String) throws {
        var out: [RuleSetID: RuleSet] = [:]
        for id in RuleSetID.allCases {
            let base = pin?.id ?? id
            let origin = pin?.origin ?? "in force by date (built-in \(id.rawValue))"
            out[id] = try RuleSetFile.load(base: base, baseOrigin: origin, text: text, file: file)
        }
        byRegime = out
        let first = out[.decree65]!
        pinned = out.values.allSatisfy({ $0.id == first.id }) ? first.id : nil
    }

    /// One rule set for every nomination: what a test or a caller with its own rules asks for.
    public init(fixed rules: RuleSet) {
        byRegime = Dictionary(uniqueKeysWithValues: RuleSetID.allCases.map { ($0, rules) })
        pinned = rules.id
    }

    /// The rules for a dossier received on `day`.
    public func rules(on day: CalendarDay) -> RuleSet { byRegime[RuleSetID.inForce(on: day)]! }

    /// The rules of a year's nominations received at its end.
    public func rules(year: Int) -> RuleSet { byRegime[RuleSetID.inForce(year: year)]! }

    /// The rules of a nomination: by its received date, else by its year.
    public func rules(receivedOn: String?, year: Int) -> RuleSet {
        if let day = receivedOn.flatMap({ CalendarDay($0) }) { return rules(on: day) }
        return rules(year: year)
    }

    public func rules(for n: ReviewedNomination) -> RuleSet { rules(receivedOn: n.receivedOn, year: n.year) }
}
