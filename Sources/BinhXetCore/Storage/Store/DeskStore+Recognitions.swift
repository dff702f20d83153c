import GRDB

// DeskStore reads and writes for Recognition; its types and rules stay in Archive/Recognition.swift (one home for storage, issue 14).

extension DeskStore {
    /// Records the unit head's decision recognising a nomination's initiative (after the unit's initiative
    /// council assessed it), as an `initiative_recognised` event, in one transaction that checks the
    /// nomination, the date against the desk's today, and any decision already recorded. The same decision again is a no-op (returns false).
    @discardableResult
    public func recognise(_ nominationID: String, number: String, date: String, by: String,
                          scope: String = InitiativeRecognition.unitScope, actor: String,
                          at: String = Clock.isoNow()) throws -> Bool {
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping }
        let number = clean(number), by = clean(by), scope = NominationColumn.foldHeader(scope)
        if number.isEmpty { throw RecognitionError.missing("the decision's number (--number)") }
        if by.isEmpty { throw RecognitionError.missing("who recognised it (--by)") }
        guard let iso = ISODate.parse(clean(date)), let day = CalendarDay(iso) else { throw RecognitionError.badDate(date) }
        let rules = try rules()
        guard rules.recognitionScopes.contains(scope) else {
            throw RecognitionError.unknownScope(scope, allowed: rules.recognitionScopes)
        }
        let recognition = InitiativeRecognition(recognised: true, number: number, date: iso, by: by, scope: scope)
        return try write { db in
            guard try Nomination.exists(db, key: nominationID) else { throw RecognitionError.unknownNomination(nominationID) }
            // A decision is recorded once it was signed: not after the desk's today (its as-of date when set).
            let today = try Self.asOf(db)
            if day > today.today { throw RecognitionError.afterToday(date: day, today: today.today, asOf: today.fixed != nil) }
            // Recorded by whoever may record the council's outcomes (the secretary, the chair): the TUI
            // asks the same standing before the dialog opens.
            try Self.requireOutcomeRole(actor, rules: rules, action: "record an initiative's recognition", db: db)
            guard try Initiative.filter(Column("nominationID") == nominationID).fetchCount(db) > 0 else {
                throw RecognitionError.noInitiative(nominationID)
            }
            let kinds = [DeskEvent.Kind.initiativeRecognised, DeskEvent.Kind.initiativeNotRecognised]
            if let prior = try DeskEvent.filter(Column("nominationID") == nominationID).filter(kinds.contains(Column("kind")))
                .order(Column("id").desc).fetchOne(db) {
                let recorded = InitiativeRecognition(kind: prior.kind, details: try prior.details(EventPayload.Recognition.self))
                if recorded.sameFacts(as: recognition) { return false }
                throw RecognitionError.alreadyRecorded(nominationID: nominationID, recorded: recorded.vietnamese)
            }
            var e = DeskEvent(nominationID: nominationID, kind: recognition.eventKind, actor: actor, at: at,
                              details: recognition.details)
            try e.insert(db)
            return true
        }
    }
}
