import BinhXetCore
import BinhXetText

/// The queues a member works through, one tab each. The work queues hold the year under review; earlier
/// years are in the archive.
public enum QueueTab: CaseIterable, Sendable {
    /// Việc của tôi: the open year's nominations awaiting the council that this member still has to act on
    /// (not voted on yet; for a member who records outcomes, not decided yet).
    case mine
    /// Mới tiếp nhận: received, being appraised, or put before the council: not yet decided.
    case received
    /// Bị gắn cờ: the nomination needs the council's attention (`CouncilAttention`) and is not decided yet.
    case flagged
    /// Chờ bổ sung.
    case awaitingSupplement
    /// Thông qua.
    case approved
    /// Không đạt.
    case rejected
    /// Lưu trữ: nominations of earlier years, what the year under review is checked against.
    case archive
    /// Tất cả.
    case all

    func contains(_ row: QueueRow, in review: ReviewYear) -> Bool {
        let period = review.period(of: row.summary.year)
        switch self {
        case .archive: return period == .archive
        case .all: return true
        default: guard period == .underReview else { return false }
        }
        switch self {
        case .mine: return row.needsMe
        case .received: return [.received, .appraising, .atCouncil].contains(row.summary.status)
        case .flagged: return row.flagged && !row.summary.status.isDecided
        case .awaitingSupplement: return row.summary.status == .awaitingSupplement
        case .approved: return row.summary.status == .approved
        case .rejected: return row.summary.status == .rejected
        case .archive, .all: return true
        }
    }

    /// The tab a number key opens (1 the first).
    static func numbered(_ n: Int) -> QueueTab? {
        allCases.indices.contains(n - 1) ? allCases[n - 1] : nil
    }
}

/// The column a queue is sorted by.
public enum QueueSort: CaseIterable, Sendable {
    case id, nominee, unit, similarity, received, status
    /// Latest first, then due soonest; rows without a due date last.
    case due
}

/// What the filter dialog narrows a queue to. Nil fields do not filter.
public struct QueueFilter: Equatable, Sendable {
    public enum FlagFilter: Equatable, Sendable, CaseIterable {
        case flag(QueueFlag)
        case notChecked
        /// No flag of any kind (and checked): what can be approved without a second look.
        case noFlags
        /// The council has not decided it yet.
        case undecided
        /// Undecided, and the member at this terminal has not voted on it.
        case notVotedByMe

        public static let allCases: [FlagFilter] = QueueFlag.allCases.map { .flag($0) } + [.notChecked, .noFlags, .undecided, .notVotedByMe]
    }

    public var year: Int?
    /// A unit, by its full name (picked from the desk's units, so "phu vinh" cannot match two).
    public var unit: String?
    public var title: AwardTitle?
    public var flag: FlagFilter?

    public init(year: Int? = nil, unit: String? = nil, title: AwardTitle? = nil, flag: FlagFilter? = nil) {
        self.year = year; self.unit = unit; self.title = title; self.flag = flag
    }

    public var isEmpty: Bool { year == nil && unit == nil && title == nil && flag == nil }

    func accepts(_ row: QueueRow) -> Bool {
        if let year, row.summary.year != year { return false }
        if let title, row.summary.title != title { return false }
        if let unit, row.summary.unitName != unit { return false }
        switch flag {
        case nil: return true
        case .notChecked?: return !row.checked
        case .noFlags?: return row.checked && !row.flagged
        case .undecided?: return !row.summary.status.isDecided
        case .notVotedByMe?: return !row.summary.status.isDecided && !row.votedByMe
        case .flag(let f)?: return row.flags.contains(f)
        }
    }
}

