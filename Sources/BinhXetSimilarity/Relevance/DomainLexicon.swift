/// Keyword lists per field of work (education, health, agriculture, …), as data.
///
/// Loaded from `Resources/similarity/domain-lexicon.txt`:
/// ```
/// [giao_duc] Giáo dục và đào tạo
/// related: khoa_hoc, van_hoa
/// học sinh, giáo viên, nhà trường
/// ```
/// A `[code] name` line opens a field; `related:` names fields whose work overlaps, both ways (a prior
/// only: the archive teaches the rest); other lines hold comma-separated terms. `#` starts a comment line. Terms
/// are matched folded, as token sequences, so "hoc sinh" in a không dấu text matches "học sinh".
public struct DomainLexicon: Sendable {
    /// One field of work.
    public struct Field: Sendable, Hashable {
        public var code: String
        public var name: String
    }

    struct Term: Sendable {
        var hashes: [UInt64]
        /// The term as the lexicon spells it, for evidence shown to the council.
        var text: String
        var fields: [Int]
    }

    public private(set) var fields: [Field] = []
    /// `related[f]`: fields whose work overlaps field `f`'s.
    private(set) var related: [[Int]] = []
    /// Terms by the hash of their first token.
    private(set) var termsByFirstToken: [UInt64: [Term]] = [:]
    public private(set) var termCount = 0

    public init(text: String) {
        var fieldIndex: [String: Int] = [:]
        var relatedCodes: [[String]] = []
        // Keyed by the folded form (its token hashes), so one term listed with and without diacritics is one
        // term. (Keyed by the hashes written out as text, this was a third of reading the lexicon, which every
        // check with duties does: issue 13.)
        var terms: [[UInt64]: (spelling: String, fields: Set<Int>)] = [:]
        var current = -1
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let code = String(line[line.index(after: line.startIndex)..<close]).trimmingSpaces
                let name = String(line[line.index(after: close)...]).trimmingSpaces
                if let existing = fieldIndex[code] { current = existing; continue }
                current = fields.count
                fieldIndex[code] = current
                fields.append(Field(code: code, name: name.isEmpty ? code : name))
                relatedCodes.append([])
                continue
            }
            guard current >= 0 else { continue }
            if line.lowercased().hasPrefix("related:") {
                relatedCodes[current] += line.dropFirst("related:".count).split(separator: ",").map { String($0).trimmingSpaces }
                continue
            }
            for piece in line.split(separator: ",") {
                let term = String(piece).trimmingSpaces
                guard !term.isEmpty else { continue }
                let hashes = VietnameseFoldingKey.hashes(of: term)
                guard !hashes.isEmpty else { continue }
                terms[hashes, default: (term, [])].fields.insert(current)
            }
        }
        // Overlapping work overlaps both ways: a relation written under either field holds for both.
        var relatedSets = [Set<Int>](repeating: [], count: fields.count)
        for (f, codes) in relatedCodes.enumerated() {
            for g in codes.compactMap({ fieldIndex[$0] }) where g != f {
                relatedSets[f].insert(g)
                relatedSets[g].insert(f)
            }
        }
        related = relatedSets.map { $0.sorted() }
        termsByFirstToken.reserveCapacity(terms.count)
        for (hashes, value) in terms {
            termsByFirstToken[hashes[0], default: []].append(Term(hashes: hashes, text: value.spelling, fields: value.fields.sorted()))
        }
        termCount = terms.count
    }

    /// Index of a field by code.
    public func fieldIndex(_ code: String) -> Int? { fields.firstIndex { $0.code == code } }

    /// Occurrences of lexicon terms in tokens `hashes` (where `include` allows), longest term first at
    /// each position.
    func matches(in hashes: [UInt64], include: (Int) -> Bool = { _ in true }) -> [(term: Term, position: Int)] {
        var out: [(Term, Int)] = []
        var i = 0
        while i < hashes.count {
            guard include(i), let candidates = termsByFirstToken[hashes[i]] else { i += 1; continue }
            var best: Term? = nil
            for term in candidates where term.hashes.count <= hashes.count - i
                && (best == nil || term.hashes.count > best!.hashes.count) {
                if zip(term.hashes, hashes[i...]).allSatisfy({ $0 == $1 }) { best = term }
            }
            if let best { out.append((best, i)); i += best.hashes.count } else { i += 1 }
        }
        return out
    }
}

/// The folded form of a term: its token hashes (numbers as written).
enum VietnameseFoldingKey {
    static func hashes(of term: String) -> [UInt64] {
        TokenStream(text: term, numbersAsClass: false).hashes
    }
}

extension StringProtocol {
    /// The string without spaces, tabs, no-break spaces or a BOM at either end.
    var trimmingSpaces: String {
        func blank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{A0}" || c == "\u{FEFF}" || c == "\r" }
        var s = Substring(self)
        while let f = s.first, blank(f) { s = s.dropFirst() }
        while let l = s.last, blank(l) { s = s.dropLast() }
        return String(s)
    }
}
