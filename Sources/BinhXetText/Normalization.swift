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
    /// the pieces apart gives the same result as the whole (a stray mark stays with its letter). Pieces
    /// made only of characters that are NFC whatever surrounds them — most Vietnamese text in Unicode — are
    /// kept as they are: Foundation's NFC is the slowest step of reading a document.
    public static func nfc(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { !isNFCStable($0.value) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var start = scalars.startIndex
        var i = start
        var length = 0
        var stable = true
        func flush(_ end: String.UnicodeScalarView.Index) {
            let piece = Substring(scalars[start..<end])
            if stable { out.append(contentsOf: piece) } else { out += String(piece).precomposedStringWithCanonicalMapping }
        }
        while i < scalars.endIndex {
            let v = scalars[i].value
            if v == 0x0A || (v < 0x80 && length >= pieceLength) {
                flush(i)
                start = i
                length = 0
                stable = true
            }
            if stable && !isNFCStable(v) { stable = false }
            length += 1
            i = scalars.index(after: i)
        }
        flush(scalars.endIndex)
        return out
    }

    /// Characters that are NFC in any context: no combining class, no canonical decomposition other than
    /// being a composite themselves, and nothing composes with them as second element. Latin up to
    /// U+02FF (all of Vietnamese but the combining marks), Latin Extended Additional (the precomposed
    /// Vietnamese letters) and general punctuation, super/subscripts and currency signs (bar U+2000 and
    /// U+2001, which decompose to U+2002 and U+2003). `NormalizationTests` checks every one of them.
    @inline(__always)
    static func isNFCStable(_ v: UInt32) -> Bool {
        v < 0x0300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2002 && v <= 0x20BF)
    }

    /// Scalars after which a long line is cut for normalisation.
    static let pieceLength = 2048

    /// Drops a leading BOM, rewrites line ends as asked, and normalises to NFC.
    public static func canonical(_ text: String, newlines: Newlines = .canonical) -> String {
        var s = text
        if s.unicodeScalars.first == "\u{FEFF}" { s = String(s.unicodeScalars.dropFirst()) }
        if newlines == .canonical, s.utf8.contains(13) {
            // CR and LF bytes never occur inside a multi-byte UTF-8 sequence, so line ends are rewritten
            // on the bytes: CRLF → LF, lone CR → LF.
            var out = [UInt8]()
            out.reserveCapacity(s.utf8.count)
            var previousCR = false
            for b in s.utf8 {
                if b == 13 { out.append(10); previousCR = true; continue }
                if b == 10 && previousCR { previousCR = false; continue }
                previousCR = false
                out.append(b)
            }
            s = String(decoding: out, as: UTF8.self)
        }
        return nfc(s)
    }

    static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }
}
