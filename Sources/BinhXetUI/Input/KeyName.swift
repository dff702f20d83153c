/// Key names as keymap files and the help screen write them, in the tig style: a character stands for
/// itself, named keys go in angle brackets (`<Enter>`, `<S-Tab>`, `<C-c>`, `<F1>`).
public enum KeyName {
    static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDown", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .char(" ")), ("Hash", .char("#")),
        ("LessThan", .char("<")),
    ]

    /// Reads a key name; nil when it names no key.
    public static func parse(_ name: String) -> Key? {
        if name.count == 1, let u = name.unicodeScalars.first, name.unicodeScalars.count == 1, u.value > 0x20 {
            return .char(u)
        }
        guard name.hasPrefix("<"), name.hasSuffix(">"), name.count > 2 else { return nil }
        let inner = String(name.dropFirst().dropLast())
        if let hit = named.first(where: { $0.0.lowercased() == inner.lowercased() }) { return hit.1 }
        if inner.count == 3, inner.lowercased().hasPrefix("c-"), let c = inner.last, c.isLetter {
            return .ctrl(Character(c.lowercased()))
        }
        if inner.first == "F" || inner.first == "f", let n = Int(inner.dropFirst()), (1...12).contains(n) {
            return .function(n)
        }
        return nil
    }

    /// The name a keymap file uses for a key.
    public static func fileName(_ key: Key) -> String {
        if let hit = named.first(where: { $0.1 == key }) { return "<\(hit.0)>" }
        switch key {
        case .char(let u): return String(Character(u))
        case .ctrl(let c): return "<C-\(c)>"
        case .function(let n): return "<F\(n)>"
        default: return "<?>"
        }
    }

    /// The short name the status bar and help screen show.
    public static func display(_ key: Key) -> String {
        switch key {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .char(" "): return "Space"
        case .char(let u): return String(Character(u))
        case .ctrl(let c): return "^" + c.uppercased()
        case .function(let n): return "F\(n)"
        }
    }
}
