/// What the checker knows about an archived initiative report besides its text.
public struct DocumentInfo: Sendable, Hashable, Codable {
    /// The nomination id; findings name documents by it.
    public var id: String
    /// Stable person id: the same nominee in another year is the same person (names are not unique).
    public var nomineeID: String
    public var unit: String
    /// Emulation year of the nomination.
    public var year: Int
    /// Title of the initiative; its occurrences in the text are matched but not counted as re-use.
    public var title: String
    /// ISO date (yyyy-mm-dd) the nomination was received; empty when unknown.
    public var receivedOn: String

    public init(id: String, nomineeID: String = "", unit: String = "", year: Int = 0, title: String = "",
                receivedOn: String = "") {
        self.id = id
        self.nomineeID = nomineeID
        self.unit = unit
        self.year = year
        self.title = title
        self.receivedOn = receivedOn
    }

    /// True when this document reached the council before `other`, so it can be the source of text the
    /// other shares: by received date, then year, then id (ids number nominations in order of receipt).
    public func precedes(_ other: DocumentInfo) -> Bool {
        let a = receivedOn.isEmpty ? String(year) : receivedOn
        let b = other.receivedOn.isEmpty ? String(other.year) : other.receivedOn
        if a != b { return a < b }
        if year != other.year { return year < other.year }
        return id < other.id
    }

    /// True when both documents name the same, known nominee.
    public func sameNominee(as other: DocumentInfo) -> Bool {
        !nomineeID.isEmpty && nomineeID == other.nomineeID
    }
}
