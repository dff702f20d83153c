import BinhXetCore

/// What a member can do to many tagged nominations at once.
public enum BulkKind: Equatable, Sendable {
    case approve
    case vote
    /// Return to the unit for a supplement (trả lại, chờ bổ sung).
    case supplement
}

/// A tagged nomination the bulk confirmation lists on its own: it needs the council's attention (the
/// core's `CouncilAttention`), is not checked yet, or (approving) its ballots fall short of the threshold,
/// so it is left out unless the member includes it, one by one.
public struct BulkDoubt: Equatable, Sendable {
    public var id: String
    public var nominee: String
    /// The row's flags (not "overdue": a late dossier says nothing about its merit).
    public var flags: [QueueFlag]
    public var notChecked: Bool
    /// Approving: the ballots do not reach the threshold (the core's vote rule); `decide` refuses such an
    /// approval without an override, so the member is told before, not after.
    public var voteShortfall: VoteShortfall?
    /// Approving: a CSTĐCS of a unit over its declared quota.
    public var overQuota = false
    public var included = false
}

/// One write of a bulk action: the nomination and the newest event the member's queue had seen of it.
public struct BulkItem: Equatable, Sendable {
    public var id: String
    public var seenEventID: Int64?
}

/// Tagged rows a bulk action leaves out, by why: the dialog names only the reasons that apply (it said
/// "decided, awaiting supplement or of another year" for 28 rows that were all decided).
public struct BulkSkipped: Equatable, Sendable {
    public var decided = 0
    public var otherYear = 0
    /// Returned for supplement already (a return asks again for nothing).
    public var awaitingSupplement = 0
    /// Secret ballot already cast by this member.
    public var voted = 0
    /// Tagged rows no longer in the queue.
    public var gone = 0

    public init() {}
    public var total: Int { decided + otherYear + awaitingSupplement + voted + gone }
}

/// The bulk dialog: the choice or reason first (vote, supplement), then one confirmation listing the count
/// and every doubtful row.
public struct BulkDialog: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case choosing, confirming }
    public var kind: BulkKind
    public var step: Step
    /// Tagged rows without doubts, in queue order.
    public var clean: [BulkItem]
    public var doubts: [BulkDoubt]
    /// Seen events of the doubtful rows.
    var doubtSeen: [String: Int64] = [:]
    /// Tagged rows the action cannot apply to, left out and counted by why.
    public var skipped: BulkSkipped
    /// The doubtful row the cursor is on.
    public var cursor = 0
    public var choice: VoteChoice?
    public var field = TextField()
    public var problem: String?

    /// The writes confirming would make: the clean rows and the doubtful ones included.
    public var items: [BulkItem] {
        clean + doubts.filter(\.included).map { BulkItem(id: $0.id, seenEventID: doubtSeen[$0.id]) }
    }

    public var holdsInput: Bool { !field.isEmpty }
}

/// What a bulk action did.
public struct BulkOutcome: Equatable, Sendable {
    public var kind: BulkKind
    public var recorded: [String]
    public var refused: [BulkRefusal]

    public init(kind: BulkKind, recorded: [String] = [], refused: [BulkRefusal] = []) {
        self.kind = kind; self.recorded = recorded; self.refused = refused
    }
}

/// A nomination of a bulk action the desk did not record, and why.
public struct BulkRefusal: Equatable, Sendable {
    public var id: String
    public var refusal: WriteRefusal
}
