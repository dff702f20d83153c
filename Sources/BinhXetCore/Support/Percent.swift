import Foundation

/// How shares (0…1) are written.
public enum Percent {
    /// "87%": a whole percent, for screens and the command line.
    public static func of(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "66.7%": one decimal, for the command line's tallies.
    public static func oneDecimal(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    /// "12,5 %": one decimal and a decimal comma, as Vietnamese documents write it.
    public static func vietnamese(_ share: Double) -> String {
        String(format: "%.1f %%", share * 100).replacingOccurrences(of: ".", with: ",")
    }
}
