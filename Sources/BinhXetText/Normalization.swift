import Foundation

/// Normalisation of decoded text to the form BinhXet stores: no BOM, LF line ends, Unicode NFC.
///
/// Foundation's NFC is quadratic on Linux for long strings (1 MB takes seconds), so text is normalised
/// one line at a time; a line is also where stray combining marks are re-attached.
public enum Normalization {
    /// How line ends are treated when text is decoded.
    public enum Newlines: Sendable {
        /// CRLF and lone CR become LF (the desk's canonical text).
        case canonical
        /// Line ends are kept exactly as in the file.
        case preserve
    }

    /// NFC of a text of any length, normalised line by line so its cost stays linear.
    public static func nfc(_ text: String) -> String {
        if isASCII(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var start = text.startIndex
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i] == "\n" {
                out += String(text.unicodeScalars[start..<i]).precomposedStringWithCanonicalMapping
                out.unicodeScalars.append("\n")
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        if start < scalars.endIndex {
            out += String(text.unicodeScalars[start..<scalars.endIndex]).precomposedStringWithCanonicalMapping
        }
        return out
    }

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
