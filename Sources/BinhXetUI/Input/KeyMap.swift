import Foundation

/// Which action a key runs on each screen: data, not code (tig's `bind`). A screen's own bindings win;
/// `generic` ones apply where the screen binds nothing. Text fields bypass the keymap entirely.
public struct KeyMap: Sendable, Equatable {
    /// One `bind` line; a nil action unbinds the key.
    struct Entry: Sendable, Equatable {
        var screen: ScreenKind
        var key: Key
        var action: ActionID?
    }

    private(set) var entries: [Entry] = []
    private var lookup: [ScreenKind: [Key: ActionID?]] = [:]
    /// The positions in `entries` of each action's bindings: the status bar asks for the keys of every
    /// action it shows on every frame, and walking all bindings for each was a quarter of a queue frame.
    private var positions: [ActionID: [Int]] = [:]

    init(entries: [Entry]) {
        for e in entries { bind(e) }
        index()
    }

    /// The compiled-in defaults, built from the action table.
    public static let defaults: KeyMap = {
        var entries: [Entry] = []
        for spec in ActionTable.all {
            for (screen, names) in spec.keys {
                for n in names { entries.append(Entry(screen: screen, key: KeyName.parse(n)!, action: spec.id)) }
            }
        }
        return KeyMap(entries: entries)
    }()

    private mutating func bind(_ e: Entry) {
        entries.removeAll { $0.screen == e.screen && $0.key == e.key }
        entries.append(e)
        lookup[e.screen, default: [:]][e.key] = .some(e.action)
    }

    /// Rebuilds `positions` from `entries` (after binding).
    private mutating func index() {
        positions = [:]
        for (i, e) in entries.enumerated() { if let a = e.action { positions[a, default: []].append(i) } }
    }

    /// The action a key runs on a screen, or nil.
    public func action(for key: Key, on screen: ScreenKind) -> ActionID? {
        if let own = lookup[screen]?[key] { return own }
        return lookup[.generic]?[key] ?? nil
    }

    /// The keys that run an action on a screen, in the order they were bound.
    public func keys(for action: ActionID, on screen: ScreenKind) -> [Key] {
        var out: [Key] = []
        for i in positions[action] ?? [] {
            let e = entries[i]
            guard e.screen == screen || e.screen == .generic else { continue }
            if self.action(for: e.key, on: screen) == action, !out.contains(e.key) { out.append(e.key) }
        }
        return out
    }

    /// Applies the `bind` lines of a keymap file over these bindings.
    public mutating func apply(file text: String, named source: String) throws(KeyMapError) {
        // Lines before a bad one stay applied, as before; the index follows whatever was bound.
        defer { index() }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            func fail(_ why: String) -> KeyMapError { KeyMapError(file: source, line: n + 1, reason: why) }
            guard words.count == 4, words[0] == "bind" else {
                throw fail("expected `bind <screen> <key> <action>`")
            }
            guard let screen = ScreenKind(rawValue: words[1]) else {
                throw fail("unknown screen '\(words[1])' (expected: \(ScreenKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let key = KeyName.parse(words[2]) else { throw fail("unknown key '\(words[2])'") }
            if words[3] == "none" {
                bind(Entry(screen: screen, key: key, action: nil))
            } else if let action = ActionID(rawValue: words[3]) {
                bind(Entry(screen: screen, key: key, action: action))
            } else {
                throw fail("unknown action '\(words[3])' (see the help screen or Resources/keymap.default)")
            }
        }
    }

    /// The text of `Resources/keymap.default`: every default binding, grouped as the help screen groups
    /// actions. A test keeps the file equal to this.
    public static func defaultFileText() -> String {
        var out = """
            # BinhXet default keys, generated from the action table (Sources/BinhXetUI/App/ActionTable.swift).
            # After changing the table, refresh this file with: RECORD_SNAPSHOTS=1 swift test --filter KeyMapTests
            #
            # bind <screen> <key> <action>
            #   screens: \(ScreenKind.allCases.map(\.rawValue).joined(separator: " "))
            #   `generic` applies wherever a screen does not bind the key itself; `none` unbinds a key.
            #   keys: a character stands for itself; <Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left> <Right>
            #         <PgUp> <PgDown> <Home> <End> <Space> <Hash> <F1>…<F12> <C-x> (Ctrl-x)
            # A personal keymap (--keymap FILE or $BINHXET_KEYMAP) needs only the lines it changes.
            # Text fields (search, reasons) take every key as text; Enter, Esc and Backspace act there.

            """
        for group in ActionGroup.allCases {
            // The file's comments are English, like its action names.
            out += "\n# \(EnglishStrings().group(group))\n"
            for spec in ActionTable.all where spec.group == group {
                for (screen, names) in spec.keys {
                    for n in names {
                        out += "bind " + pad(screen.rawValue, 11) + pad(n, 10) + spec.id.name + "\n"
                    }
                }
            }
        }
        return out
    }

    private static func pad(_ s: String, _ w: Int) -> String {
        s + String(repeating: " ", count: max(1, w - s.count))
    }
}

/// A line of a keymap file that could not be read.
public struct KeyMapError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}
