import Foundation

/// A counter shared by concurrent workers.
final class SharedCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    @discardableResult func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
