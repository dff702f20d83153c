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
/// paragraph leaves the nearest seed a few tokens in, and the user should see the whole paragraph marked.
/// An edge far from any line boundary (text without line structure) stays at the matched token.
struct LineSnapping {
    let snapTokens: Int

    func scalarRange(of tokens: Range<Int>, in text: AnalysedText) -> Range<Int> {
        let stream = text.stream
        let first = stream.tokens[tokens.lowerBound]
        let last = stream.tokens[tokens.upperBound - 1]

        var start = first.start
        let firstLine = stream.tokenRange(ofLine: first.line)
        if text.separatingTokens(from: firstLine.lowerBound, to: tokens.lowerBound) <= snapTokens {
            start = stream.lineStarts[first.line]
        }
        var end = last.end
        let lastLine = stream.tokenRange(ofLine: last.line)
        if text.separatingTokens(from: tokens.upperBound, to: lastLine.upperBound) <= snapTokens {
            end = stream.lineEnds[last.line]
        }
        return start..<max(start, end)
    }
}
