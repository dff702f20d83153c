/// What the reader is told about one matched passage: where the two sides differ word by word, which of
/// its words are template, how much of it counts, which sections of the report it spans, and how strong a
/// piece of evidence it is.
public struct PassageExplanation: Sendable, Hashable {
    /// The pair explained (scalar ranges as the checker found them).
    public var pair: PassagePair
    /// The checked text's side, covering `pair.offset..<pair.offset + pair.length`.
    public var left: [AlignedSpan]
    /// The source's side, covering its range.
    public var right: [AlignedSpan]
    /// Characters of the checked side as written (grapheme clusters), template left out: the size shown.
    public var countedCharacters: Int
    /// Words of each side outside template, and how many of them the other side has too.
    public var countedWords: (left: Int, right: Int)
    public var sameWords: (left: Int, right: Int)
    /// The report sections (of the checked text) the passage spans, as written in its headings.
    public var sections: (first: String, last: String)?
    public var sectionLevel: SectionHeadings.Level
    /// Short or loosely matched: listed last and marked so.
    public var isWeak: Bool

    /// Share of the counted words, over both sides, that the other side has too (Dice over words).
    public var similarity: Double {
        let total = countedWords.left + countedWords.right
        return total == 0 ? 0 : Double(sameWords.left + sameWords.right) / Double(total)
    }

    /// What the order of passages goes by: the counted characters weighted by similarity.
    public var strength: Double { Double(countedCharacters) * similarity }

    public static func == (a: Self, b: Self) -> Bool {
        a.pair == b.pair && a.left == b.left && a.right == b.right && a.countedCharacters == b.countedCharacters
            && a.countedWords == b.countedWords && a.sameWords == b.sameWords && a.sections?.first == b.sections?.first
            && a.sections?.last == b.sections?.last && a.sectionLevel == b.sectionLevel && a.isWeak == b.isWeak
    }

    public func hash(into h: inout Hasher) {
        h.combine(pair); h.combine(left); h.combine(right); h.combine(countedCharacters)
    }

    /// Indices of `explanations` strongest first, weak ones after all others (each group strongest first,
    /// then in text order).
    public static func order(_ explanations: [PassageExplanation]) -> [Int] {
        explanations.indices.sorted { i, j in
            let a = explanations[i], b = explanations[j]
            if a.isWeak != b.isWeak { return !a.isWeak }
            if a.strength != b.strength { return a.strength > b.strength }
            return (a.pair.offset, i) < (b.pair.offset, j)
        }
    }
}

/// The explanation's own thresholds, apart from the checker's: changing them changes what the reader is
/// shown, never what is found.
public struct ExplanationParameters: Sendable, Hashable {
    /// A passage with fewer shared words than this (template left out, on the checked side) is weak: less
    /// than a long sentence, the checker's own bar for an anchor (`minAnchorTokens`).
    public var weakBelowSameWords = 25
    /// …and so is one whose sides share less than this share of their words (Dice): two sentences in
    /// common wording rather than one text copied (the checker's `minPassageDensity`).
    public var weakBelowSimilarity = 0.5
    /// Bound on the word-by-word edit script (`WordAlignment.align`).
    public var maxEdits = 1000

    public init() {}

    public static let standard = ExplanationParameters()
}

/// Explains the passages of a finding, reading template the way the checker does.
public struct PassageExplainer: Sendable {
    public let archive: SimilarityArchive
    public let parameters: ExplanationParameters

    /// - Parameter archive: whose template phrases and boilerplate (document frequency) mark template;
    ///   an empty archive marks only the phrase list and the lines' shapes (headings, form fields).
    public init(archive: SimilarityArchive, parameters: ExplanationParameters = .standard) {
        self.archive = archive
        self.parameters = parameters
    }

    /// One explanation per pair, in the order given.
    public func explain(text: String, as info: DocumentInfo? = nil, source: String, as sourceInfo: DocumentInfo? = nil,
                        pairs: [PassagePair]) -> [PassageExplanation] {
        guard !pairs.isEmpty else { return [] }
        let a = Side(text, info, archive), b = Side(source, sourceInfo, archive)
        let sections = SectionHeadings(stream: a.words, scalars: a.scalars)
        return pairs.map { pair in
            let l = a.clamp(pair.offset, pair.length), r = b.clamp(pair.sourceOffset, pair.sourceLength)
            let wa = a.wordsIn(l), wb = b.wordsIn(r)
            let (ka, kb) = WordAlignment.kinds(wa.map(\.hash), wb.map(\.hash), maxEdits: parameters.maxEdits)
            let left = a.marked(WordAlignment.spans(wa, ka, over: l)), right = b.marked(WordAlignment.spans(wb, kb, over: r))
            let counted = (a.countedWords(wa), b.countedWords(wb))
            let same = (a.countedWords(wa, where: ka, .same), b.countedWords(wb, where: kb, .same))
            var e = PassageExplanation(pair: pair, left: left, right: right,
                                       countedCharacters: a.countedCharacters(left), countedWords: counted, sameWords: same,
                                       sections: sections.spanned(by: l), sectionLevel: sections.level, isWeak: false)
            e.isWeak = same.0 < parameters.weakBelowSameWords || e.similarity < parameters.weakBelowSimilarity
            return e
        }
    }

