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

/// Turns `get_wch` results into the UI's keys: the one place that knows curses key codes.
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
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
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
}
