/// The language a reader reads: Vietnamese by default, English on request (`--lang en`, `BINHXET_LANG`).
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// The environment variable that chooses the language when `--lang` is not given.
    public static let environmentKey = "BINHXET_LANG"

    /// The one resolution of the reader's language, for the command line and the review desk alike:
    /// `--lang` if given, else `$BINHXET_LANG` if set, else Vietnamese. The locale is not consulted:
    /// servers commonly run under en_US.UTF-8 or C.UTF-8, and staff there read Vietnamese.
    public static func chosen(option: String?, environment: [String: String]) throws(LanguageChoiceError) -> Language {
        if let option {
            guard let l = Language(code: option) else { throw LanguageChoiceError(value: option, source: "--lang") }
            return l
        }
        if let value = environment[environmentKey], !value.isEmpty {
            guard let l = Language(code: value) else { throw LanguageChoiceError(value: value, source: environmentKey) }
            return l
        }
        return .vi
    }

    /// `vi`, `en`, or a locale-like name starting with one of them (`vi_VN`, `en-US`), any case.
    public init?(code: String) {
        let c = code.lowercased()
        if let exact = Language(rawValue: c) { self = exact; return }
        guard c.count > 2, let head = Language(rawValue: String(c.prefix(2))), ["_", "-", "."].contains(c.dropFirst(2).first) else {
            return nil
        }
        self = head
    }

    /// The domain's words in this language.
    public var vocabulary: Vocabulary { Vocabulary(self) }
}

/// A `--lang` or `$BINHXET_LANG` that names no language BinhXet speaks.
public struct LanguageChoiceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var value: String
    /// `--lang` or `BINHXET_LANG`.
    public var source: String
    public var description: String {
        // Said in both languages: the reader's language is what could not be chosen.
        "\(source): '\(value)' không phải ngôn ngữ BinhXet hỗ trợ (vi hoặc en) / is not a language BinhXet speaks (vi or en)"
    }
}
