import ArgumentParser
import BinhXetCLIWords
import BinhXetCore
import BinhXetSimilarity
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: words(.compareAbstract), discussion: words(.compareDiscussion))

    @Argument(help: help(.compareLaterHelp)) var a: String
    @Argument(help: help(.compareEarlierHelp)) var b: String
    @Flag(help: help(.jsonHelp)) var json = false
    @OptionGroup var languageOptions: LanguageOptions

    struct Output: Encodable {
        var nomination: String
        var source: String
        var coverage: Double
        var passages: [FindingJSON.PassageJSON]
    }

    func run() throws {
        let (textA, textB) = try CLIError.wrap {
            (try CLIError.reading(a) { try DocumentReader.read(url: URL(fileURLWithPath: a), newlines: .preserve).text },
             try CLIError.reading(b) { try DocumentReader.read(url: URL(fileURLWithPath: b), newlines: .preserve).text })
        }
        let passages = SimilarityArchive.compare(textA, with: textB, templates: SimilarityData.builtIn.templates)
        let covered = passages.reduce(0) { $0 + $1.length }
        let coverage = Double(covered) / Double(max(1, textA.unicodeScalars.count))
        if json {
            try printJSON(Output(nomination: a, source: b, coverage: (coverage * 10_000).rounded() / 10_000,
                                 passages: passages.map { .init(offset: $0.offset, length: $0.length,
                                                                sourceOffset: $0.sourceOffset, sourceLength: $0.sourceLength) }))
            return
        }
        let sa = Array(textA.unicodeScalars)
        func excerpt(_ s: [Unicode.Scalar], _ o: Int, _ l: Int) -> String {
            let text = String(String.UnicodeScalarView(s[o..<min(s.count, o + l)]))
            let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            return line.count > 70 ? String(line.prefix(70)) + "…" : line
        }
        writeOut(words(.compareShared, words.count(passages.count, .nPassages), Percent.coverage(coverage, in: words.language), a) + "\n")
        for (i, p) in passages.enumerated() {
            writeOut("\(i + 1). \(a) @\(p.offset)+\(p.length)  ↔  \(b) @\(p.sourceOffset)+\(p.sourceLength)\n   \(excerpt(sa, p.offset, p.length))\n")
        }
    }
}
