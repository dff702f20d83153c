import BinhXetUI

/// How a semantic style looks: colours (curses colour numbers, -1 = the terminal's default) and
/// attributes. Decided here only; screens name styles, never colours.
public struct Look: Equatable, Sendable {
    public var foreground: Int16 = -1
    public var background: Int16 = -1
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
}

/// The colour table, and the monochrome one used when the terminal has no colours or NO_COLOR is set.
/// In monochrome every emphasis still differs (reverse, bold, underline), and passages keep their gutter
/// numbers, so nothing relies on colour alone.
public enum StyleTable {
    // curses colour numbers
    static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4,
               magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7

    public static func look(_ style: Style, color: Bool) -> Look {
        color ? colored(style) : monochrome(style)
    }

    static func colored(_ style: Style) -> Look {
        switch style {
        case .normal: return Look()
        case .header: return Look(foreground: white, background: blue, bold: true)
        case .tab: return Look(foreground: cyan)
        case .tabActive: return Look(foreground: black, background: cyan, bold: true)
        case .columnHeader: return Look(bold: true, underline: true)
        case .selection: return Look(reverse: true)
        case .dim: return Look(dim: true)
        case .label: return Look(bold: true)
        case .sectionTitle: return Look(foreground: cyan, bold: true)
        case .gutter: return Look(foreground: yellow)
        case .match(let i):
            let backgrounds = [yellow, green, magenta, cyan]
            return Look(foreground: black, background: backgrounds[i % backgrounds.count])
        case .matchFocused: return Look(foreground: white, background: red, bold: true)
        // Differing words drop the passage's background for the terminal's own, in red, bold and
        // underlined: they read as holes in the match, on any passage colour and in the focused one.
        case .matchChanged: return Look(foreground: red, bold: true, underline: true)
        case .matchTemplate: return Look(dim: true)
        case .flag: return Look(foreground: red, bold: true)
        case .overdue: return Look(foreground: magenta, bold: true)
        case .statusKey: return Look(foreground: blue, background: white, bold: true)
        case .statusText: return Look(foreground: black, background: white)
        case .statusDisabled: return Look(foreground: black, background: white, dim: true)
        case .message: return Look(foreground: green)
        case .error: return Look(foreground: red, bold: true)
        case .dialog: return Look(foreground: black, background: white)
        case .dialogTitle: return Look(foreground: white, background: blue, bold: true)
        case .dialogBorder: return Look(foreground: blue, background: white)
        case .input: return Look(foreground: black, background: yellow)
        case .choiceSelected: return Look(foreground: white, background: blue, bold: true)
        }
    }

    static func monochrome(_ style: Style) -> Look {
        switch style {
        case .normal, .gutter, .message, .dialog, .tab: return Look()
        case .header, .tabActive, .dialogTitle, .statusKey, .matchFocused: return Look(bold: true, reverse: true)
        case .selection, .statusText, .choiceSelected: return Look(reverse: true)
        case .statusDisabled: return Look(reverse: true, dim: true)
        case .columnHeader: return Look(bold: true, underline: true)
        case .dim: return Look(dim: true)
        case .label, .sectionTitle, .flag, .error, .dialogBorder: return Look(bold: true)
        case .overdue: return Look(bold: true, underline: true)
        case .match, .input: return Look(underline: true)
        // Bold and underlined: differs from a passage (underline) and from the focused one (reverse).
        case .matchChanged: return Look(bold: true, underline: true)
        case .matchTemplate: return Look(dim: true)
        }
    }
}
