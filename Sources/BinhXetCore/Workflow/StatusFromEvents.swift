/// A nomination's status as its events say it should be: the stored `status` column is a cache of
/// this, written in the same transaction as the event, and `DeskVerifier` checks the two agree.
///
/// Every event kind that moves a nomination's status is named here, and only here: a new kind (a
/// revised decision, an override…) that sets a status is added to `status(after:)`.
extension NominationStatus {
    /// The status after a nomination's events, in log order (`received` when none moves it).
    public static func derived<S: Sequence>(from events: S) -> NominationStatus where S.Element == DeskEvent {
        events.reduce(.received) { $0.after($1) }
    }

    /// The status after one more event: the status it sets, or this one when it sets none.
    public func after(_ event: DeskEvent) -> NominationStatus {
        Self.status(after: event) ?? self
    }

    /// The status an event sets, or nil for events that leave it (ballots, notes, criticisms…).
    static func status(after event: DeskEvent) -> NominationStatus? {
        if let outcome = DecisionOutcome.allCases.first(where: { $0.eventKind == event.kind }) {
            return outcome.resultingStatus
        }
        if let step = OneStopStep.allCases.first(where: { $0.eventKind == event.kind }) {
            return step.resultingStatus
        }
        if event.kind == DeskEvent.Kind.outcomeImported {
            // What an earlier year's council decided, imported with its decision number.
            // An outcome this program does not know moves nothing; `DeskVerifier` then reports the status.
            return (try? event.details(EventPayload.Outcome.self)).flatMap { ArchiveOutcome(rawValue: $0.outcome) }?.resultingStatus
        }
        return nil
    }
}
