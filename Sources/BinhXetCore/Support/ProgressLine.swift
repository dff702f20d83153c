import Foundation

/// The progress line of long work (import, scan, index and model building, backup) on standard error:
/// what is being done, how far, how fast, how long still — redrawn in place with a carriage return.
///
/// Only for a terminal: a command whose standard error is a file or a pipe prints nothing of it (a log
/// would fill with carriage returns), nor does one given `--quiet`. The caller decides with `enabled`.
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let write: @Sendable (String) -> Void
    private let enabled: Bool
    private let start: Date
    private let lock = NSLock()
    private var lastDrawn: Date?
    private var drewAny = false
    /// Redraws at most this often: a line per document would cost more than the work on a fast desk.
    static let interval: TimeInterval = 0.2
    /// Nothing is drawn before this: work done in less than a second needs no progress.
    static let delay: TimeInterval = 1

    /// - Parameters:
    ///   - label: what is being done ("đọc tài liệu", "checking"), in the command's language.
    ///   - enabled: whether to draw at all (standard error is a terminal and not `--quiet`).
    ///   - write: where the line goes (standard error).
    public init(_ label: String, enabled: Bool, start: Date = Date(), write: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.enabled = enabled
        self.start = start
        self.write = write
    }

    /// Reports `done` of `total`; thread-safe (workers on all cores report).
    public func update(_ done: Int, of total: Int, now: Date = Date()) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= Self.delay || (drewAny && done == total) else { return }
        if let last = lastDrawn, now.timeIntervalSince(last) < Self.interval, done < total { return }
        lastDrawn = now
        drewAny = true
        write("\r" + Self.format(label, done: done, total: total, elapsed: elapsed) + "\u{1B}[K")
    }

    /// Ends the line (a line break) if anything was drawn.
    public func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if drewAny { write("\n") }
        drewAny = false
    }

    /// "label 1 200/10 000 · 850/s · còn 10 s": count, rate, time left (from the rate so far).
    public static func format(_ label: String, done: Int, total: Int, elapsed: TimeInterval) -> String {
        var out = "\(label) \(done)/\(total)"
        guard elapsed > 0, done > 0 else { return out }
        let rate = Double(done) / elapsed
        out += rate >= 10 ? String(format: " · %.0f/s", rate) : String(format: " · %.1f/s", rate)
        if done < total {
            out += " · " + remaining(Double(total - done) / rate) + " left"
        }
        return out
    }

    /// A duration as people read it: "45 s", "3 min 20 s", "1 h 05 min".
    static func remaining(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(String(format: "%02d", s % 60)) s" }
        return "\(s / 3600) h \(String(format: "%02d", (s % 3600) / 60)) min"
    }
}
