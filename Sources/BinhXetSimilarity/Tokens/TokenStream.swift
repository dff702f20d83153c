import BinhXetText

/// One syllable (or word, or ideograph) of a text, located by Unicode scalar offsets into that text.
public struct Token: Sendable, Equatable {
    /// Offset of the first scalar in the text's `unicodeScalars`.
    public var start: Int
    /// Length in scalars, combining marks of an NFD text included.
    public var length: Int
    /// Hash of the folded form: lowercase, no diacritics, đ → d; all-digit tokens share one hash when
    /// numbers are matched as a class.
    public var hash: UInt64
    /// Index of the line the token is on.
    public var line: Int

    public var end: Int { start + length }
}

/// The tokens of a text and its lines, with offsets that point into the text exactly as given.
///
/// A token is a maximal run of letters and digits (combining marks continue it, so NFD text tokenises
/// like NFC text); each ideograph is a token of its own, for scripts written without spaces. Work is done
/// on `unicodeScalars`, never on `Character`s, which would cost grapheme breaking on every step.
public struct TokenStream: Sendable {
    public let tokens: [Token]
    /// Scalar offset where each line begins.
    public let lineStarts: [Int]
    /// Scalar offset where each line ends, before its line break.
    public let lineEnds: [Int]
    /// Index of each line's first token (`tokens.count` for a line after the last token).
    public let lineFirstToken: [Int]
    /// Number of scalars in the text.
    public let scalarCount: Int

    public init(text: String, numbersAsClass: Bool = true) {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        var lineStarts = [0]
        var lineEnds: [Int] = []
        var lineFirstToken = [0]

        var offset = 0
        var tokenStart = -1
        var hash = TokenHash.offsetBasis
        var allDigits = true
        var line = 0
        var previousWasCR = false

        func closeToken(at end: Int) {
            guard tokenStart >= 0 else { return }
            let h = numbersAsClass && allDigits ? TokenHash.number : hash
            tokens.append(Token(start: tokenStart, length: end - tokenStart, hash: h, line: line))
            tokenStart = -1
        }

        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let kind = ScalarKind.of(scalar)
            if scalar == "\n" && previousWasCR {
                // The LF of a CRLF: the break was taken at the CR; the line simply starts one later.
                lineStarts[line] = offset + 1
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            switch kind {
            case .word:
                if tokenStart < 0 { tokenStart = offset; hash = TokenHash.offsetBasis; allDigits = true }
                if var folded = VietnameseFolding.fold(scalar) {
                    // The Vietnamese fold covers Latin; other cased scripts (Cyrillic, Greek) lowercase here.
                    if folded.value >= 0x250, folded.properties.changesWhenLowercased,
                       let lower = folded.properties.lowercaseMapping.unicodeScalars.first {
                        folded = lower
                    }
                    hash = TokenHash.step(hash, folded.value)
                    if allDigits { allDigits = ScalarKind.isDigit(folded) }
                }
            case .mark:
                // A combining mark belongs to the token it follows and is folded away.
                continue
            case .ideograph:
                closeToken(at: offset)
                tokenStart = offset; hash = TokenHash.step(TokenHash.offsetBasis, scalar.value); allDigits = false
                closeToken(at: offset + 1)
            case .lineBreak:
                closeToken(at: offset)
                lineEnds.append(offset)
                line += 1
                lineStarts.append(offset + 1)
                lineFirstToken.append(tokens.count)
            case .other:
                closeToken(at: offset)
            }
        }
        closeToken(at: offset)
        lineEnds.append(offset)
        self.tokens = tokens
        self.lineStarts = lineStarts
        self.lineEnds = lineEnds
        self.lineFirstToken = lineFirstToken
        self.scalarCount = offset
    }

    public var lineCount: Int { lineStarts.count }

    /// Token indices of one line.
    public func tokenRange(ofLine line: Int) -> Range<Int> {
        let end = line + 1 < lineFirstToken.count ? lineFirstToken[line + 1] : tokens.count
        return lineFirstToken[line]..<end
    }

    /// The hashes of all tokens, in order.
    public var hashes: [UInt64] { tokens.map(\.hash) }
}

/// What a scalar is to the tokenizer.
enum ScalarKind {
    case word, mark, ideograph, lineBreak, other

    @inline(__always)
    static func of(_ u: Unicode.Scalar) -> ScalarKind {
        let v = u.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x0A, 0x0D, 0x0B, 0x0C: return .lineBreak
            default: return .other
            }
        }
        // Latin-1 letters, Latin Extended-A/B and Latin Extended Additional: all Vietnamese letters.
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF) { return .word }
        if v >= 0x300 && v <= 0x36F { return .mark }
        if v == 0x85 || v == 0x2028 || v == 0x2029 { return .lineBreak }
        let p = u.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: break
        }
        if p.isIdeographic || (v >= 0x3040 && v <= 0x30FF) { return .ideograph }  // Han, kana
        if p.isAlphabetic || p.numericType == .decimal { return .word }
        return .other
    }

    @inline(__always)
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return u.properties.numericType == .decimal
    }
}
