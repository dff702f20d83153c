import Foundation

/// Time stamps for the event log: ISO 8601 in UTC, to the millisecond, so events sort as text.
public enum Clock {
    public static func isoNow(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