    /// One text as the explainer reads it: its scalars, its words (numbers as written), and where its
    /// template lies (the checker's roles).
    struct Side {
        let text: String
        let scalars: [Unicode.Scalar]
        let words: TokenStream
        /// Per word of `words`: whether it is template (anything but content to the checker).
        let template: [Bool]

        init(_ text: String, _ info: DocumentInfo?, _ archive: SimilarityArchive) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            words = TokenStream(text: text, numbersAsClass: false)
            // Same tokenisation, so the analysed tokens are these words one to one.
            let analysed = archive.analyse(text, info)
            template = analysed.roles.map { $0 != .content }
        }

        func clamp(_ offset: Int, _ length: Int) -> Range<Int> {
            let lo = max(0, min(offset, scalars.count))
            return lo..<max(lo, min(offset + length, scalars.count))
        }

        /// Words wholly inside the range, with their index (binary search on the sorted starts).
        func wordsIn(_ range: Range<Int>) -> [WordAlignment.Word] {
            indices(range).map { i in
                let t = words.tokens[i]
                return WordAlignment.Word(start: t.start, end: t.end, hash: t.hash, index: i)
            }
        }

        private func indices(_ range: Range<Int>) -> Range<Int> {
            let tokens = words.tokens
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid } }
            var end = lo
            while end < tokens.count && tokens[end].end <= range.upperBound { end += 1 }
            return lo..<end
        }

        func countedWords(_ ws: [WordAlignment.Word]) -> Int {
            ws.reduce(0) { $0 + (template[$1.index] ? 0 : 1) }
        }

        func countedWords(_ ws: [WordAlignment.Word], where kinds: [WordDifference], _ kind: WordDifference) -> Int {
            zip(ws, kinds).reduce(0) { $0 + (!template[$1.0.index] && $1.1 == kind ? 1 : 0) }
        }

        /// The spans cut where template begins and ends: a run of template words, and the text between
        /// two of them, is template; the text between template and other words is not.
        func marked(_ spans: [AlignedSpan]) -> [AlignedSpan] {
            guard let first = spans.first, let last = spans.last else { return spans }
            let range = first.start..<last.end
            // Template stretches inside the range, from a template word's start to the last one's end.
            var stretches: [Range<Int>] = []
            for i in indices(range) where template[i] {
                let t = words.tokens[i]
                if let previous = stretches.last, i > 0, template[i - 1], words.tokens[i - 1].end == previous.upperBound,
                   previous.upperBound >= range.lowerBound {
                    stretches[stretches.count - 1] = previous.lowerBound..<t.end
                } else {
                    stretches.append(t.start..<t.end)
                }
            }
            guard !stretches.isEmpty else { return spans }
            var out: [AlignedSpan] = []
            func add(_ s: AlignedSpan) {
                guard s.end > s.start else { return }
                if let l = out.last, l.end == s.start, l.difference == s.difference, l.template == s.template {
                    out[out.count - 1].end = s.end
                } else { out.append(s) }
            }
            var k = 0
            for span in spans {
                var at = span.start
                while at < span.end {
                    while k < stretches.count && stretches[k].upperBound <= at { k += 1 }
                    if k < stretches.count && stretches[k].lowerBound <= at {
                        let end = min(span.end, stretches[k].upperBound)
                        add(AlignedSpan(start: at, end: end, difference: span.difference, template: true))
                        at = end
                    } else {
                        let end = k < stretches.count ? min(span.end, stretches[k].lowerBound) : span.end
                        add(AlignedSpan(start: at, end: end, difference: span.difference, template: false))
                        at = end
                    }
                }
            }
            return out
        }

        /// Characters outside template, as a reader counts them (a letter with its marks is one).
        func countedCharacters(_ spans: [AlignedSpan]) -> Int {
            spans.reduce(0) { n, s in
                s.template ? n : n + String(String.UnicodeScalarView(scalars[s.start..<s.end])).count
            }
        }
    }
}
