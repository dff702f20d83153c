import CNcursesw

/// Whether the terminal named by TERM can show the desk, asked of terminfo before curses starts.
///
/// `TERM=dumb` (an editor's shell, some CI or serial consoles) has no cursor addressing: curses starts
/// anyway and every frame comes out as one long smear, with no word of why. Checked before the desk needs
/// a terminal at all, so the message also reaches a script.
public enum TerminalCapability {
    /// Why the desk cannot draw on the terminal, or nil when it can.
    public static func problem(environment: [String: String]) -> String? {
        let term = environment["TERM"] ?? ""
        if !term.isEmpty && cn_term_can_address(term) == 1 { return nil }
        return "the review desk needs a terminal with cursor addressing (\(term.isEmpty ? "TERM is unset" : "TERM=\(term)")); "
            + "try TERM=xterm-256color"
    }
}
