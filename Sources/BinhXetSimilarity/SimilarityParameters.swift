/// Every threshold of the similarity checker, in one place, with the defaults chosen on the dev corpus
/// (`binhxet-lab eval ../shared/corpus/dev`). Counts are in tokens (syllables for Vietnamese).
///
/// None of them names a case: they describe how long a shared run must be to be more than chance, how
/// common a phrase must be to be template, and how far apart two matches may be and still be one passage.
public struct SimilarityParameters: Sendable, Hashable, Codable {
    // MARK: - Tokens and fingerprints

    /// All-digit tokens match each other: copies with changed numbers, dates and counts still align.
    public var numbersAsClass = true
    /// Noise threshold k of winnowing: the shingle size of the index. Runs shorter than this never match.
    public var shingleSize = 5
    /// Guarantee threshold t of winnowing: any shared run of this many tokens on one line gives a shared
    /// fingerprint. Larger saves index memory (density ≈ 2 / (t − k + 2)); smaller finds shorter runs.
    public var guaranteeThreshold = 12
    /// Winnowing window w = t − k + 1.
    public var window: Int { Winnowing.window(guarantee: guaranteeThreshold, shingle: shingleSize) }

    // MARK: - Boilerplate

    /// A fingerprint held by at least this many archived documents is boilerplate (template headings,
    /// stock phrases, a unit's standard sentences) and never seeds a match. Re-used text is shared by a
    /// handful of reports; the template by hundreds.
    public var boilerplateMinDocuments = 10
    /// …or by at least this fraction of the archive, whichever is larger, so a small archive does not
    /// call every shared line boilerplate.
    public var boilerplateMinFraction = 0.0
    /// A line whose tokens are at least this fraction template (phrase list or boilerplate fingerprints)
    /// is template as a whole: a stock phrase with the unit's name or topic filled in.
    public var templateLineFraction = 0.5
    /// Lines of at most this many tokens are headings ("II. THỰC TRẠNG", "1. Thuận lợi"): template.
    public var headingMaxTokens = 8
    /// Lines that start with an enumerator ("3.", "b)", "IV.") and do not end a sentence are headings up
    /// to this many tokens ("2. Giải pháp thứ hai: …").
    public var enumeratedHeadingMaxTokens = 20
    /// Form-field lines ("Tác giả: …", "Chức vụ: …") have a label of at most this many tokens before a
    /// colon…
    public var fieldLabelMaxTokens = 5
    /// …and at most this many tokens in all. They never seed a match and they separate passages: a
    /// re-submission repeats the author's fields, which is not re-use of the initiative.
    public var fieldLineMaxTokens = 20

    // MARK: - Candidates

    /// A source becomes a candidate when it shares at least this many distinct non-boilerplate
    /// fingerprints with the checked text.
    public var minSharedFingerprints = 2
    /// At most this many candidates (most shared fingerprints first) are aligned per checked text.
    public var maxCandidates = 60

    // MARK: - Alignment

    /// Shingle size of alignment seeds: shorter than the index's so synonyms and changed words between
    /// seeds leave short gaps.
    public var seedSize = 4
    /// A seed shingle found more than this many times in the source is repetitive text, not evidence.
    public var maxSeedOccurrences = 6
    /// Matches at most this many unmatched content tokens apart (in both texts) are one passage;
    /// template lines between them cost nothing. An inserted or deleted paragraph is longer.
    public var maxGap = 14
    /// Two clusters of matches that follow each other in the checked text are judged as one copy (an
    /// anchor in either vouches for both) when the source has at most this many content tokens between
    /// them in the same order: paragraphs the copy left out. They are still shown as two passages.
    public var maxDeletedGap = 150
    /// A passage needs at least this many matched tokens.
    public var minPassageTokens = 12
    /// A passage's matched tokens must be at least this fraction of the content tokens it spans, in
    /// each text: a copy, even edited, matches densely; shared common phrases scattered over several
    /// paragraphs do not.
    public var minPassageDensity = 0.5
    /// A passage follows the source in order (`PassageSegmentation`); the checked text is read in its
    /// lines for that, and a longer line (text without paragraph structure) in pieces of this many tokens.
    public var maxUnitTokens = 400
    /// A formulaic line with figures next to a passage joins it when its counterpart in the source sits
    /// at the same place and their token pairs overlap at least this much (Dice): the copy kept it.
    public var keptLineSimilarity = 0.6
    /// A passage edge within this many content tokens of a line boundary moves to it: the copied unit is
    /// the paragraph, and the edit that broke the first or last seed should not cut it.
    public var snapTokens = 12
    /// …and an edge moves to the line boundary too when the passage covers at least this share of the
    /// line's content: the paragraph was copied, less a sentence or a few edited words.
    public var snapLineShare = 0.5

