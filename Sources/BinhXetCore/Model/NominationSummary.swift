/// One line of a queue: a nomination with the names a reader needs, without the initiative text.
public struct NominationSummary: Sendable, Codable, Equatable {
    public var id: String
    public var year: Int
    public var personID: String
    public var personName: String
    public var unitName: String
    public var position: String
    public var workerCategory: WorkerCategory
    public var title: AwardTitle
    public var initiativeTitle: String?
    public var receivedOn: String
    public var status: NominationStatus
    /// The unit's declared short name (units.csv `short_name`); nil: lists derive one (`UnitShortName`).
    public var unitShortName: String? = nil
}

/// Which nominations a listing shows. Nil fields do not filter.
public struct NominationFilter: Sendable, Equatable {
    public var year: Int?
    /// Part of a unit's name, matched without regard to case or diacritics.
    public var unit: String?
    public var status: NominationStatus?
    public var title: AwardTitle?

    public init(year: Int? = nil, unit: String? = nil, status: NominationStatus? = nil, title: AwardTitle? = nil) {
        self.year = year; self.unit = unit; self.status = status; self.title = title
    }
}

/// Everything known about one nomination, for `binhxet show` and the nomination screen.
public struct NominationDetail: Sendable, Codable, Equatable {
    public var nomination: Nomination
    public var person: Person
    public var unit: OrgUnit
    public var initiative: InitiativeInfo?
    public var events: [DeskEvent]

    /// The initiative's metadata (its text is fetched on its own: it can be long).
    public struct InitiativeInfo: Sendable, Codable, Equatable {
        public var title: String
        public var document: StoredDocument
        public var textSHA256: String
        public var scalarCount: Int
    }
}
