import Foundation

/// Runs the update loop: feeds a message to `reduce`, carries out the effects it returns, and feeds their
/// results back, until nothing is left to do. The terminal and the tests drive the desk through this one
/// object, so they exercise the same code.
public final class AppDriver {
    public private(set) var state: AppState
    public let runner: EffectRunner
    /// True once the member quit.
    public private(set) var isFinished = false
    private var fullRedraw = false
    /// Slow effects that wait until the current frame is on screen (see `runDeferred`).
    private var deferred: [Effect] = []
    /// Rewrites effect results before `reduce` sees them; tests use it to pin volatile values (event
    /// times) so snapshots are stable.
    public var resultFilter: ((Msg) -> Msg)?

    public init(state: AppState, runner: EffectRunner) {
        self.state = state
        self.runner = runner
    }

    public func send(_ msg: Msg) {
        var pending = [msg]
        while !pending.isEmpty {
            let m = pending.removeFirst()
            for effect in reduce(&state, m) {
                switch effect {
                case .quit: isFinished = true
                case .redraw: fullRedraw = true
                case .checkUnchecked(let ids): startCheck(ids)
                case .loadAttention, .loadRuleFlags, .explainPassages: if !deferred.contains(effect) { deferred.append(effect) }
                default: pending += runner.run(effect).map { resultFilter?($0) ?? $0 }
                }
            }
        }
    }

    /// Keys that arrived together (the terminal reads all that are waiting, a paste among them): each goes
    /// through `send` in turn, except that characters typed into the queue search are applied as one text,
    /// which filters the queue once instead of once per character. Keys after a quit are dropped.
    public func send(keys: [Key]) {
        var text = String.UnicodeScalarView()
        for key in keys {
            if isFinished { return }
            if case .char(let u) = key, state.takesSearchText { text.append(u); continue }
            if !text.isEmpty { send(.type(String(text))); text = String.UnicodeScalarView() }
            send(.key(key))
        }
        if !text.isEmpty && !isFinished { send(.type(String(text))) }
    }

    /// Runs the slow effects put off by `send` (the desk-wide rule checks), once the loop has drawn the
    /// frame the member is waiting for. Returns whether anything ran (then draw again).
    @discardableResult
    public func runDeferred() -> Bool {
        guard !deferred.isEmpty else { return false }
        let effects = deferred
        deferred.removeAll()
        for effect in effects {
            for m in runner.run(effect) { send(resultFilter?(m) ?? m) }
        }
        return true
    }

    /// Background work's messages waiting for the loop.
    private let mailbox = Mailbox()

    /// Starts checking nominations off the loop (the same core code as `binhxet scan`); progress and the
    /// end arrive through `drainBackground`, so the desk stays responsive while it runs.
    private func startCheck(_ ids: [String]) {
        guard mailbox.start() else { return }
        let runner = self.runner, box = mailbox
        let total = ids.count
        let thread = Thread {
            let last = LastReported()
            let result = runner.check(ids) { done, _ in
                // At most one progress message per 2 % (or per nomination when there are few).
                if last.advance(to: done, step: max(1, total / 50)) { box.post(.checkProgress(done: done, total: total)) }
            }
            box.finish(result)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Feeds the messages background work posted since the last call; returns whether there were any.
    @discardableResult
    public func drainBackground() -> Bool {
        let messages = mailbox.take()
        for m in messages { send(resultFilter?(m) ?? m) }
        return !messages.isEmpty
    }

    /// Whether background work is still running.
    public var isWorkingInBackground: Bool { mailbox.isRunning }

    /// Queue rows drawn for earlier frames (moving one row redraws two rows, not all of them).
    public let queueLines = QueueLineCache()

    /// The frame for the current state: `render(state)`, with the rows already drawn taken from `queueLines`.
    public var frame: ScreenBuffer { render(state, cache: queueLines) }

    /// Whether the terminal should repaint everything (Ctrl-L); asking clears it.
    public func takeFullRedraw() -> Bool {
        defer { fullRedraw = false }
        return fullRedraw
    }
}
