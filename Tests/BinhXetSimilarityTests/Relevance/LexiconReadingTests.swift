import BinhXetTestSupport
import Foundation
import Testing
@testable import BinhXetSimilarity

/// Reading the lexicon is on every check with duties: made cheaper, it must read every lexicon as before.
struct LexiconReadingTests {
    /// The lexicon as it was read before (terms keyed by their hashes written out as text): the reference.
    static func reference(_ text: String) -> (fields: [DomainLexicon.Field], related: [[Int]], terms: Set<String>) {
        var fields: [DomainLexicon.Field] = []
        var fieldIndex: [String: Int] = [:]
        var relatedCodes: [[String]] = []
        var terms: [String: (spelling: String, hashes: [UInt64], fields: Set<Int>)] = [:]
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
                fields.append(DomainLexicon.Field(code: code, name: name.isEmpty ? code : name))
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
                let stream = TokenStream(text: term, numbersAsClass: false)
                guard !stream.hashes.isEmpty else { continue }
                let key = stream.hashes.map(String.init).joined(separator: " ")
                terms[key, default: (term, stream.hashes, [])].fields.insert(current)
            }
        }
        var relatedSets = [Set<Int>](repeating: [], count: fields.count)
        for (f, codes) in relatedCodes.enumerated() {
            for g in codes.compactMap({ fieldIndex[$0] }) where g != f {
                relatedSets[f].insert(g)
                relatedSets[g].insert(f)
            }
        }
        return (fields, relatedSets.map { $0.sorted() },
                Set(terms.values.map { "\($0.hashes) \($0.spelling) \($0.fields.sorted())" }))
    }

    static func read(_ lexicon: DomainLexicon) -> (fields: [DomainLexicon.Field], related: [[Int]], terms: Set<String>) {
        var terms: [String] = []
        for (first, list) in lexicon.termsByFirstToken {
            for t in list {
                #expect(t.hashes.first == first)
                terms.append("\(t.hashes) \(t.text) \(t.fields)")
            }
        }
        #expect(terms.count == lexicon.termCount && Set(terms).count == terms.count)
        return (lexicon.fields, lexicon.related, Set(terms))
    }

    @Test("The bundled lexicon reads as before: fields, relations, every term with its spelling and fields")
    func bundledLexicon() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources/similarity/domain-lexicon.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = Self.reference(text), got = Self.read(DomainLexicon(text: text))
        #expect(expected.terms.count > 500)
        #expect(got.fields == expected.fields && got.related == expected.related)
        #expect(got.terms == expected.terms)
    }

    @Test("Random lexicons read as before: terms repeated with and without diacritics, in several fields, numbers, blanks")
    func randomLexicons() {
        var rng = SeededGenerator(printingSeedFor: "LexiconReadingTests.randomLexicons")
        let words = ["học", "hoc", "HỌC", "sinh", "đồng", "dong", "ruộng", "2025", "x1", "an", "toàn", "Thực", "phẩm", "漢", "e\u{301}", "é"]
        for _ in 0..<40 {
            var lines: [String] = []
            for f in 0..<Int.random(in: 1...4, using: &rng) {
                lines.append("[f\(Int.random(in: 0...f, using: &rng))] Field \(f)")
                if Bool.random(using: &rng) { lines.append("related: f\(Int.random(in: 0...4, using: &rng)), f0") }
                for _ in 0..<Int.random(in: 0...4, using: &rng) {
                    lines.append((0..<Int.random(in: 1...5, using: &rng)).map { _ in
                        " " + (0..<Int.random(in: 0...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") + "\t"
                    }.joined(separator: ","))
                }
                if Bool.random(using: &rng) { lines.append("# comment, học sinh") }
            }
            let text = lines.joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
            let expected = Self.reference(text), got = Self.read(DomainLexicon(text: text))
            #expect(got.fields == expected.fields && got.related == expected.related && got.terms == expected.terms, "\(text)")
        }
    }
}
