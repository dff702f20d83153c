/// The own words of a text (`SimilarityArchive.ownText`: its content tokens, template, form fields and
/// title left out) as the re-use check tokenised them, for the relevance model to read without
/// tokenising the own text twice more (`DutyRelevance.reading(title:unit:ownWords:)`).
///
/// The own text is those tokens joined by spaces, a line break after each line that has any; tokenised
/// again it gives the same tokens with the same hashes (a token is a run of word scalars and marks,
/// and a space ends it), on lines that are the original lines holding content. So what the relevance
/// model reads of the own text — the token hashes for the lexicon, adjacent pairs on one line for the
/// term counts — is read here from the tokens themselves.
public struct OwnWords: Sendable {
    /// The tokens' hashes with numbers as one class (`TokenHash.number`), as `FieldCentroids` reads them.
    let classHashes: [UInt64]
    /// The same tokens' hashes with numbers as written, as the lexicon reads them.
    let plainHashes: [UInt64]
    /// The line of the text each token is on.
    let lines: [Int32]

    /// The own words of an analysed text; nil when its tokens were not read with numbers as a class
    /// (the class hashes would then need another reading).
    init?(_ analysed: AnalysedText, text: String, numbersAsClass: Bool) {
        guard numbersAsClass else { return nil }
        var classHashes: [UInt64] = [], plainHashes: [UInt64] = [], lines: [Int32] = []
        classHashes.reserveCapacity(analysed.contentCount)
        plainHashes.reserveCapacity(analysed.contentCount)
        lines.reserveCapacity(analysed.contentCount)
        for (t, token) in analysed.stream.tokens.enumerated() where analysed.roles[t] == .content {
            classHashes.append(token.hash)
            lines.append(Int32(token.line))
            guard token.hash == TokenHash.number else { plainHashes.append(token.hash); continue }
            // A number: its digits' own hash, as the token reads alone (rare enough to tokenise again).
            var view = String.UnicodeScalarView()
            view.append(contentsOf: analysed.scalars.isEmpty ? Array(text.unicodeScalars)[token.start..<token.end]
                                                              : analysed.scalars[token.start..<token.end])
            let alone = TokenStream(text: String(view), numbersAsClass: false).hashes
            guard alone.count == 1 else { return nil }
            plainHashes.append(alone[0])
        }
        self.classHashes = classHashes
        self.plainHashes = plainHashes
        self.lines = lines
    }
}
