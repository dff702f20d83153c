import BinhXetCore
import BinhXetSimilarity

/// A source initiative the checker matched, with its passage pairs strongest first and weak ones last
/// (the core's order), or in the order of the nomination's text when they could not be explained.
public struct MatchedSource: Equatable, Sendable {
    public var finding: StoredFinding
    public var summary: SourceSummary?
    public var pairs: [PassagePair]
    /// The explanation of each of `pairs` (same order), or empty when the source's text is not stored.
    public var explanations: [PassageExplanation] = []

    public var id: String { finding.sourceID ?? "" }

    public func explanation(_ pair: Int) -> PassageExplanation? {
        explanations.indices.contains(pair) ? explanations[pair] : nil
    }

    init(finding: StoredFinding, summary: SourceSummary?, explanations: [PassageExplanation]?) {
        self.finding = finding
        self.summary = summary
        // The core's reading order (`PassageReadingOrder`), as side by side and the report number them.
        let order = PassageReadingOrder.passages(finding.passages, explanations: explanations)
        pairs = order.map { finding.passages[$0] }
        if let explanations, explanations.count == finding.passages.count {
            self.explanations = order.map { explanations[$0] }
        }
    }
}

/// A matched passage on the nomination screen: which source and which of its pairs.
public struct PassageMark: Equatable, Sendable {
    public var source: Int
    public var pair: Int
    public var offset: Int
    public var length: Int
}

/// The nomination screen: the loaded nomination, its matched sources and where the page is scrolled.
public struct NominationState: Equatable, Sendable {
    public var id: String
    /// Nil while loading.
    public var data: NominationData?
    public var sources: [MatchedSource] = []
    /// Findings without a source (off-duty).
    public var offDuty: [StoredFinding] = []
    /// Every matched passage of every source in the core's reading order (what n/N walk through): the first
    /// source's passages strongest first, weak ones last, then the next source's.
    public var marks: [PassageMark] = []
    public var selectedSource = 0
    public var focusedMark: Int?
    /// First page line on screen.
    public var scroll = 0
    /// The initiative text wrapped for the current width.
    public var textLayout: WrappedText?
    /// Texts of sources already loaded for side by side.
    public var sourceTexts: [String: String] = [:]
    /// `c` was pressed in the queue: open side by side as soon as the nomination is here.
    public var openSideBySideWhenLoaded = false

    public init(id: String) { self.id = id }

    /// The newest event this screen has seen: a decision recorded after it was made by someone else.
    public var seenEventID: Int64? { data?.detail.events.compactMap(\.id).max() }

    public var status: NominationStatus? { data?.detail.nomination.status }

    /// Takes a freshly loaded nomination, keeping the member's place when it is the same one. Returns
    /// whether the initiative text changed (so wrapped copies of it must be redone).
    @discardableResult
    mutating func take(_ new: NominationData) -> Bool {
        let sameFindings = data?.findings == new.findings
        let textChanged = data?.text != new.text
        var new = new
        // The explanations follow from the findings and the texts: kept while neither changed.
        if sameFindings && !textChanged, new.explanations.isEmpty, let old = data?.explanations { new.explanations = old }
        data = new
        offDuty = new.findings.filter { !$0.kind.hasSource || $0.sourceID == nil }
        buildSources()
        if !sameFindings {
            selectedSource = 0
            focusedMark = nil
        }
        selectedSource = min(selectedSource, max(0, sources.count - 1))
        if textChanged { textLayout = nil }
        return textChanged
    }

    /// True when some source has passages the core has not explained yet.
    public var needsExplanations: Bool {
        sources.contains { !$0.pairs.isEmpty && $0.explanations.isEmpty }
    }

    /// Takes the core's explanations: each source's passages are ordered strongest first from now on.
    mutating func takeExplanations(_ explanations: [String: [PassageExplanation]]) {
        guard data != nil else { return }
        data!.explanations = explanations
        buildSources()
    }

    /// Sources from the findings (with their explanations), and every passage in the core's reading order
    /// for n/N. A focused passage stays focused when the explanations reorder them.
    private mutating func buildSources() {
        guard let new = data else { return }
        let focused = focusedMark.flatMap { marks.indices.contains($0) ? marks[$0] : nil }
        let focusedSource = focused.map { sources[$0.source].id }
        let ordered = PassageReadingOrder.sources(new.findings)
        sources = ordered.map {
            MatchedSource(finding: $0, summary: new.sources[$0.sourceID!], explanations: new.explanations[$0.sourceID!])
        }
        marks = PassageReadingOrder.walk(new.findings, explanations: new.explanations).map { step in
            let pair = ordered[step.source].passages[step.pair]
            return PassageMark(source: step.source, pair: step.number - 1, offset: pair.offset, length: pair.length)
        }
        if let focused, let id = focusedSource {
            focusedMark = marks.firstIndex { sources[$0.source].id == id && $0.offset == focused.offset && $0.length == focused.length }
        }
    }
}

/// Which side j/k and the page keys scroll on the side-by-side screen.
public enum ScrollTarget: Sendable, Equatable {
    case both, left, right
}

/// The side-by-side screen: one source against the nomination, each side with its own scroll.
public struct CompareState: Equatable, Sendable {
    /// Index into the nomination's `sources`.
    public var source: Int
    /// Index into the source's `pairs` of the passage n/N moved to.
    public var focused: Int?
    public var leftTop = 0
    public var rightTop = 0
    public var target: ScrollTarget = .both
    public var left: WrappedText?
    /// Nil until the source's text is loaded.
    public var right: WrappedText?

    public init(source: Int) { self.source = source }
}
