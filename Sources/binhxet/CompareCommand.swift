import ArgumentParser
import BinhXetCore
import BinhXetSimilarity
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "The passages two files share (no desk needed).",
        discussion: "Offsets count Unicode scalars of each file's decoded NFC text, line ends as in the file.")

    @Argument(help: "The later file (.txt or .docx).") var a: String
    @Argument(help: "The earlier file it may re-use.") var b: String
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable {
        var nomination: String
        var source: String
        var coverage: Double
        var passages: [FindingJSON.PassageJSON]
    }

    func run() throws {
        let (textA, textB) = try CLIError.wrap {
            (try DocumentReader.read(url: URL(fileURLWithPath: a), newlines: .preserve).text,
             try DocumentReader.read(url: URL(fileURLWithPath: b), newlines: .preserve).text)
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
        writeOut("\(passages.count) shared passage\(passages.count == 1 ? "" : "s"), \(Percent.of(coverage)) of \(a)\n")
        for (i, p) in passages.enumerated() {
            writeOut("\(i + 1). \(a) @\(p.offset)+\(p.length)  ↔  \(b) @\(p.sourceOffset)+\(p.sourceLength)\n   \(excerpt(sa, p.offset, p.length))\n")
        }
    }
}
