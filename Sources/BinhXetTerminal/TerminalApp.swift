import BinhXetUI
import Foundation

/// The run loop: terminal input and ticks in, frames out, effects run by the driver against the desk.
@MainActor
public enum TerminalApp {
    /// Runs the desk until the member quits or a signal stops it. Returns the exit status.
    public static func run(_ driver: AppDriver) throws -> Int32 {
        let term = try Curses()
        SignalGuard.install()
        defer {
            term.stop()
            SignalGuard.uninstall()
        }
        driver.send(.resize(term.size))
        driver.send(.start)
        term.draw(driver.frame)
        if driver.runDeferred() { term.draw(driver.frame) }
        // The desk is polled about once a second, so another member's decision shows within 2 s.
        var lastTick = ContinuousClock.now
        while !driver.isFinished {
            let signal = stopSignal.load(ordering: .relaxed)
            if signal != 0 { return 128 + signal }
            // Every key already waiting is taken before the next frame: a paste arrives as one key per
            // character, and a frame for each made a 10 KB paste take a minute.
            var changed = false
            var waiting = true
            var keys: [Key] = []
            reading: while true {
                switch term.read(waiting: waiting) {
                case .key(let key): keys.append(key)
                case .resized:
                    driver.send(keys: keys)
                    keys = []
                    term.invalidate()
                    driver.send(.resize(term.size))
                case .timeout: break reading
                case .closed: throw InputClosed()
                }
                changed = true
                waiting = false
            }
            driver.send(keys: keys)
            // The desk's own check posts its progress and its end from another thread.
            if driver.drainBackground() { changed = true }
            if ContinuousClock.now - lastTick >= .seconds(1) {
                lastTick = .now
                driver.send(.tick)
                changed = true
            }
            if driver.isFinished { break }
            if driver.takeFullRedraw() { term.invalidate(clearScreen: true) }
            if changed { term.draw(driver.frame) }
            if driver.runDeferred() { term.draw(driver.frame) }
        }
        return 0
    }

    /// The terminal went away under the desk (see `InputEnd`).
    public struct InputClosed: Error, CustomStringConvertible {
        public var description: String { "the terminal's input ended or it hung up; the desk is closed" }
    }
}
