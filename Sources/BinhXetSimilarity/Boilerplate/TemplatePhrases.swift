/// The administrative template as data: phrases every report may contain (national motto, report and
/// section headings, form labels, stock sentences), whose words never count as re-use.
///
/// Loaded from a text file (`Resources/similarity/template-phrases.txt`): one phrase per line, `#` starts
/// a comment line, blank lines are ignored. Phrases are matched folded (case, diacritics and numbers do not
/// matter) by their shingles, so a phrase also marks its pieces inside longer lines.
public struct TemplatePhrases: Sendable {
    /// Shingle hashes of the phrases, for each shingle size asked for: a small open-addressed table
    /// each (every shingle of every text is looked up here; a `Set` hashed each one twice, with the
    /// dictionary of sizes).
    private var hashesBySize: [(size: Int, hashes: BoilerplateHashes)] = []
    /// Hashes of whole phrases (all their tokens), for short ones such as form labels.
    private var wholePhrases: Set<UInt64> = []
    /// Number of phrases read.
    public private(set) var count = 0
    private let phrases: [String]

    /// No template phrases: boilerplate is then only what the archive itself shows to be common.
    public static let none = TemplatePhrases(text: "")

    public init(text: String) {
        var list: [String] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let phrase = line.trimmingSpaces
            if phrase.isEmpty || phrase.hasPrefix("#") { continue }
            list.append(String(phrase))
        }
        phrases = list
        count = list.count
    }

    /// Prepares the shingle sets for the sizes the checker uses.
    mutating func prepare(sizes: [Int], numbersAsClass: Bool) {
        wholePhrases = Set(phrases.map { Self.wholeHash(TokenStream(text: $0, numbersAsClass: numbersAsClass).hashes[...]) })
        for size in sizes where !hashesBySize.contains(where: { $0.size == size }) {
            var set: [UInt64] = []
            for phrase in phrases {
                let shingles = Shingles(TokenStream(text: phrase, numbersAsClass: numbersAsClass), size: size)
                for h in shingles.hashes where h != 0 { set.append(h) }
            }
            hashesBySize.append((size, BoilerplateHashes(set)))
        }
    }

    /// True when the folded tokens are exactly one of the phrases ("Tác giả", "Chức vụ").
    func isPhrase(_ tokenHashes: ArraySlice<UInt64>) -> Bool {
        !tokenHashes.isEmpty && wholePhrases.contains(Self.wholeHash(tokenHashes))
    }

    private static func wholeHash(_ tokenHashes: ArraySlice<UInt64>) -> UInt64 {
        Array(tokenHashes).withUnsafeBufferPointer { TokenHash.shingle($0, start: 0, count: $0.count) }
    }

    /// True when the shingle hash `hash` of size `size` is part of a template phrase.
    /// (Shingle hashes are never 0; the table would read 0 as 1.)
    func contains(_ hash: UInt64, size: Int) -> Bool {
        for entry in hashesBySize where entry.size == size { return entry.hashes.contains(hash) }
        return false
    }
}
