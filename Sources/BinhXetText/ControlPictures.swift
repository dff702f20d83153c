/// Text from the desk made safe to print: every control character becomes a visible stand-in.
///
/// Names, reasons and initiative texts come from outside (a unit's CSV, a Word file, a member's typing).
/// Printed raw, an ESC or a C1 CSI starts a terminal command: `ESC ] 52 ; c ; … BEL` puts text in the
/// reader's clipboard, `ESC [ 2 J` clears the screen, a bare CR lets a line overwrite the one it is on.
/// Replacing the control character alone disarms the whole sequence (what follows it is plain text) and
/// shows the reader that something odd is there.
///
/// Each control scalar is replaced by exactly one scalar, so scalar offsets (passages, `binhxet text`)
/// stay valid: C0 controls by their Unicode control pictures (U+2400 + code, ESC as ␛), DEL by ␡, C1
/// controls (U+0080–U+009F, which have no pictures) by U+FFFD.
///
/// Invisible format characters are replaced by U+FFFD too: the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F and U+061C, the zero-width space, non-joiner
/// and joiner (U+200B–U+200D) and U+FEFF. They show nothing, yet a right-to-left override printed in a
/// notice makes the reason after it read reversed; Vietnamese needs none of them.
public enum ControlPictures {
    /// What may stay as it is.
    public enum Kept: Sendable {
        /// Nothing: a one-line field (a table cell, a name on screen).
        case none
        /// Line feeds and tabs: text that keeps its lines (an initiative, a paragraph, a report).
        case lines
        /// Line feeds, tabs, a carriage return directly before a line feed (CSV's CRLF), and a byte order
        /// mark first of all (CSV's, for spreadsheet programs).
        case lineEnds
    }

    /// C0 controls, DEL and C1 controls: scalars that act on a terminal instead of showing.
    @inlinable
    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (u.value >= 0x7F && u.value <= 0x9F)
    }

    /// Invisible format characters that change how the text around them shows: bidi controls, zero-width
    /// characters, the byte order mark.
    @inlinable
    public static func isInvisibleFormat(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }

    /// Scalars that are not text to show or to keep: controls and invisible format characters.
    @inlinable
    public static func isHidden(_ u: Unicode.Scalar) -> Bool {
        isControl(u) || (u.value >= 0x61C && isInvisibleFormat(u))
    }

    /// The visible stand-in for a control scalar or an invisible format character (any other scalar is
    /// returned as it is).
    public static func picture(for u: Unicode.Scalar) -> Unicode.Scalar {
        switch u.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + u.value)!
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return isInvisibleFormat(u) ? "\u{FFFD}" : u
        }
    }

    /// `text` with every control scalar not kept replaced by its picture; the same string when there is
    /// none (the usual case costs one pass over the UTF-8).
    public static func visible(_ text: some StringProtocol, keeping kept: Kept = .none) -> String {
        guard needsReplacing(text, kept) else { return String(text) }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            let kept = isKept(u, next: i + 1 < scalars.count ? scalars[i + 1] : nil, kept)
                || (i == 0 && u == "\u{FEFF}" && kept == .lineEnds)
            out.append(kept ? u : picture(for: u))
        }
        return String(out)
    }

    /// Whether `text` has a control scalar that `kept` does not allow, or an invisible format character.
    /// C0 and DEL are single UTF-8 bytes; a C1 control is 0xC2 followed by 0x80–0x9F; the format characters
    /// are D8 9C, E2 80 8B–8F, E2 80 AA–AE, E2 81 A6–A9 and EF BB BF.
    public static func needsReplacing(_ text: some StringProtocol, _ kept: Kept = .none) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var pendingCR = false
        for (i, b) in text.utf8.enumerated() {
            if pendingCR {
                pendingCR = false
                if b != 0x0A { return true }
            }
            switch b {
            case 0x0A, 0x09: if kept == .none { return true }
            case 0x0D: if kept == .lineEnds { pendingCR = true } else { return true }
            case 0..<0x20, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0x9C where previous == 0xD8: return true
            case 0x8B...0x8F, 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF && !(i == 2 && kept == .lineEnds): return true
            default: break
            }
            beforePrevious = previous
            previous = b
        }
        return pendingCR
    }

    private static func isKept(_ u: Unicode.Scalar, next: Unicode.Scalar?, _ kept: Kept) -> Bool {
        guard isHidden(u) else { return true }
        switch (kept, u) {
        case (.lines, "\n"), (.lines, "\t"), (.lineEnds, "\n"), (.lineEnds, "\t"): return true
        case (.lineEnds, "\r"): return next == "\n"
        default: return false
        }
    }
}
