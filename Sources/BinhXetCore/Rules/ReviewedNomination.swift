
/// A nomination with what the checks and reports need at once: names, unit, title, standing and the
/// council's latest outcome. Read in one query for a whole desk.
@dynamicMemberLookup
public struct ReviewedNomination: Sendable, Codable, Equatable {
    /// The queue line it extends (names, title, status…), read as `n.personName` through dynamic member
    /// lookup: a composition, so the two types cannot drift apart.
    public var summary: NominationSummary
    public var unitID: Int64
    /// The latest outcome recorded (a revision replaces an earlier one), nil while undecided.
    public var lastOutcome: DecisionOutcome?
    /// The reason or what is missing, with the latest outcome.
    public var outcomeReason: String?
    /// Why the latest outcome was recorded against the council's vote, when it was.
    public var outcomeOverride: String?
    /// The outcome imported for an archive nomination (`import --outcomes`), if any.
    public var imported: ImportedOutcome?
    /// The unit's latest recorded decision on the initiative (imported or `binhxet recognise`), if any.
    public var recognition: InitiativeRecognition?
    /// The one-stop desk refused the dossier at reception (Mẫu 03): the council never weighed it.
    public var refusedAtReception = false

    public init(summary: NominationSummary, unitID: Int64, lastOutcome: DecisionOutcome?, outcomeReason: String?,
                outcomeOverride: String? = nil, imported: ImportedOutcome? = nil,
                recognition: InitiativeRecognition? = nil) {
        self.summary = summary; self.unitID = unitID; self.lastOutcome = lastOutcome; self.outcomeReason = outcomeReason
        self.outcomeOverride = outcomeOverride; self.imported = imported; self.recognition = recognition
    }

    public init(id: String, year: Int, personID: String, personName: String, unitID: Int64, unitName: String,
                position: String, workerCategory: WorkerCategory, title: AwardTitle, initiativeTitle: String?,
                receivedOn: String, status: NominationStatus, lastOutcome: DecisionOutcome?, outcomeReason: String?,
                outcomeOverride: String? = nil, imported: ImportedOutcome? = nil,
                recognition: InitiativeRecognition? = nil) {
        self.init(summary: NominationSummary(id: id, year: year, personID: personID, personName: personName,
                                             unitName: unitName, position: position, workerCategory: workerCategory,
                                             title: title, initiativeTitle: initiativeTitle, receivedOn: receivedOn,
                                             status: status),
                  unitID: unitID, lastOutcome: lastOutcome, outcomeReason: outcomeReason,
                  outcomeOverride: outcomeOverride, imported: imported, recognition: recognition)
    }

    public subscript<T>(dynamicMember keyPath: WritableKeyPath<NominationSummary, T>) -> T {
        get { summary[keyPath: keyPath] }
        set { summary[keyPath: keyPath] = newValue }
    }

    /// Awarded: the council's latest outcome approves it (also after the result is returned), or, with no
    /// outcome at the desk, the archive says it was awarded.
    public var isAwarded: Bool { lastOutcome == .approve || (lastOutcome == nil && imported?.outcome == .awarded) }
    /// Not awarded: the latest outcome rejects it, or the archive says it was not awarded.
    public var isRefused: Bool { lastOutcome == .reject || (lastOutcome == nil && imported?.outcome == .notAwarded) }
    /// What became of it, as a later re-use's flag names it.
    public var standing: SourceStanding {
        let fromArchive = lastOutcome == nil ? imported : nil
        return SourceStanding(recognition: recognition, title: summary.title, year: summary.year, awarded: isAwarded,
                              decisionNo: fromArchive?.decisionNo, decisionDate: fromArchive?.decisionDate)
    }
    public var hasInitiative: Bool { summary.initiativeTitle != nil }
}

/// Event kinds that refuse a nomination: the council's rejection and the desk's refusal to accept it.
let refusalEventKinds: Set<DeskEvent.Kind> = DeskEvent.Kind.refusals
