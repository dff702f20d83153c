import BinhXetCore
import Foundation

/// How far the desk's own check of unchecked nominations has got (shown on the message line).
public struct CheckProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int
    public init(done: Int, total: Int) { self.done = done; self.total = total }
}

/// Messages a background job posts for the loop to feed to `reduce`: the job runs off the loop, the
/// state is changed only by the loop.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Msg] = []
    private var running = false

    var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }
    /// Marks a job as started; false when one is running already.
    func start() -> Bool { lock.lock(); defer { lock.unlock() }; if running { return false }; running = true; return true }
    func post(_ m: Msg) { lock.lock(); messages.append(m); lock.unlock() }
    /// Posts the job's last message and marks it finished, at once (a reader never sees one without the other).
    func finish(_ m: Msg) { lock.lock(); messages.append(m); running = false; lock.unlock() }
    func take() -> [Msg] { lock.lock(); defer { lock.unlock() }; let m = messages; messages.removeAll(); return m }
}

extension EffectRunner {
    /// Checks nominations as `binhxet scan` does (the same `DeskChecker.scan`), reporting progress.
    public func check(_ ids: [String], progress: @escaping @Sendable (Int, Int) -> Void) -> Msg {
        do {
            let checker = try DeskChecker(store: store)
            let (report, _) = try checker.scan(ids, progress: progress)
            return .checkFinished(checked: report.checked, flagged: report.flagged)
        } catch {
            return .checkFailed(ErrorWords.line(error, in: language))
        }
    }
}

extension AppState {
    /// The nominations with an initiative that nobody has checked yet, and that this desk has not tried:
    /// what opening the desk (or another terminal's import) leaves to check.
    mutating func uncheckedToCheck() -> [Effect] {
        guard checksInBackground, !readOnly, checking == nil else { return [] }
        let ids = queue.rows.filter { !$0.checked && $0.summary.initiativeTitle != nil && !checkTried.contains($0.id) }.map(\.id)
        guard !ids.isEmpty else { return [] }
        checkTried.formUnion(ids)
        checking = CheckProgress(done: 0, total: ids.count)
        return [.checkUnchecked(ids)]
    }
}

/// The last progress count reported, shared with the checker's worker threads.
final class LastReported: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// True when `done` is at least `step` past the last report (or the end); then it becomes the last.
    func advance(to done: Int, step: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard done - value >= step else { return false }
        value = done
        return true
    }
}
