import Foundation

/// How shares are written for people: the one formatter of the screens, the command line's sentences, the
/// rule messages, the reports and the documents.
///
/// The sign is attached to the number in both languages ("70%", "85,7%"), as Vietnamese administrative
/// writing and English both write it, so a share never breaks across lines; Vietnamese takes a decimal comma
/// ("85,7%"), English a point ("85.7%"). JSON and CSV data keep their machine forms (a share 0…1, a rule's
/// setting as written); a report's CSV sheet is the report's cells and reads as the report does.
public enum Percent {
    /// "87%": a whole percent (screens, the command line), the same in both languages.
    public static func of(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "66,7%" in Vietnamese, "66.7%" in English: one decimal (tallies, documents, rule messages).
    public static func oneDecimal(_ share: Double, in language: Language) -> String {
        decimal(share * 100, places: 1, in: language) + "%"
    }

    /// How much of a text repeats another (a finding's coverage): "99,5%" in Vietnamese, "99.5%" in English.
    /// The one rounding of a coverage, wherever it is shown — a finding's headline, the rule flag and its
    /// evidence built on it —, so one finding never reads "100%" above "99,5%"; one decimal, so a text
    /// that repeats 99.5% of another is not said to repeat all of it.
    public static func coverage(_ share: Double, in language: Language) -> String { oneDecimal(share, in: language) }

    /// A number with `places` decimals as the reader writes it: "0,90" in Vietnamese, "0.90" in English
    /// (shares, the quota's product, a score, a rate of work).
    public static func decimal(_ x: Double, places: Int, in language: Language) -> String {
        let text = String(format: "%.\(places)f", x)
        return language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `n` of `total` with one decimal ("85,7%"); "—" when there is nothing to share.
    public static func of(_ n: Int, of total: Int, in language: Language) -> String {
        total > 0 ? oneDecimal(Double(n) / Double(total), in: language) : "—"
    }

    /// A rule's share as it was set: "70%", "12,5%" (Vietnamese) or "12.5%" (English), "2/3".
    public static func share(_ s: Share, in language: Language) -> String {
        let d = s.description
        return language == .vi && d.hasSuffix("%") ? d.replacingOccurrences(of: ".", with: ",") : d
    }

    /// A share stored as text ("70%", "2/3", a `VoteTally`'s threshold) in the reader's form; text that is
    /// not a share is given as it is.
    public static func share(_ text: String, in language: Language) -> String {
        Share(parsing: text).map { share($0, in: language) } ?? text
    }
}
