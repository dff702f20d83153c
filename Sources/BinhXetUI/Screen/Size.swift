/// A terminal size in cells.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal the desk draws in: every screen is designed for 80×24 and up.
    public static let minimum = Size(width: 80, height: 24)

    /// True when the size is at least `minimum` in both directions.
    public var isUsable: Bool { width >= Size.minimum.width && height >= Size.minimum.height }

    public var description: String { "\(width)×\(height)" }
}

/// A rectangle of cells on the screen.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}
