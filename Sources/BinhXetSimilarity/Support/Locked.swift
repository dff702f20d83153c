import Foundation

/// A fixed-size array written from concurrent workers (each slot by one worker). It lives in the lowest
/// module that works on all cores, so the modules above use this one.
public final class LockedArray<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    public init(count: Int) { items = Array(repeating: nil, count: count) }
    public func set(_ i: Int, _ value: T) { lock.lock(); items[i] = value; lock.unlock() }
    public func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return items[i] }
}

/// A counter shared by concurrent workers.
public final class LockedCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    public init() {}
    @discardableResult
    public func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
    public var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
