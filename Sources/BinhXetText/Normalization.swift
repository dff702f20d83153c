import Foundation

/// Normalisation of decoded text to the form BinhXet stores: no BOM, LF line ends, Unicode NFC.
///
/// Foundation's NFC is quadratic on Linux for long strings (1 MB takes seconds), so text is normalised
/// in pieces of at most a line (see `nfc`).
public enum Normalization {
    /// How line ends are treated when text is decoded.
    public enum Newlines: Sendable {
        /// CRLF and lone CR become LF (the desk's canonical text).
        case canonical
        /// Line ends are kept exactly as in the file.
        case preserve
    }

    /// NFC of a text of any length, normalised in short pieces so its cost stays linear.
    ///
    /// Pieces end at line ends and, within a long line, before an ASCII character once the piece holds
    /// `pieceLength` scalars: nothing composes with the character before an ASCII one, so normalising
    /// the pieces apart gives the same result as the whole (a stray mark stays with its letter).
    public static func nfc(_ text: String) -> String {
        if isASCII(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        var length = 0
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v == 0x0A || (v < 0x80 && length >= pieceLength) {
                out += String(scalars[start..<i]).precomposedStringWithCanonicalMapping
                start = i
                length = 0
            }
            length += 1
            i = scalars.index(after: i)
        }
        out += String(scalars[start..<scalars.endIndex]).precomposedStringWithCanonicalMapping
        return out
    }

    /// Scalars after which a long line is cut for normalisation.
    static let pieceLength = 2048

    /// Drops a leading BOM, rewrites line ends as asked, and normalises to NFC.
    public static func canonical(_ text: String, newlines: Newlines = .canonical) -> String {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var s = String(scalars)
        if newlines == .canonical, s.utf8.contains(13) {
            var out = String.UnicodeScalarView()
            var previousCR = false
            for u in s.unicodeScalars {
                if u == "\r" { out.append("\n"); previousCR = true; continue }
                if u == "\n" && previousCR { previousCR = false; continue }
                previousCR = false
                out.append(u)
            }
            s = String(out)
        }
        return nfc(s)
    }

    static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }
}
