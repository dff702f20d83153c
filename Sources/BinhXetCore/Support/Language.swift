/// The language a reader reads: Vietnamese by default, English on request (`--lang en`, `BINHXET_LANG`,
/// an English locale).
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// Vietnamese unless the locale says English (`--lang` wins over this).
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[key], !v.isEmpty { return v.hasPrefix("en") ? .en : .vi }
        }
        return .vi
    }

    /// The domain's words in this language.
    public var vocabulary: Vocabulary { Vocabulary(self) }
}
