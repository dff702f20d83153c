
/// The year the council is reviewing, and how every nomination stands against it.
///
/// A desk holds one year's nominations under review and the archive of earlier years they are checked
/// against. The work queues, overdue dossiers and reports are about the open year; earlier years are the
/// archive: never overdue, their outcome what earlier councils decided, and deciding one of them again
/// needs the year named on purpose.
public struct ReviewYear: Sendable, Equatable, Codable {
    /// The year under review; nil while the desk holds no nominations.
    public var year: Int?
    /// Where it comes from: set with `binhxet year open`, or the latest year with nominations.
    public var isChosen: Bool

    public init(year: Int?, isChosen: Bool) {
        self.year = year; self.isChosen = isChosen
    }

    /// How a nomination of `year` stands against the open year.
    public func period(of year: Int) -> Period {
        guard let open = self.year else { return .underReview }
        if year == open { return .underReview }
        return year < open ? .archive : .later
    }

    public enum Period: String, Sendable, Codable {
        /// The open year: the council's work.
        case underReview = "under_review"
        /// An earlier year: what it is checked against.
        case archive
        /// A later year (registered or received early): shown, not worked on yet.
        case later
    }
}

/// Why the open year cannot be set.
public enum ReviewYearError: Error, Equatable, Sendable, CustomStringConvertible {
    case implausibleYear(Int)
    /// Deciding a nomination of another year than the open one must name that year (`--year-confirm`).
    case notUnderReview(nominationID: String, year: Int, openYear: Int)

    public var description: String {
        switch self {
        case .implausibleYear(let y): return "\(y) is not a plausible emulation year (1990–2100)"
        case .notUnderReview(let id, let year, let open):
            return "\(id) belongs to \(year), not to the year under review (\(open)); "
                + "to record an outcome for it anyway, confirm its year with --year-confirm \(year)"
        }
    }
}
