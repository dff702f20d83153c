/// Decides the role of every token of a text: content, template, form field or title.
///
/// Template comes from three sources, none of them a list of answers: the template phrase list (data),
/// the archive (shingles that many documents hold), and the shape of a line (short headings, enumerated
/// headings, "label: value" fields). A line that is mostly template is template as a whole, since stock
/// sentences carry the unit's name or the topic inside them.
struct RoleAssignment {
    let parameters: SimilarityParameters
    let templates: TemplatePhrases
    /// True when the archive holds an index shingle hash often enough to be boilerplate (its document
    /// frequency reaches the archive's `boilerplateThreshold`).
    let isBoilerplate: (UInt64) -> Bool

    func roles(for text: AnalysedText, scalars: [Unicode.Scalar]) -> [TokenRole] {
        let stream = text.stream
        let n = stream.tokens.count
        var marked = [Bool](repeating: false, count: n)

        // Phrase list, at both shingle sizes.
        for (shingles, size) in [(text.seedShingles, parameters.seedSize), (text.indexShingles, parameters.shingleSize)] {
            for (i, h) in shingles.hashes.enumerated() where h != 0 && templates.contains(h, size: size) {
                for t in i..<(i + size) { marked[t] = true }
            }
        }
        // Archive: every index shingle of this text that many documents selected as a fingerprint. Each
        // window of a phrase common to many documents selects the same minimum everywhere, so its shingles
        // are frequent at most `window` apart: the gaps between them are filled below.
        var lastFrequentEnd = -1
        var lastFrequentLine = -1
        for (i, h) in text.indexShingles.hashes.enumerated() where h != 0 {
            guard isBoilerplate(h) else { continue }
            let line = stream.tokens[i].line
            let end = i + parameters.shingleSize
            if line == lastFrequentLine && i > lastFrequentEnd && i - lastFrequentEnd <= parameters.window {
                for t in lastFrequentEnd..<i { marked[t] = true }
            }
            for t in i..<end { marked[t] = true }
            lastFrequentEnd = end
            lastFrequentLine = line
        }
        // The first window of a line picks its minimum up to `window − 1` shingles in, and so does the
        // last one from the end: the head and tail of a common line are never fingerprinted anywhere.
        // Marks that come that close to both edges of a line are carried to them: the line is common as a
        // whole. A common phrase near one edge of a sentence (a "được thành lập năm 1960" of many
        // articles) does not make the rest of the sentence common.
        let reach = parameters.window - 1
        for line in 0..<stream.lineCount {
            let range = stream.tokenRange(ofLine: line)
            guard let first = range.first(where: { marked[$0] }), let last = range.last(where: { marked[$0] }),
                  first - range.lowerBound <= reach, range.upperBound - 1 - last <= reach else { continue }
            for t in range.lowerBound..<first { marked[t] = true }
            for t in last..<range.upperBound { marked[t] = true }
        }

        var roles = [TokenRole](repeating: .content, count: n)
        var titleTokens = [Bool](repeating: false, count: n)
        for occurrence in text.titleOccurrences { for t in occurrence { titleTokens[t] = true } }
        func mostlyTemplate(_ range: Range<Int>) -> Bool {
            let templateCount = range.reduce(0) { $0 + (marked[$1] && !titleTokens[$1] ? 1 : 0) }
            let nonTitle = range.reduce(0) { $0 + (titleTokens[$1] ? 0 : 1) }
            return nonTitle > 0 && Double(templateCount) >= parameters.templateLineFraction * Double(nonTitle)
        }
        // The report's first prose paragraph: a form's fields come before it.
        let firstProse = (0..<stream.lineCount).first { line in
            let range = stream.tokenRange(ofLine: line)
            return range.count > parameters.fieldLineMaxTokens && !range.contains { titleTokens[$0] } && !mostlyTemplate(range)
        } ?? stream.lineCount
        for line in 0..<stream.lineCount {
            let range = stream.tokenRange(ofLine: line)
            guard !range.isEmpty else { continue }
            let hasTitle = range.contains { titleTokens[$0] }
            let lineRole: TokenRole?
            if isEnumeratedHeading(range, stream: stream, scalars: scalars) {
                lineRole = .template
            } else if !hasTitle, let label = fieldLabel(range, stream: stream, scalars: scalars),
                      line < firstProse || templates.isPhrase(text.stream.hashes[label]) {
                // A "label: value" line is a form field in the form's header, or anywhere with a label
                // the phrase list names; in the body it is prose that happens to have a colon (a
                // reference "Julian Schwinger: Einsteins Erbe …").
                lineRole = .field
            } else if range.count <= parameters.headingMaxTokens {
                lineRole = .template
            } else {
                lineRole = mostlyTemplate(range) ? .template : nil
            }
            for t in range {
                // The document's own title keeps its role whatever line it is on, so a kept title can
                // be shown as a passage but never counts as re-use.
                if titleTokens[t] { roles[t] = .title } else if let lineRole { roles[t] = lineRole } else if marked[t] { roles[t] = .template }
            }
        }
        return roles
    }

    /// "IV. HIỆU QUẢ …", "2. Giải pháp thứ hai: …", "b) …": a numbered line that does not end a sentence.
    private func isEnumeratedHeading(_ range: Range<Int>, stream: TokenStream, scalars: [Unicode.Scalar]) -> Bool {
        guard range.count <= parameters.enumeratedHeadingMaxTokens else { return false }
        let first = stream.tokens[range.lowerBound]
        guard first.end < scalars.count, scalars[first.end] == "." || scalars[first.end] == ")" else { return false }
        guard isEnumerator(scalars[first.start..<first.end]) else { return false }
        return !endsSentence(line: first.line, stream: stream, scalars: scalars)
    }

    /// "Tác giả: Nguyễn Văn A": a short label, a colon, a short value, and no full stop (a sentence with a
    /// colon is prose). Returns the label's tokens.
    private func fieldLabel(_ range: Range<Int>, stream: TokenStream, scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard range.count <= parameters.fieldLineMaxTokens else { return nil }
        let line = stream.tokens[range.lowerBound].line
        var colon = -1
        for o in stream.lineStarts[line]..<stream.lineEnds[line] where scalars[o] == ":" { colon = o; break }
        guard colon >= 0, !endsSentence(line: line, stream: stream, scalars: scalars) else { return nil }
        let labelTokens = range.reduce(0) { $0 + (stream.tokens[$1].end <= colon ? 1 : 0) }
        guard labelTokens >= 1 && labelTokens <= parameters.fieldLabelMaxTokens && labelTokens < range.count else { return nil }
        return range.lowerBound..<(range.lowerBound + labelTokens)
    }

    private func isEnumerator(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        if token.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) { return token.count <= 3 }
        if token.count == 1, token.first!.properties.isAlphabetic { return true }
        let roman = Set<UInt32>([0x49, 0x56, 0x58, 0x69, 0x76, 0x78])  // I V X, i v x
        return token.count <= 5 && token.allSatisfy { roman.contains($0.value) }
    }

    private func endsSentence(line: Int, stream: TokenStream, scalars: [Unicode.Scalar]) -> Bool {
        var o = stream.lineEnds[line] - 1
        while o >= stream.lineStarts[line] && (scalars[o] == " " || scalars[o] == "\t" || scalars[o] == "\r") { o -= 1 }
        guard o >= stream.lineStarts[line] else { return false }
        return scalars[o] == "." || scalars[o] == "!" || scalars[o] == "?" || scalars[o] == "…"
    }
}
