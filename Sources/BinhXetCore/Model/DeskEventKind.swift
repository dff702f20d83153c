import Foundation

extension DeskEvent {
    /// Every kind of entry the log holds. Closed: a new kind is added here, and every `switch` over it
    /// that must say something about it stops compiling until it does. The raw values are what the
    /// `event.kind` column stores (and what the hash chain covers), so they never change. This file is
    /// the only place in the sources where they are spelled (`scripts/check-event-kinds.sh`).
    public enum Kind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
        // The one-stop flow (TT 01/2018/TT-VPCP).
        /// Tiếp nhận: the dossier came in (the nomination import).
        case received
        /// Thẩm định: the standing office started appraising.
        case appraising
        /// Trình Hội đồng.
        case atCouncil = "at_council"
        /// The unit handed in what was missing.
        case supplemented
        /// Trả kết quả.
        case returned
        /// Từ chối tiếp nhận giải quyết (Mẫu 03).
        case refused
        /// A new appointment date, with the reason for the delay (Mẫu 04).
        case rescheduled

        // The council.
        /// Thông qua.
        case approved
        /// Không đạt.
        case rejected
        /// Yêu cầu bổ sung.
        case supplementRequested = "supplement_requested"
        /// Phê bình: a criticism of a unit's leadership (logged on the unit and its nominations).
        case criticised
        /// An open vote, or a secret ballot's choice (hidden from other members).
        case vote
        /// *That* a member cast a secret ballot, with nothing of its choice.
        case ballotCast = "ballot_cast"
        case memberAdded = "member_added"
        case memberChanged = "member_changed"
        case memberRemoved = "member_removed"
        /// The council's meeting for a year (time, place, chair, secretary, absences), for the minutes.
        case meetingRecorded = "meeting_recorded"
        /// A member set a finding aside with a reason (co-authored, cited source, template, false match).
        case findingDismissed = "finding_dismissed"
        /// A dismissed finding counted again.
        case findingRestored = "finding_restored"

        // Appraisal facts and the archive.
        case eligibilityNoted = "eligibility_noted"
        case ldttHoldersDeclared = "ldtt_holders_declared"
        case outcomeImported = "outcome_imported"
        case initiativeRecognised = "initiative_recognised"
        case initiativeNotRecognised = "initiative_not_recognised"
        case registrationsImported = "registrations_imported"
        case registrationLinked = "registration_linked"

        // The desk itself.
        case yearOpened = "year_opened"
        /// The integrity triggers were found missing or altered and put back.
        case integrityRestored = "integrity_restored"

        /// The stored name, as the CLI and JSON print it (`supplement_requested`).
        public var description: String { rawValue }

        /// The kinds a council outcome is recorded as (`DecisionOutcome.eventKind`).
        public static let decisions: Set<Kind> = [.approved, .rejected, .supplementRequested]
        /// The kinds that close a dossier without approving it.
        public static let refusals: Set<Kind> = [.rejected, .refused]

        /// The kinds as an SQL list (`'approved', 'rejected'`) for `kind IN (…)`; raw values have no quotes.
        public static func sqlList<S: Sequence>(_ kinds: S) -> String where S.Element == Kind {
            kinds.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        }
    }

    /// A stored event whose kind this program does not know: an error naming the row, never a guess.
    public struct UnknownKind: Error, CustomStringConvertible {
        public var eventID: Int64?
        public var kind: String
        public var description: String {
            "event \(eventID.map(String.init) ?? "?"): unknown kind '\(kind)' (written by a newer binhxet?)"
        }
    }
}
