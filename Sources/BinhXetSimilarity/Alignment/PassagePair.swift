/// A passage of the checked text and the passage of the source it re-uses, as Unicode scalar ranges
/// (offset and length) into each text exactly as given to the checker.
public struct PassagePair: Sendable, Hashable, Codable {
    public var offset: Int
    public var length: Int
    public var sourceOffset: Int
    public var sourceLength: Int

    public init(offset: Int, length: Int, sourceOffset: Int, sourceLength: Int) {
        self.offset = offset
        self.length = length
        self.sourceOffset = sourceOffset
        self.sourceLength = sourceLength
    }

    enum CodingKeys: String, CodingKey {
        case offset, length
        case sourceOffset = "source_offset"
        case sourceLength = "source_length"
    }
}

/// Turns token spans into scalar ranges, moving edges that are near a line boundary onto it.
///
/// Paragraphs are what gets copied; a synonym or changed number in the first or last few words of a
/// paragraph leaves the nearest seed a few tokens in, and a sentence the copy dropped from a paragraph
/// leaves the rest of it matched; the user should see the whole paragraph marked. So an edge moves to the
/// line boundary when at most `snapTokens` content tokens lie between, or when the passage covers at
/// least `snapLineShare` of the line's content tokens. An edge far into a long line (text without line
/// structure) stays at the matched token.
struct LineSnapping {
    let snapTokens: Int
    let snapLineShare: Double

    func scalarRange(of tokens: Range<Int>, in text: AnalysedText) -> Range<Int> {
        let stream = text.stream
        let first = stream.tokens[tokens.lowerBound]
        let last = stream.tokens[tokens.upperBound - 1]

        var start = first.start
        let firstLine = stream.tokenRange(ofLine: first.line)
        if text.separatingTokens(from: firstLine.lowerBound, to: tokens.lowerBound) <= snapTokens
            || share(of: firstLine, in: tokens, text) >= snapLineShare {
            start = stream.lineStarts[first.line]
        }
        var end = last.end
        let lastLine = stream.tokenRange(ofLine: last.line)
        if text.separatingTokens(from: tokens.upperBound, to: lastLine.upperBound) <= snapTokens
            || share(of: lastLine, in: tokens, text) >= snapLineShare {
            end = stream.lineEnds[last.line]
        }
        return start..<max(start, end)
    }

    /// Share of the line's content tokens that lie inside `tokens`.
    private func share(of line: Range<Int>, in tokens: Range<Int>, _ text: AnalysedText) -> Double {
        let total = text.separatingTokens(from: line.lowerBound, to: line.upperBound)
        guard total > 0 else { return 1 }
        let inside = text.separatingTokens(from: max(line.lowerBound, tokens.lowerBound), to: min(line.upperBound, tokens.upperBound))
        return Double(inside) / Double(total)
    }
}
