import Foundation

/// The progress line of long work (import, scan, index and model building, backup) on standard error:
/// what is being done, how far, how fast, how long still — redrawn in place with a carriage return.
///
/// Only for a terminal: a command whose standard error is a file or a pipe prints nothing of it (a log
/// would fill with carriage returns), nor does one given `--quiet`. The caller decides with `enabled`.
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let language: Language
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
    ///   - language: the command's language, for the rate and the time left.
    ///   - enabled: whether to draw at all (standard error is a terminal and not `--quiet`).
    ///   - write: where the line goes (standard error).
    public init(_ label: String, language: Language, enabled: Bool, start: Date = Date(),
                write: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.language = language
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
        write("\r" + Self.format(label, done: done, total: total, elapsed: elapsed, in: language) + "\u{1B}[K")
    }

    /// Ends the line (a line break) if anything was drawn.
    public func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if drewAny { write("\n") }
        drewAny = false
    }

    /// "đang đọc 1200/10000 · 850/giây · còn 10 giây" ("… · 850/s · 10 s left" in English): count, rate,
    /// time left (from the rate so far). The Vietnamese line said "10 s left" in English before.
    public static func format(_ label: String, done: Int, total: Int, elapsed: TimeInterval, in language: Language) -> String {
        var out = "\(label) \(done)/\(total)"
        guard elapsed > 0, done > 0 else { return out }
        let rate = Double(done) / elapsed
        out += " · \(Percent.decimal(rate, places: rate >= 10 ? 0 : 1, in: language))/" + (language == .vi ? "giây" : "s")
        if done < total {
            let left = remaining(Double(total - done) / rate, in: language)
            out += " · " + (language == .vi ? "còn \(left)" : "\(left) left")
        }
        return out
    }

    /// A duration as people read it: "45 s", "3 min 20 s", "1 h 05 min"; "45 giây", "3 phút 20 giây",
    /// "1 giờ 05 phút".
    static func remaining(_ seconds: Double, in language: Language) -> String {
        let (h, m, sec) = language == .vi ? ("giờ", "phút", "giây") : ("h", "min", "s")
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) \(sec)" }
        if s < 3600 { return "\(s / 60) \(m) \(String(format: "%02d", s % 60)) \(sec)" }
        return "\(s / 3600) \(h) \(String(format: "%02d", (s % 3600) / 60)) \(m)"
    }
}
