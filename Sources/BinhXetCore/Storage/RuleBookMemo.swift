import Foundation

/// The rule book a desk last built, with what it was built from: the desk's pinned regime and the text of
/// its settings file. `ruleBook()` reads both every time (a clerk may edit the file while terminals run)
/// and builds the book again only when either differs, so the book is never older than the file.
///
/// Building it (every regime's rule set under the file's lines) was about half of what opening a
/// nomination read from the desk: the page's detail, its source's, the member's standing and the tally
/// each ask for a nomination's rules.
final class RuleBookMemo: @unchecked Sendable {
    private struct Inputs: Equatable {
        var pin: RuleSetID?
        var pinOrigin: String?
        var settings: String?
    }

    private let lock = NSLock()
    private var last: (inputs: Inputs, book: RuleBook)?

    /// The book for these inputs: the one kept when they are the same, else `build()`'s (a failure is not kept).
    func book(pin: (id: RuleSetID, origin: String)?, settings: String?, build: () throws -> RuleBook) throws -> RuleBook {
        let inputs = Inputs(pin: pin?.id, pinOrigin: pin?.origin, settings: settings)
        lock.lock()
        let kept = last
        lock.unlock()
        if let kept, kept.inputs == inputs { return kept.book }
        let book = try build()
        lock.lock()
        last = (inputs, book)
        lock.unlock()
        return book
    }
}
