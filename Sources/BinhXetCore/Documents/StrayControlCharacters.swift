import Foundation

/// Control characters that have no business in a nomination's fields or an initiative's text: C0 codes
/// other than tab and line ends, DEL, and the C1 codes (U+0080–U+009F).
///
/// Printed to a terminal they are escape sequences (ESC, CSI U+009B) or move the cursor (a lone CR
/// rewrites the start of the line), so the desk keeps none: a CSV field holding one is refused by row and
/// column (a name or duty is the clerk's to correct, not ours to guess), and a report's decoded text loses
/// them (a page break in a text file is not the author's wording).
public enum StrayControlCharacters {
    /// Whether a scalar is a control character the desk does not keep. Tab, LF and CR are judged by
    /// their context (`firstStray(in:)`), so they are not stray here.
    public static func isStray(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// The first stray control character of a field and its 1-based position in scalars: any `isStray`
    /// one, or a CR that does not end a line (CRLF is a line end; a lone CR sends the cursor back).
    public static func firstStray(in field: String) -> (scalar: Unicode.Scalar, position: Int)? {
        var previousCR: (Unicode.Scalar, Int)?
        for (i, s) in field.unicodeScalars.enumerated() {
            if let cr = previousCR, s != "\n" { return cr }
            previousCR = nil
            if s == "\r" { previousCR = (s, i + 1); continue }
            if isStray(s) { return (s, i + 1) }
        }
        return previousCR
    }

    /// The text without stray control characters. Vertical tab, form feed and NEL, which break lines
    /// or pages, become a line end so the words on either side stay apart; the others are dropped.
    public static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isStray) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isStray(s) { out.append(s); continue }
            if s.value == 0x0B || s.value == 0x0C || s.value == 0x85 { out.append("\n") }
        }
        return String(out)
    }

    /// "U+001B", as a message names a character.
    public static func name(_ s: Unicode.Scalar) -> String {
        String(format: "U+%04X", s.value)
    }
}
