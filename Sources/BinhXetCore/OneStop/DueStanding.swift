/// How a dossier still waiting for the council stands against its appointment date on a day: working
/// days left (0 = due that day), or working days late.
public enum DueStanding: Sendable, Equatable, Hashable, Codable {
    case dueIn(workingDays: Int)
    case late(workingDays: Int)

    public var isLate: Bool { if case .late = self { return true } else { return false } }

    /// Soonest first: the latest dossier first, then those due soonest.
    public var sortKey: Int {
        switch self {
        case .late(let d): return -d
        case .dueIn(let d): return d
        }
    }
}

extension Dossier {
    /// Waiting for the council: open and not decided. A decided dossier is the desk's to hand back, not
    /// the council's to work on, so the queues give it no due date.
    public var awaitsCouncil: Bool { isOpen && !status.isDecided }

    /// The standing on `day`; nil while the dossier does not await the council or waits for supplements.
    public func standing(on day: CalendarDay, calendar: WorkingCalendar) -> DueStanding? {
        guard awaitsCouncil, let due = dueOn.flatMap({ CalendarDay($0) }) else { return nil }
        if day > due { return .late(workingDays: max(1, calendar.workingDays(after: due, through: day))) }
        return .dueIn(workingDays: calendar.workingDays(after: day, through: due))
    }
}

extension DeskStore {
    /// The standing of every dossier of the year under review that awaits the council, on the desk's
    /// today (its as-of date, else the clock): what the queues' due column shows. The archive's dossiers
    /// were settled by earlier councils and have none.
    public func dueStandings(on day: CalendarDay? = nil) throws -> [String: DueStanding] {
        guard let year = try reviewYear().year else { return [:] }
        let day = try day ?? today()
        let calendar = try workingCalendar()
        var out: [String: DueStanding] = [:]
        for d in try dossiers(year: year, calendar: calendar) {
            if let s = d.standing(on: day, calendar: calendar) { out[d.nominationID] = s }
        }
        return out
    }

    /// One nomination's standing on the desk's today: for its page.
    public func dueStanding(of nominationID: String, on day: CalendarDay? = nil) throws -> DueStanding? {
        let year = try read { db in try Int.fetchOne(db, sql: "SELECT year FROM nomination WHERE id = ?", arguments: [nominationID]) }
        guard let year, try reviewYear().period(of: year) == .underReview else { return nil }
        return try dossier(of: nominationID).standing(on: try day ?? today(), calendar: try workingCalendar())
    }
}
