import BinhXetSimilarity
import BinhXetText
import Foundation

/// The data the similarity checker reads: the template phrase list and the domain lexicon.
///
/// Both are compiled in from `Resources/similarity/`; a desk may override either with a file of the
/// same name in its folder (`template-phrases.txt`, `domain-lexicon.txt`), which a council edits
/// when its forms use other stock phrases.
public struct SimilarityData: Sendable {
    public var templates: TemplatePhrases
    /// The lexicon's text; `lexicon` reads it when asked (only the relevance model needs it, and reading
    /// it took a tenth of a re-use-only `check` process, issue 13).
    public var lexiconText: String
    /// The domain lexicon, read from `lexiconText` at each use: read it once per model.
    public var lexicon: DomainLexicon { DomainLexicon(text: lexiconText) }
    /// Where each came from ("built-in" or a path), for `binhxet rules`-style reporting.
    public var sources: [String: String]
    /// SHA-256 of the texts both were made from: a relevance model stored in the desk was learned with
    /// this data only if it names the same digest.
    public var digest: String

    /// The compiled-in data.
    public static let builtIn = SimilarityData(
        templates: TemplatePhrases(text: BundledSimilarityData.templatePhrases),
        lexiconText: BundledSimilarityData.domainLexicon,
        sources: ["template-phrases": "built-in", "domain-lexicon": "built-in"],
        digest: digest(BundledSimilarityData.templatePhrases, BundledSimilarityData.domainLexicon))

    static func digest(_ templates: String, _ lexicon: String) -> String {
        SHA256.hex(of: templates + "\u{0}" + lexicon)
    }

    /// The data for a desk: built-in, with any override file beside the desk.
    public static func forDesk(folder: URL) -> SimilarityData {
        var data = builtIn
        var texts = (BundledSimilarityData.templatePhrases, BundledSimilarityData.domainLexicon)
        let t = folder.appendingPathComponent("template-phrases.txt")
        if let text = try? String(contentsOf: t, encoding: .utf8) {
            data.templates = TemplatePhrases(text: text)
            texts.0 = text
            data.sources["template-phrases"] = t.path
        }
        let l = folder.appendingPathComponent("domain-lexicon.txt")
        if let text = try? String(contentsOf: l, encoding: .utf8) {
            data.lexiconText = text
            texts.1 = text
            data.sources["domain-lexicon"] = l.path
        }
        data.digest = digest(texts.0, texts.1)
        return data
    }
}
