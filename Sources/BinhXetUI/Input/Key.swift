/// A key press as the UI sees it, independent of curses: the terminal module maps `get_wch` results to
/// these, and tests press them directly.
public enum Key: Hashable, Sendable {
    /// A typed character (one scalar: IMEs commit precomposed letters; combining marks arrive alone).
    case char(Unicode.Scalar)
    /// A control key, by its letter: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// F1…F12.
    case function(Int)

}
