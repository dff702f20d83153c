/// Queue rows already drawn, by everything their cells depend on (`QueueLine`): moving the selection one
/// row redraws two rows instead of the forty on screen. Kept by the loop that draws frames (`AppDriver`),
/// outside the state, so `reduce` stays pure; `render(state)` without a cache draws the same cells
/// (`QueueLineCacheTests`).
public final class QueueLineCache {
    private var lines: [QueueLine: [Cell]] = [:]
    /// Rows kept before the cache starts afresh: a few screens' worth at any width, while paging through a
    /// 10,000-row queue would otherwise keep every row it passed.
    let capacity: Int

    public init(capacity: Int = 1_000) { self.capacity = capacity }

    /// How many rows are kept (for tests).
    public var count: Int { lines.count }

    func cells(of line: QueueLine) -> [Cell]? { lines[line] }

    func keep(_ cells: [Cell], for line: QueueLine) {
        if lines.count >= capacity { lines.removeAll(keepingCapacity: true) }
        lines[line] = cells
    }
}
