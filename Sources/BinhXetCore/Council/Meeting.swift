import Foundation
import GRDB

/// The council's meeting of a year: a property of the meeting, not of each nomination, so the minutes say
/// once who was there. Times are local wall-clock times ("2018-05-28T08:00", "11:30" the same day).
public struct Meeting: Sendable, Codable, Equatable {
    public var year: Int
    public var startsAt: String
    public var endsAt: String
    public var place: String
    /// Logins of the member who chaired and the one who kept the minutes.
    public var chair: String
    public var secretary: String
    /// Absent members' logins with the reason each gave (may be empty).
    public var absent: [String: String]

    public init(year: Int, startsAt: String, endsAt: String, place: String, chair: String, secretary: String,
                absent: [String: String] = [:]) {
        self.year = year; self.startsAt = startsAt; self.endsAt = endsAt; self.place = place; self.chair = chair
        self.secretary = secretary; self.absent = absent
    }

    public var day: CalendarDay? { CalendarDay(String(startsAt.prefix(10))) }
    /// "08 giờ 00 phút".
    public static func clock(_ hhmm: String) -> String {
        let parts = hhmm.split(separator: ":")
        guard parts.count == 2 else { return hhmm }
        return "\(parts[0]) giờ \(parts[1]) phút"
    }
    /// "08:00" of `startsAt`.
    public var startTime: String { String(startsAt.dropFirst(11)) }
    public var startClock: String { Self.clock(startTime) }
    public var endClock: String { Self.clock(endsAt) }
}

/// Why a meeting cannot be recorded.
public enum MeetingError: Error, Equatable, Sendable, CustomStringConvertible {
    case badTime(String)
    /// The end is not after the start (both the same day).
    case endsBeforeStart(start: String, end: String)
    /// No place written.
    case noPlace
    case notAMember(String)
    case nothingRecorded(year: Int)
    /// A member written as absent who cast ballots on nominations of the meeting's year: the ballot
    /// count's minutes would issue fewer ballots than were returned.
    case absentButVoted(login: String, name: String, year: Int, nominations: Int)

    public var description: String {
        switch self {
        case .badTime(let t): return "'\(t)' is not a time (write 08:00, or a day and a time: 28/05/2018 08:00)"
        case .endsBeforeStart(let s, let e): return "the meeting cannot end at \(e) when it began at \(s) the same day"
        case .noPlace: return "a meeting needs the place it was held"
        case .notAMember(let l): return "'\(l)' is not an active member of the council (binhxet member list)"
        case .nothingRecorded(let y): return "no meeting is recorded for \(y) (binhxet meeting --year \(y) --start … --end … --place …)"
        case .absentButVoted(let l, let name, let y, let n):
            return "\(name) ('\(l)') cast ballots on \(n) nomination(s) of \(y), so cannot be written as absent from its meeting"
        }
    }
}

extension Meeting {
    /// What is wrong with the meeting as written, before the desk is asked: the day, the two times (hh:mm,
    /// the end after the start) and the place. Front ends check a form with it, and `recordMeeting` again.
    public var problem: MeetingError? {
        guard day != nil, startsAt.count == 16, startsAt.dropFirst(10).first == "T", HourMinute.isValid(startTime) else {
            return .badTime(startsAt)
        }
        guard HourMinute.isValid(endsAt) else { return .badTime(endsAt) }
        // Zero-padded hh:mm compare as text.
        guard endsAt > startTime else { return .endsBeforeStart(start: startTime, end: endsAt) }
        guard !place.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .noPlace }
        return nil
    }
}
