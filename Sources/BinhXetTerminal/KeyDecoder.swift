import BinhXetUI
import CNcursesw

/// What one read from the terminal gave.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// The window changed size (KEY_RESIZE).
    case resized
    /// Nothing arrived within the read timeout.
    case timeout
    /// The input ended or the terminal hung up: nothing will ever arrive (see `InputEnd`).
    case closed
}

/// One `get_wch` result: a character, or a curses key code when `isKeyCode` (KEY_CODE_YES).
public struct RawRead: Equatable, Sendable {
    public var value: UInt32
    public var isKeyCode: Bool
    public init(_ value: UInt32, isKeyCode: Bool = false) {
        self.value = value
        self.isKeyCode = isKeyCode
    }
}

/// Turns `get_wch` results into the UI's keys: the one place that knows curses key codes and the escape
/// sequences terminals send.
public enum KeyDecoder {
    /// `isKeyCode` is true when `get_wch` returned KEY_CODE_YES (a function key), false for OK (a character).
    public static func decode(_ value: UInt32, isKeyCode: Bool) -> TerminalInput? {
        if isKeyCode {
            let code = Int32(bitPattern: value)
            switch code {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE, KEY_A3: return .key(.pageUp)
            case KEY_NPAGE, KEY_C3: return .key(.pageDown)
            // vt220 descriptions name the keys above the arrows Find and Select (\e[1~ and \e[4~), where
            // PuTTY and the Linux console have Home and End; the keypad's corners are Home and End too.
            case KEY_HOME, KEY_FIND, KEY_A1: return .key(.home)
            case KEY_END, KEY_SELECT, KEY_C1: return .key(.end)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_RESIZE: return .resized
            default:
                if code > KEY_F0 && code <= KEY_F0 + 12 { return .key(.function(Int(code - KEY_F0))) }
                return nil
            }
        }
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x1B: return .key(.escape)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x01...0x1A: return .key(.ctrl(Character(Unicode.Scalar(value + 0x60)!)))
        case 0x00...0x1F: return nil
        default: return Unicode.Scalar(value).map { .key(.char($0)) }
        }
    }

    /// Decodes one read, reading on after an ESC while it starts an escape sequence.
    ///
    /// curses turns the sequences its terminfo lists into key codes; any other (PuTTY's and the Linux
    /// console's Home `\e[1~` and End `\e[4~`, rxvt's `\e[7~` `\e[8~`, xterm's `\eOH` `\eOF` under another
    /// TERM) it hands over as ESC and then its characters, which were read as Esc and command keys: End in
    /// the queue went to tab 4, Home in a reason asked to discard it. Here a sequence is read whole: to its
    /// key, or swallowed when it names no key the desk has (nil) — never Esc followed by characters.
    /// `more` gives the next read (nil when none arrives in time); `unread` hands back reads taken but not
    /// used, first first, to be read again.
    public static func decode(_ first: RawRead, more: () -> RawRead?, unread: ([RawRead]) -> Void) -> TerminalInput? {
        guard !first.isKeyCode, first.value == 0x1B else { return decode(first.value, isKeyCode: first.isKeyCode) }
        var after: [RawRead] = []
        while true {
            switch EscapeSequence.read(after) {
            case .more:
                if let next = more() {
                    after.append(next)
                    continue
                }
                // Nothing more came: a lone ESC (or ESC and one of `[` `O`, Alt-[ or Alt-O) is the Esc key;
                // a sequence cut short is swallowed.
                if after.count <= 1 {
                    unread(after)
                    return .key(.escape)
                }
                return nil
            case .done(let key, let used):
                unread(Array(after.dropFirst(used)))
                return key.map(TerminalInput.key)
            }
        }
    }
}

/// The escape sequences terminals send for keys: what the characters after an ESC make.
enum EscapeSequence {
    enum Reading: Equatable {
        /// Not yet whole: read on.
        case more
        /// The first `used` characters after the ESC made the key (nil: a sequence naming no key the desk
        /// has, swallowed); any read after them is read again. `.done(.escape, used: 0)`: the ESC alone.
        case done(Key?, used: Int)
    }

