import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The person at this terminal: the OS user of the process, by its real uid.
///
/// The desk takes nobody's word for who acts: a member option or `BINHXET_MEMBER` naming someone else is
/// refused unless the process runs as root — the administrator, who can edit the desk's files anyway and
/// whom tests and CI run as. Every event records both the member acted as and this OS user.
public enum CurrentUser {
    /// The login name of the process's real uid (not the effective one: a set-uid helper does not make
    /// its caller someone else).
    public static var osLogin: String {
        if let pw = getpwuid(getuid()), let n = pw.pointee.pw_name { return String(cString: n) }
        return "uid\(getuid())"
    }

    /// Whether the process runs as the administrator (real uid 0).
    public static var isAdministrator: Bool { getuid() == 0 }

    /// Who an action is recorded as: the OS user, or — for root only — the member named by `claimed`
    /// (an option) or `BINHXET_MEMBER`.
    public static func actingMember(claimed: String? = nil,
                                    environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let named = [claimed, environment["BINHXET_MEMBER"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        let me = osLogin
        guard let named, named != me else { return me }
        guard isAdministrator else { throw ImpersonationRefused(claimed: named, osUser: me) }
        return named
    }

    /// The acting member, or the OS user when naming someone else is refused (for read-only views, where
    /// the refusal is reported by the caller).
    public static var name: String { (try? actingMember()) ?? osLogin }
}

/// A user tried to act as another member.
public struct ImpersonationRefused: Error, Equatable, Sendable, CustomStringConvertible {
    public var claimed: String
    public var osUser: String
    public var description: String {
        "you are logged in as '\(osUser)' and cannot act as '\(claimed)': each member acts under their own login "
            + "(only the administrator, root, may name another member)"
    }
}
