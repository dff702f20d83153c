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
            var changed = true
            switch term.read() {
            case .key(let key): driver.send(.key(key))
            case .resized:
                term.invalidate()
                driver.send(.resize(term.size))
            case .timeout: changed = false
            }
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
}
