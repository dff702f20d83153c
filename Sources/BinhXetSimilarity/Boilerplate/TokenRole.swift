/// What a token is to the aligner.
public enum TokenRole: UInt8, Sendable {
    /// Body text: seeds matches, counts toward re-use, and unmatched it separates passages.
    case content
    /// Template (headings, stock phrases, boilerplate): never seeds, and costs nothing between two
    /// matches, so a copied body stays one passage across the template lines inside it.
    case template
    /// Form field ("Tác giả: …"): never seeds, and separates passages like unmatched content.
    case field
    /// An occurrence of the document's own title: like template to the aligner (titles follow common
    /// patterns and same-topic reports share them); a re-used title is shown from the metadata instead.
    case title

    /// True when a shingle over this token may seed a match.
    var seeds: Bool { self == .content }
    /// True when an unmatched token of this role widens the gap between two matches.
    var separates: Bool { self == .content || self == .field }
}
