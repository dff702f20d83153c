import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The OS user at this terminal: who an event is recorded as when no member is named.
public enum CurrentUser {
    public static var name: String {
        if let u = ProcessInfo.processInfo.environment["BINHXET_MEMBER"], !u.isEmpty { return u }
        if let pw = getpwuid(geteuid()), let n = pw.pointee.pw_name { return String(cString: n) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