    // MARK: - Findings

    /// A source is reported when passages cover at least this many content tokens of the checked text
    /// (title and template excluded)…
    public var minReusedTokens = 30
    /// …and one passage (the anchor) matches at least this many content tokens in each text — a long
    /// sentence —…
    public var minAnchorTokens = 25
    /// …with its matched tokens at least this fraction of what it spans in each text and of each
    /// other (one-to-one). Verbatim and edited copies score above 0.85; two reports that share the
    /// formulaic wording of one source article score lower.
    public var minAnchorDensity = 0.8
    /// Coverage of the checked text's content below which a finding is `partial` (some sections copied).
    public var partialCoverage = 0.5
    /// Two titles are the same title when their folded token sets overlap at least this much (Dice).
    /// Titles follow a few patterns ("Một số biện pháp nâng cao …"), so only near-identical ones count.
    public var titleSimilarity = 0.9

    // MARK: - Relevance to duties

    /// An initiative is `off_duty` when the probability that its subject is part of the nominee's job
    /// (its relevance score) is below this. The score takes the most favourable reading of the text, so
    /// it leans to on duty; on the dev set this flags 2.5 % of the archive, 85 % of the planted off-duty
    /// initiatives among them.
    public var offDutyThreshold = 0.1
    /// Prior probability that a field the duties name (a lexicon term in the position or duties) is part
    /// of the job; on the dev set 0.74 of named fields were.
    public var relevanceNamedFieldPrior = 0.75
    /// …that a field `related` to a named one is (dev set: 0.10)…
    public var relevanceRelatedFieldPrior = 0.1
    /// …and that any other field is (dev set: 0.02).
    public var relevanceOtherFieldPrior = 0.02
    /// A field that is part of a job holds at least this share of the initiatives of the people doing it…
    public var relevanceMinFieldShare = 0.1
    /// …and a field that is not, about this share: off-duty initiatives (a few in a hundred) spread over a
    /// dozen fields not in the job, plus texts still misread. Dev: F1 0.82–0.85 from 0.002 to 0.005, 0.81
    /// at 0.01, 0.77 at 0.02.
    public var relevanceStrayShare = 0.005
    /// Duty wordings (position ×2, duties, unit; words weighted by how rare they are among the archive's
    /// duty wordings) at least this similar (cosine) are colleagues: the same job, worded a little
    /// differently.
    public var relevanceMinNeighbourSimilarity = 0.8
    /// A nominee's own other initiatives (not linked by re-use) witness for what their job covers with
    /// this weight against a colleague's 1: they show how wide the job is, but are one person's choices.
    public var relevanceOwnWitnessWeight = 0.5
    /// The initiatives worded most like a text (this many) give a further reading of its fields…
    public var relevanceNeighbours = 10
    /// …each read as its own text's fields (plus this floor, so a field the lexicon missed can still
    /// win) times the probability that the field is part of its author's job…
    public var relevanceNeighbourReadingFloor = 0.2
    /// …joined to the text's own reading with this weight.
    public var relevanceNeighbourWeight = 1.0
    /// Title words in more than this share of the archive's titles are boilerplate ("một số giải pháp
    /// nâng cao hiệu quả", "tại"); the rest is the title's subject, shared by initiatives on one subject.
    public var relevanceTitleBoilerplateShare = 0.05
    /// Floor of each field's probability when the jobs (and text readings) of the authors of initiatives
    /// with the same title subject are multiplied: one author writing off duty does not veto a field.
    public var relevanceTitleFloor = 0.05
    /// Weight (an exponent) of those initiatives' text readings against their authors' jobs.
    public var relevanceTitleTextWeight = 0.3
    /// Weight of the title's lexicon terms against the body's: the title states the subject.
    public var relevanceTitleWeight = 3.0
    /// Power applied to an initiative's field weights before normalising: an initiative has one subject,
    /// and words of other fields in it are mostly noise.
    public var relevanceSharpening = 2.0
    /// Power applied to archive-centroid similarities relative to the best (only near-best fields count).
    public var relevanceCentroidSharpening = 8.0

    public init() {}

    /// The defaults.
    public static let standard = SimilarityParameters()
}
