import CNcursesw
import Foundation
import Synchronization

/// The signal that asked the desk to stop (SIGINT, SIGTERM, SIGHUP), 0 while none did.
let stopSignal = Atomic<Int32>(0)

/// Makes every way out restore the terminal.
///
/// SIGINT/SIGTERM/SIGHUP only set a flag: the loop wakes every 100 ms, leaves, and `endwin` runs on the
/// normal path. Crash signals cannot return to the loop, so their handler restores the terminal itself
/// (endwin is not async-signal-safe, but a crashing process has nothing left to protect) and then dies
/// of the same signal, so the exit status still tells what happened — without a backtrace over the screen.
enum SignalGuard {
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { s in stopSignal.store(s, ordering: .relaxed) }
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP] {
            signal(sig) { s in
                endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }

    /// Puts the default handlers back once the terminal is restored.
    static func uninstall() {
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP] {
            signal(sig, SIG_DFL)
        }
    }
}
