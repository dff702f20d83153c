import Foundation

/// A share written as a fraction, so that "7 of 10 is at least 70 %" is decided in integers, exactly.
public struct Share: Sendable, Hashable, Codable, CustomStringConvertible {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator; self.denominator = denominator
    }

    /// Reads "70%", "70 %", "2/3" or "0.7"; nil when it is not a share between 0 and 1.
    public init?(parsing text: String) {
        let t = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
        if t.hasSuffix("%"), let d = Share.decimal(String(t.dropLast())) {
            self.init(d.numerator, d.denominator * 100)
        } else if let slash = t.firstIndex(of: "/") {
            guard let n = Int(t[..<slash]), let d = Int(t[t.index(after: slash)...]), d > 0 else { return nil }
            self.init(n, d)
        } else if let d = Share.decimal(t) {
            self.init(d.numerator, d.denominator)
        } else {
            return nil
        }
        guard numerator >= 0, numerator <= denominator else { return nil }
    }

    /// "12.5" → 125/10; digits only, one optional point.
    private static func decimal(_ s: String) -> (numerator: Int, denominator: Int)? {
        guard !s.isEmpty else { return nil }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
        guard parts.count == 2 else { return (whole, 1) }
        let frac = String(parts[1])
        guard !frac.isEmpty, frac.count <= 6, let f = Int(frac) else { return nil }
        var scale = 1
        for _ in 0..<frac.count { scale *= 10 }
        return (whole * scale + f, scale)
    }

    /// True when `count / total` is at least this share.
    public func isReached(by count: Int, of total: Int) -> Bool { count * denominator >= numerator * total }

    /// True when `count / total` is more than this share.
    public func isExceeded(by count: Int, of total: Int) -> Bool { count * denominator > numerator * total }

    public var percent: Double { Double(numerator) * 100 / Double(denominator) }

    /// "70%", "2/3", "12.5%": how it was meant, for people.
    public var description: String {
        let p = Double(numerator) * 100 / Double(denominator)
        if (p * 1000).rounded() == p * 1000 && (p * 10).rounded() == p * 10 {
            return p.rounded() == p ? "\(Int(p))%" : "\(p)%"
        }
        return "\(numerator)/\(denominator)"
    }
}