    /// Longer than any key sends: a run of parameters this long is not a key, and is swallowed.
    static let longest = 64

    static func read(_ after: [RawRead]) -> Reading {
        guard let first = after.first else { return .more }
        guard !first.isKeyCode else { return .done(.escape, used: 0) }
        switch first.value {
        case 0x5B: return csi(after)            // ESC [
        case 0x4F: return ss3(after)            // ESC O
        default: return .done(.escape, used: 0)  // ESC then a key of its own (Esc, or Alt and a key)
        }
    }

    /// ESC O and one character: xterm's application cursor keys, F1–F4 and keypad.
    private static func ss3(_ after: [RawRead]) -> Reading {
        guard after.count >= 2 else { return .more }
        let c = after[1]
        guard !c.isKeyCode, (0x20...0x7E).contains(c.value) else { return .done(nil, used: 1) }
        let key: Key?
        switch Character(Unicode.Scalar(c.value)!) {
        case "A", "a": key = .up
        case "B", "b": key = .down
        case "C", "c": key = .right
        case "D", "d": key = .left
        case "H": key = .home
        case "F": key = .end
        case "P": key = .function(1)
        case "Q": key = .function(2)
        case "R": key = .function(3)
        case "S": key = .function(4)
        case "M": key = .enter
        // The numeric keypad in application mode.
        case "p"..."y": key = .char(Unicode.Scalar(c.value - 0x70 + 0x30)!)
        case "j": key = .char("*")
        case "k": key = .char("+")
        case "l": key = .char(",")
        case "m": key = .char("-")
        case "n": key = .char(".")
        case "o": key = .char("/")
        default: key = nil
        }
        return .done(key, used: 2)
    }

    /// ESC [ parameters (0x30–0x3F), intermediates (0x20–0x2F) and one final character (0x40–0x7E); rxvt
    /// ends its shifted keys with `$`, the Linux console its F1–F5 with `[` and a letter.
    private static func csi(_ after: [RawRead]) -> Reading {
        var parameters = ""
        var i = 1
        while i < after.count {
            let c = after[i]
            guard !c.isKeyCode, (0x20...0x7E).contains(c.value) else {
                // Broken off by a key or a control: the part read is swallowed, the rest read again.
                return .done(nil, used: i)
            }
            let u = Unicode.Scalar(c.value)!
            if i == 1 && u == "[" {
                guard after.count >= 3 else { return .more }
                let f = after[2]
                guard !f.isKeyCode, (0x41...0x45).contains(f.value) else { return .done(nil, used: 2) }
                return .done(.function(Int(f.value - 0x40)), used: 3)
            }
            switch c.value {
            case 0x30...0x3F: parameters.unicodeScalars.append(u)
            case 0x24: return .done(tilde(parameters), used: i + 1)   // rxvt: Shift and the key
            case 0x20...0x2F: break
            default: return .done(final(u, parameters), used: i + 1)
            }
            if i >= longest { return .done(nil, used: i + 1) }
            i += 1
        }
        return .more
    }

    private static func final(_ u: Unicode.Scalar, _ parameters: String) -> Key? {
        // `<` `=` `>` `?` first mark a private sequence (a mouse report, a terminal's answer): no key.
        if let p = parameters.unicodeScalars.first, (0x3C...0x3F).contains(p.value) { return nil }
        switch u {
        case "A", "a": return .up
        case "B", "b": return .down
        case "C", "c": return .right
        case "D", "d": return .left
        case "H": return .home
        case "F": return .end
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "Z": return .backTab
        case "~", "^", "@": return tilde(parameters)   // rxvt: ^ with Ctrl, @ with Ctrl and Shift
        default: return nil
        }
    }

    /// The vt220 numbered keys: `\e[n~`, with xterm's modifiers after a `;` ignored.
    private static func tilde(_ parameters: String) -> Key? {
        guard let n = Int(parameters.split(separator: ";", omittingEmptySubsequences: false).first ?? "") else {
            return nil
        }
        switch n {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(n - 10)
        case 17...21: return .function(n - 11)
        case 23, 24: return .function(n - 12)
        default: return nil   // Insert (2), F13 and up, paste brackets (200, 201): no key here
        }
    }
}
