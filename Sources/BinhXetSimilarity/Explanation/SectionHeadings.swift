import BinhXetText

/// The numbered sections of a report, read from its headings, so a passage can say which sections it
/// spans ("mục I–V").
///
/// A heading is a short line that begins with an enumerator: a roman numeral ("II. THỰC TRẠNG"), or the
/// word Phần, Chương or Mục followed by a roman numeral or a number ("PHẦN III. GIẢI PHÁP", "Mục 2:").
/// "Phần lớn …" or "Mục tiêu …" (no enumerator) are prose. When the report is divided into parts
/// (Phần, Chương) those are its sections; otherwise its roman-numbered or Mục headings are.
public struct SectionHeadings: Sendable, Equatable {
    public enum Level: UInt8, Sendable, Codable { case part, section }

    public struct Heading: Sendable, Equatable {
        /// Scalar offset where the heading's line begins.
        public var start: Int
        /// The enumerator as written, roman numerals in capitals ("II", "3").
        public var label: String
    }

    public let level: Level
    /// The headings of the chosen level, in text order.
    public let headings: [Heading]

    /// Headings of at most this many tokens: a longer line that begins "I." is a sentence.
    public static let maxHeadingTokens = 20

    public init(text: String) {
        self.init(stream: TokenStream(text: text, numbersAsClass: false), scalars: Array(text.unicodeScalars))
    }

    init(stream: TokenStream, scalars: [Unicode.Scalar]) {
        var parts: [Heading] = [], sections: [Heading] = []
        for line in 0..<stream.lineCount {
            let range = stream.tokenRange(ofLine: line)
            guard !range.isEmpty, range.count <= Self.maxHeadingTokens else { continue }
            let first = stream.tokens[range.lowerBound]
            let firstWord = Self.folded(scalars[first.start..<first.end])
            if ["phan", "chuong", "muc"].contains(firstWord), range.count >= 2 {
                let second = stream.tokens[range.lowerBound + 1]
                let word = scalars[second.start..<second.end]
                guard Self.isRoman(word) || Self.isNumber(word), Self.endsEnumerator(after: second.end, scalars, line: stream.lineEnds[line])
                else { continue }
                let heading = Heading(start: stream.lineStarts[line], label: String(String.UnicodeScalarView(word)).uppercased())
                if firstWord == "muc" { sections.append(heading) } else { parts.append(heading) }
            } else if Self.isRoman(scalars[first.start..<first.end]),
                      first.end < stream.lineEnds[line], scalars[first.end] == "." || scalars[first.end] == ")" {
                sections.append(Heading(start: stream.lineStarts[line],
                                        label: String(String.UnicodeScalarView(scalars[first.start..<first.end])).uppercased()))
            }
        }
        if parts.count >= 2 { level = .part; headings = parts } else { level = .section; headings = sections }
    }

    /// The first and last section a scalar range touches, or nil when the text has no headings before
    /// the range's end (a report without numbered sections, or a passage in its opening lines).
    public func spanned(by range: Range<Int>) -> (first: String, last: String)? {
        let before = headings.filter { $0.start < max(range.upperBound, range.lowerBound + 1) }
        guard let last = before.last else { return nil }
        let first = before.last { $0.start <= range.lowerBound } ?? headings[0]
        return (first.label, last.label)
    }

    private static func folded(_ s: ArraySlice<Unicode.Scalar>) -> String {
        VietnameseFolding.fold(String(String.UnicodeScalarView(s))).lowercased()
    }

    /// I, II, IV, IX, XII …: capitals only ("i" and "v" are words), at most six letters.
    static func isRoman(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        !s.isEmpty && s.count <= 6 && s.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
    }

    private static func isNumber(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        !s.isEmpty && s.count <= 3 && s.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// After "Phần II" comes ".", ":", ")", "-" or the end of the line, not more words of a sentence.
    private static func endsEnumerator(after end: Int, _ scalars: [Unicode.Scalar], line lineEnd: Int) -> Bool {
        var o = end
        while o < lineEnd && (scalars[o] == " " || scalars[o] == "\t") { o += 1 }
        return o >= lineEnd || ".:)-–".unicodeScalars.contains(scalars[o])
    }
}
