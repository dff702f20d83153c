import Foundation

/// Folds Vietnamese letters for matching: lowercase, tone and vowel marks removed, đ → d.
///
/// Foundation's diacritic-insensitive folding keeps đ (it has no decomposition) and is slow on Linux, so
/// the fold is a table built once from the canonical decompositions of Latin letters (U+0000–U+024F and
/// Latin Extended Additional U+1E00–U+1EFF, where all precomposed Vietnamese letters live).
public enum VietnameseFolding {
    /// The folded form of one scalar: a lowercase base letter, the scalar itself when it has no fold,
    /// or nil for a combining mark (so NFD input folds like NFC input).
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) }
            return scalar
        }
        if v >= 0x0300 && v <= 0x036F { return nil }
        if v < UInt32(table.count), table[Int(v)] != 0 { return Unicode.Scalar(table[Int(v)]) }
        if v >= 0x1E00 && v <= 0x1EFF, let f = extended[Int(v - 0x1E00)] { return f }
        return scalar
    }

    /// Folds a whole string (lowercase, no marks, đ → d).
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if let f = fold(u) { out.append(f) }
        }
        return String(out)
    }

    /// Removes tone and vowel marks but keeps letter case (đ → d, Đ → D): the "không dấu" spelling.
    public static func stripMarks(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch u.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            case 0x0110: out.append("D")
            default: out.append(u)
            }
        }
        return String(out)
    }

    // Lowercase base for U+0080..U+024F (0 = no fold).
    @usableFromInline static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x250)
        for v in 0x80..<0x250 { t[v] = computeFold(v) ?? 0 }
        t[0x0110] = 0x64; t[0x0111] = 0x64  // Đ đ: no decomposition, folded by hand
        return t
    }()

    @usableFromInline static let extended: [Unicode.Scalar?] = (0x1E00...0x1EFF).map { v in
        computeFold(v).flatMap(Unicode.Scalar.init)
    }

    private static func computeFold(_ v: Int) -> UInt32? {
        guard let s = Unicode.Scalar(UInt32(v)) else { return nil }
        let lower = String(s).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = lower.first, lower.count >= 1 else { return nil }
        // Only fold letters whose decomposition is one base letter plus combining marks.
        if lower.dropFirst().allSatisfy({ (0x0300...0x036F).contains($0.value) }), first.value != UInt32(v) {
            return first.value
        }
        return nil
    }
}
