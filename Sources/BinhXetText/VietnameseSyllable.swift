import Foundation

/// Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, final consonant, one tone.
///
/// Used to judge a legacy-encoding reading: text read with the right table is almost all well-formed
/// syllables, while the wrong table (or a Latin-1 text) yields letters in impossible places ("chieỏn",
/// "trªng", "prộsident"). The check is phonotactic only — a loose superset of real syllables is enough
/// to tell readings apart — and knows the rule that a syllable ending in c, ch, p or t takes only the
/// acute or the dot-below tone.
enum VietnameseSyllable {
    /// A letter of a word: its lowercase base without tone (â, ă, ê, ô, ơ, ư, đ kept) and its tone
    /// (0 none, 1 acute, 2 grave, 3 hook, 4 tilde, 5 dot below); nil when the scalar is not a letter of
    /// Vietnamese spelling (ç, ñ, ö, ø, a combining mark left alone…).
    static func letter(_ scalar: Unicode.Scalar) -> (base: UInt32, tone: UInt8)? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return (v, 0) }
            if v >= 0x41 && v <= 0x5A { return (v + 0x20, 0) }
            return nil
        }
        return letters[v]
    }

    /// True when the scalars form one well-formed syllable (any letter case).
    static func isValid<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        var bases = [UInt32]()
        bases.reserveCapacity(scalars.count)
        var tone: UInt8 = 0
        for s in scalars {
            guard let l = letter(s) else { return false }
            if l.tone != 0 {
                if tone != 0 { return false }
                tone = l.tone
            }
            bases.append(l.base)
        }
        return isValid(bases: bases, tone: tone)
    }

    static func isValid(bases: [UInt32], tone: UInt8) -> Bool {
        guard !bases.isEmpty, bases.count <= 7 else { return false }
        for onset in onsets where onset.count < bases.count && bases.starts(with: onset) {
            let rhyme = Array(bases[onset.count...])
            guard let closed = rhymes[rhyme] else { continue }
            // Stop finals (c, ch, p, t) allow only the acute and the dot-below tones.
            if !closed || tone == 1 || tone == 5 { return true }
        }
        return false
    }

    // MARK: - Tables

    private static let a: UInt32 = 0x61, aBreve: UInt32 = 0x103, aHat: UInt32 = 0xE2, e: UInt32 = 0x65
    private static let eHat: UInt32 = 0xEA, i: UInt32 = 0x69, o: UInt32 = 0x6F, oHat: UInt32 = 0xF4
    private static let oHorn: UInt32 = 0x1A1, u: UInt32 = 0x75, uHorn: UInt32 = 0x1B0, y: UInt32 = 0x79
    private static let dStroke: UInt32 = 0x111

    /// Onsets, longest first; the empty onset last.
    private static let onsets: [[UInt32]] = {
        let spelled = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
                       "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
        return spelled.map { $0.unicodeScalars.map(\.value) } + [[dStroke], []]
    }()

    /// Every rhyme (nucleus + final), mapped to whether its final is a stop (c, ch, p, t).
    private static let rhymes: [[UInt32]: Bool] = {
        func w(_ s: String) -> [UInt32] {
            s.unicodeScalars.map(\.value)
        }
        // Nuclei that can end a syllable, and nuclei that can take a final consonant.
        let open = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
                    "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê", "ui", "uơ", "uy",
                    "ưa", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu",
                    "uya", "uyu", "yêu"]
        let closing = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "oa", "oă", "oe", "oo", "ôô",
                       "uâ", "uê", "uy", "iê", "yê", "uô", "ươ", "uyê"]
        let finals: [(String, Bool)] = [("m", false), ("n", false), ("ng", false), ("nh", false),
                                        ("c", true), ("ch", true), ("p", true), ("t", true)]
        var r: [[UInt32]: Bool] = [:]
        for n in open { r[w(n)] = false }
        for n in closing { for (f, stop) in finals { r[w(n + f)] = stop } }
        return r
    }()

    /// Non-ASCII letters of Vietnamese spelling, built from the canonical decompositions so that every
    /// precomposed form (Latin-1, Latin Extended-A/B, Latin Extended Additional) is covered.
    private static let letters: [UInt32: (base: UInt32, tone: UInt8)] = {
        var table: [UInt32: (base: UInt32, tone: UInt8)] = [0x110: (0x111, 0), 0x111: (0x111, 0)]
        let tones: [UInt32: UInt8] = [0x301: 1, 0x300: 2, 0x309: 3, 0x303: 4, 0x323: 5]
        let shapes: [UInt32: [UInt32: UInt32]] = [
            0x302: [0x61: 0xE2, 0x65: 0xEA, 0x6F: 0xF4],  // circumflex: â ê ô
            0x306: [0x61: 0x103],                          // breve: ă
            0x31B: [0x6F: 0x1A1, 0x75: 0x1B0],             // horn: ơ ư
        ]
        let vowels: Set<UInt32> = [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79]
        for v in Array(0xC0...0x1B0) + Array(0x1EA0...0x1EF9) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let parts = String(s).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            guard let first = parts.first, vowels.contains(first), parts.count > 1 else { continue }
            var base = first, tone: UInt8 = 0, ok = true
            for m in parts.dropFirst() {
                if let t = tones[m], tone == 0 { tone = t } else if let b = shapes[m]?[base] { base = b } else { ok = false }
            }
            if ok { table[UInt32(v)] = (base, tone) }
        }
        return table
    }()
}
