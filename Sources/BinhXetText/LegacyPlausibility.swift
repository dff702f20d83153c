/// How much a legacy reading of some bytes looks like Vietnamese.
///
/// Words are split at spaces and punctuation. The deciding words are those with a non-ASCII letter:
/// in a right reading nearly all of them are well-formed syllables ("Chiến", "đua"), in a wrong one most
/// are not ("Chieỏn", "®ua", "prộsident"), and every VNI mark byte left without a letter or byte the
/// encoding does not use counts against the reading. All words together must also mostly be syllables,
/// which turns away Latin-1 French or German whose few accented words might happen to fit.
struct LegacyPlausibility: Sendable, Equatable {
    /// Words holding at least one non-ASCII scalar, and how many of them are Vietnamese syllables.
    var legacyWords = 0, validLegacyWords = 0
    /// Pure-ASCII words, and how many of them are Vietnamese syllables.
    var asciiWords = 0, validASCIIWords = 0
    /// Stray VNI marks and unused bytes reported by the decoder.
    var penalties = 0

    /// The share of non-ASCII words that are syllables, less the penalties (can be negative).
    var score: Double {
        guard legacyWords > 0 else { return 0 }
        return (Double(validLegacyWords) - Double(penalties)) / Double(legacyWords)
    }

    /// The share of all words that are syllables.
    var overall: Double {
        let words = legacyWords + asciiWords
        return words == 0 ? 0 : Double(validLegacyWords + validASCIIWords) / Double(words)
    }

    /// Minimum `score` and `overall` for a reading to be offered. Right readings of real reports score
    /// above 0.9 and 0.8; wrong readings and Latin-1 European text stay below 0.4.
    static let minimumScore = 0.6, minimumOverall = 0.5

    var isPlausible: Bool { legacyWords > 0 && score >= Self.minimumScore && overall >= Self.minimumOverall }

    init(text: String, penalties: Int) {
        self.penalties = penalties
        var word = [Unicode.Scalar]()
        var nonASCII = false
        func endWord() {
            guard !word.isEmpty else { return }
            let valid = VietnameseSyllable.isValid(word)
            if nonASCII {
                legacyWords += 1
                if valid { validLegacyWords += 1 }
            } else {
                asciiWords += 1
                if valid { validASCIIWords += 1 }
            }
            word.removeAll(keepingCapacity: true)
            nonASCII = false
        }
        for s in text.unicodeScalars {
            if Self.isSeparator(s) { endWord(); continue }
            if s.value >= 0x80 { nonASCII = true }
            word.append(s)
        }
        endWord()
    }

    /// Spaces, digits and punctuation end a word; letters, marks and symbols (such as the Latin-1
    /// symbols a wrong table produces) belong to it.
    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return !((v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A))
        }
        if s.properties.isWhitespace { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
