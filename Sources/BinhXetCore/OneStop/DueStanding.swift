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
