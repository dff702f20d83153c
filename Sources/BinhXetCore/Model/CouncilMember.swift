import Foundation

/// A seat on the council (Hội đồng Thi đua – Khen thưởng), as NĐ 91/2017 Art. 63 composes it.
public enum CouncilRole: String, Sendable, Codable, CaseIterable {
    /// Chủ tịch Hội đồng: the People's Committee chairman.
    case chair
    /// Phó Chủ tịch thường trực: the Home Affairs head, whose office runs the desk. Listed before the
    /// other vice-chairs, as minutes list the council.
    case standingViceChair = "standing_vice_chair"
    /// Phó Chủ tịch Hội đồng.
    case viceChair = "vice_chair"
    /// Ủy viên thư ký: keeps the minutes.
    case secretary
    /// Ủy viên.
    case member

    /// The title as the minutes print it.
    public var vietnamese: String {
        switch self {
        case .chair: return "Chủ tịch Hội đồng"
        case .viceChair: return "Phó Chủ tịch Hội đồng"
        case .standingViceChair: return "Phó Chủ tịch thường trực"
        case .secretary: return "Ủy viên thư ký"
        case .member: return "Ủy viên"
        }
    }

    /// Reads a role as typed: `standing_vice_chair`, `standing-vice-chair`.
    public init?(code: String) {
        self.init(rawValue: code.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A council member, known by the OS user name of their terminal so that what they do there is theirs.
public struct CouncilMember: Sendable, Codable, Equatable {
    /// The OS user name (`getpwuid`), or the name `--member` and `BINHXET_MEMBER` give.
    public var login: String
    /// Full name, for the minutes.
    public var name: String
    public var role: CouncilRole
    /// False once removed: a former member neither votes nor counts among "all members".
    public var active: Bool
    /// When the member was last added or changed (ISO time).
    public var since: String

    public init(login: String, name: String, role: CouncilRole, active: Bool = true, since: String = Clock.isoNow()) {
        self.login = login; self.name = name; self.role = role; self.active = active; self.since = since
    }
}

extension CouncilMember {
    /// The longest login `useradd` makes (and `utmp` keeps).
    public static let loginMaxLength = 32

    /// Why `login` cannot be an OS user's name, nil when it can: POSIX's portable user names (letters,
    /// digits, '.', '_', '-', not starting with '-'), at most 32 characters. A member is known by the OS
    /// user name of their terminal, so a login with a space ("bad user") would be a seat nobody can take.
    public static func loginProblem(_ login: String) -> CouncilError? {
        let portable = login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
        guard portable, !login.isEmpty, !login.hasPrefix("-"), login.count <= loginMaxLength else { return .notALogin(login) }
        return nil
    }

    /// Why `name` cannot be a member's name on the minutes, nil when it can: it holds no control character
    /// (C0, DEL, C1: an ESC would reach every terminal that lists the council).
    public static func nameProblem(_ name: String) -> CouncilError? {
        guard let c = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return nil }
        return .controlCharacterInName(StrayControlCharacters.name(c))
    }
}
