import GRDB

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

extension DeskStore {
    /// The year under review: the one opened with `binhxet year open`, else the latest year with
    /// nominations.
    public func reviewYear() throws -> ReviewYear {
        try read { db in try Self.reviewYear(db) }
    }

    static func reviewYear(_ db: Database) throws -> ReviewYear {
        if let chosen = try String.fetchOne(db, sql: "SELECT value FROM desk_info WHERE key = 'open_year'"),
           let year = Int(chosen) {
            return ReviewYear(year: year, isChosen: true)
        }
        return ReviewYear(year: try Int.fetchOne(db, sql: "SELECT max(year) FROM nomination"), isChosen: false)
    }

    /// Opens a year for review; recorded as an event, so the log says when the council moved on.
    /// `asOf` reviews it as it stood on that day (deadlines, queues, events dated by the clock); without
    /// it the desk follows the clock again.
    public func openYear(_ year: Int, asOf: CalendarDay? = nil, actor: String, at: String = Clock.isoNow()) throws {
        guard (1990...2100).contains(year) else { throw ReviewYearError.implausibleYear(year) }
        if let asOf, asOf.year < year { throw AsOfError.beforeTheYear(asOf: asOf, year: year) }
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('open_year', ?)", arguments: [String(year)])
            if let asOf {
                try db.execute(sql: "INSERT OR REPLACE INTO desk_info(key, value) VALUES ('as_of', ?)", arguments: [asOf.iso])
            } else {
                try db.execute(sql: "DELETE FROM desk_info WHERE key = 'as_of'")
            }
            var payload = ["year": String(year)]
            if let asOf { payload["as_of"] = asOf.iso }
            var e = DeskEvent(kind: .yearOpened, actor: actor, at: at, payload: payload)
            try e.insert(db)
        }
    }
}
