/// Terminal column widths of text, without the C library: tests must not depend on the locale, and
/// `wcwidth` returns -1 in the C locale.
///
/// A grapheme takes the width of its first scalar: 0 for combining marks and other zero-width scalars,
/// 2 for East Asian wide and fullwidth characters and emoji presentation, 1 otherwise. Vietnamese
/// letters (precomposed or with combining marks) are therefore one column each.
public enum DisplayWidth {
    /// Columns taken by a string.
    public static func of(_ text: some StringProtocol) -> Int {
        // Text whose every scalar is a grapheme of its own is measured scalar by scalar: no grapheme breaking.
        var w = 0
        for u in text.unicodeScalars {
            guard standsAlone(u) else { return graphemeWidth(text) }
            w += of(u)
        }
        return w
    }

    /// The width grapheme by grapheme (the general path; tests hold the scalar path to it).
    static func graphemeWidth(_ text: some StringProtocol) -> Int {
        var w = 0
        for c in text { w += of(c) }
        return w
    }

    /// True when no scalar of the text can join the one before or after it into one grapheme (NFC
    /// Vietnamese, CJK, punctuation, tab and line feed; no combining marks, joiners, jamo, variation selectors
    /// or CR). Such text can be measured, cut and drawn scalar by scalar, several times faster than by
    /// Characters, which run the grapheme-break algorithm on every letter.
    public static func allScalarsStandAlone(_ text: some StringProtocol) -> Bool {
        for u in text.unicodeScalars where !standsAlone(u) { return false }
        return true
    }

    @inline(__always)
    static func standsAlone(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x09, 0x20...0x7E, 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20C0, 0x2100...0x23FF, 0x2500...0x25FF, 0x3000...0x3029, 0x3041...0x3096,
             0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }

    /// Columns taken by one grapheme.
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.unicodeScalars.count > 1, c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    /// Columns taken by one scalar standing alone.
    public static func of(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
             0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F,
             0xFE20...0xFE2F, 0xFEFF, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, never cutting a grapheme.
    public static func prefix(_ text: some StringProtocol, fitting width: Int) -> Substring {
        let s = Substring(text)
        guard allScalarsStandAlone(s) else { return graphemePrefix(s, fitting: width) }
        var w = 0
        let scalars = s.unicodeScalars
        var end = scalars.startIndex
        for i in scalars.indices {
            let cw = of(scalars[i])
            if w + cw > width { break }
            w += cw
            end = scalars.index(after: i)
        }
        return s[s.startIndex..<end]
    }

    /// `prefix` grapheme by grapheme (the general path; tests hold the scalar path to it).
    static func graphemePrefix(_ s: Substring, fitting width: Int) -> Substring {
        var w = 0
        var end = s.startIndex
        for i in s.indices {
            let cw = of(s[i])
            if w + cw > width { break }
            w += cw
            end = s.index(after: i)
        }
        return s[s.startIndex..<end]
    }

    /// The longest suffix of `text` that fits in `width` columns, never cutting a grapheme.
    public static func suffix(_ text: some StringProtocol, fitting width: Int) -> Substring {
        let s = Substring(text)
        var w = 0
        var start = s.endIndex
        while start > s.startIndex {
            let i = s.index(before: start)
            let cw = of(s[i])
            if w + cw > width { break }
            w += cw
            start = i
        }
        return s[start..<s.endIndex]
    }

    /// `text` cut to at most `width` columns, ending with "…" when cut; never padded.
    public static func cut(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return String(text) }
        return String(prefix(text, fitting: width - 1)) + "…"
    }

    /// `text` cut or padded with spaces to exactly `width` columns; a cut ends with "…".
    public static func fit(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        let w = of(text)
        if w <= width { return String(text) + String(repeating: " ", count: width - w) }
        let head = prefix(text, fitting: width - 1)
        return String(head) + "…" + String(repeating: " ", count: width - 1 - of(head))
    }
}
