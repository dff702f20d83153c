import BinhXetSimilarity
import Foundation

/// The data the similarity checker reads: the template phrase list and the domain lexicon.
///
/// Both are compiled in from `Resources/similarity/`; a desk may override either with a file of the
/// same name in its folder (`template-phrases.txt`, `domain-lexicon.txt`), which a council edits
/// when its forms use other stock phrases.
public struct SimilarityData: Sendable {
    public var templates: TemplatePhrases
    public var lexicon: DomainLexicon
    /// Where each came from ("built-in" or a path), for `binhxet rules`-style reporting.
    public var sources: [String: String]

    /// The compiled-in data.
    public static let builtIn = SimilarityData(
        templates: TemplatePhrases(text: BundledSimilarityData.templatePhrases),
        lexicon: DomainLexicon(text: BundledSimilarityData.domainLexicon),
        sources: ["template-phrases": "built-in", "domain-lexicon": "built-in"])

    /// The data for a desk: built-in, with any override file beside the desk.
    public static func forDesk(folder: URL) -> SimilarityData {
        var data = builtIn
        let t = folder.appendingPathComponent("template-phrases.txt")
        if let text = try? String(contentsOf: t, encoding: .utf8) {
            data.templates = TemplatePhrases(text: text)
            data.sources["template-phrases"] = t.path
        }
        let l = folder.appendingPathComponent("domain-lexicon.txt")
        if let text = try? String(contentsOf: l, encoding: .utf8) {
            data.lexicon = DomainLexicon(text: text)
            data.sources["domain-lexicon"] = l.path
        }
        return data
    }
}