/// The queues screen: all rows loaded from the desk, and the visible slice for the current tab, filter,
/// search and sort. `visible` is recomputed only when one of those changes, so moving costs nothing.
public struct QueueState: Equatable, Sendable {
    public var rows: [QueueRow] = []
    /// The year under review: the work queues hold it, the archive tab the years before.
    public var reviewYear = ReviewYear(year: nil, isChosen: false)
    public var loaded = false
    public var tab: QueueTab = .received
    public var sort: QueueSort = .id
    public var descending = false
    public var filter = QueueFilter()
    /// The incremental search, folded when matched.
    public var search = TextField()
    /// True while `/` is taking keys.
    public var searching = false
    /// Indices into `rows` of the rows shown, in order.
    public private(set) var visible: [Int] = []
    /// Index into `visible` of the selected row.
    public var selected = 0
    /// Index into `visible` of the first row on screen.
    public var top = 0
    /// Nominations tagged for a bulk action (kept across tabs and searches until acted on or cleared).
    public var tagged: Set<String> = []
    /// What the member may do on the council under the open year's rules; nil before the queue loads.
    public var standing: MemberStanding?
    /// The field the search matched in each shown row (by index into `rows`); empty without a search.
    public private(set) var matchedField: [Int: SearchField] = [:]
    /// How many shown rows matched in each field.
    public private(set) var searchCounts: [SearchField: Int] = [:]
    /// Rows per tab, with the filter applied (not the search).
    public private(set) var counts: [QueueTab: Int] = [:]

    public var selectedRow: QueueRow? {
        visible.indices.contains(selected) ? rows[visible[selected]] : nil
    }

    /// Rows the checker has not looked at yet (counted when rows change, not per frame).
    public private(set) var uncheckedCount = 0

    /// Recomputes the visible rows and tab counts, keeping the selected nomination selected when it is
    /// still shown.
    mutating func refresh(keeping id: String? = nil) {
        let keep = id ?? selectedRow?.id
        var perTab: [QueueTab: Int] = [:]
        var shown: [Int] = []
        // A query typed with marks (or đ) means them; one typed without matches with or without.
        let raw = search.trimmed
        let folded = VietnameseFolding.fold(raw)
        let marked = raw.lowercased()
        let exact = folded != marked
        let needle = exact ? marked : folded
        var fields: [Int: SearchField] = [:]
        for (i, row) in rows.enumerated() where filter.accepts(row) {
            for t in QueueTab.allCases where t.contains(row, in: reviewYear) { perTab[t, default: 0] += 1 }
            guard tab.contains(row, in: reviewYear) else { continue }
            if needle.isEmpty { shown.append(i); continue }
            if let f = row.match(needle, marked: exact) { shown.append(i); fields[i] = f }
        }
        counts = perTab
        uncheckedCount = rows.reduce(0) { $0 + ($1.checked ? 0 : 1) }
        visible = sorted(shown)
        matchedField = fields
        searchCounts = fields.values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        if !needle.isEmpty {
            // Name matches first, then ID, unit and title, each group in the chosen order.
            var groups: [SearchField: [Int]] = [:]
            for i in visible { groups[fields[i]!, default: []].append(i) }
            visible = SearchField.allCases.sorted().flatMap { groups[$0] ?? [] }
        }
        if let keep, let at = visible.firstIndex(where: { rows[$0].id == keep }) {
            selected = at
        } else {
            selected = min(selected, max(0, visible.count - 1))
        }
    }

    private func sorted(_ shown: [Int]) -> [Int] {
        let r = rows
        func ascending(_ a: Int, _ b: Int) -> Bool {
            let x = r[a], y = r[b]
            switch sort {
            case .id: return (x.summary.year, x.id) < (y.summary.year, y.id)
            case .nominee: return (x.nameSortKey, x.id) < (y.nameSortKey, y.id)
            case .unit: return (x.unitSortKey, x.id) < (y.unitSortKey, y.id)
            case .similarity:
                // Most similar first reads best; the reverse key turns it around like the others.
                let sx = x.highestSimilarity ?? -1, sy = y.highestSimilarity ?? -1
                return sx != sy ? sx > sy : x.id < y.id
            case .received: return (x.summary.receivedOn, x.id) < (y.summary.receivedOn, y.id)
            case .status:
                return (Self.statusOrder(x.summary.status), x.id) < (Self.statusOrder(y.summary.status), y.id)
            case .due:
                let dx = x.due?.sortKey ?? Int.max, dy = y.due?.sortKey ?? Int.max
                return (dx, x.summary.year, x.id) < (dy, y.summary.year, y.id)
            }
        }
        return descending ? shown.sorted { ascending($1, $0) } : shown.sorted(by: ascending)
    }

    private static func statusOrder(_ s: NominationStatus) -> Int {
        NominationStatus.allCases.firstIndex(of: s) ?? 0
    }
}
