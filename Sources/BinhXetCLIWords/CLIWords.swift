import BinhXetCore

/// The command line's sentences in the reader's language. Domain terms (statuses, titles, roles, event
/// kinds) are not here: they come from the core's `Vocabulary` (`vocabulary`), so the CLI, the review
/// desk and the documents word them alike.
public struct CLIWords: Sendable {
    public let language: Language
    public init(_ language: Language) { self.language = language }

    /// The domain's words in the same language.
    public var vocabulary: Vocabulary { Vocabulary(language) }

    /// The sentence `key` with `{1}`, `{2}`… replaced by `args` in order.
    public func callAsFunction(_ key: CLIString, _ args: Any...) -> String { say(key, args) }

    public func say(_ key: CLIString, _ args: [Any]) -> String {
        CLIWords.fill(language == .vi ? key.pair.vi : key.pair.en, args)
    }

    /// Replaces each `{n}` by the n-th argument in one pass (an argument's own text is never read as a
    /// placeholder).
    static func fill(_ template: String, _ args: [Any]) -> String {
        guard !args.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= args.count {
                out += String(describing: args[n - 1])
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// The placeholders a template uses, for the table's test.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) { found.insert(n) }
            rest = after
        }
        return found
    }

    /// A day for people: dd/mm/yyyy from an ISO date (or an ISO timestamp's date); other text as given.
    public static func day(_ iso: String) -> String {
        let datePart = String(iso.prefix(10))
        guard let d = CalendarDay(datePart) else { return iso }
        let rest = iso.dropFirst(10)
        return d.vietnamese + (rest.isEmpty ? "" : " " + rest.drop { $0 == "T" || $0 == " " })
    }

    /// "3 nominations" in English, "3 hồ sơ" in Vietnamese: `one`/`many` are the English forms.
    public func count(_ n: Int, _ key: CLIString) -> String {
        let p = key.pair
        if language == .vi { return "\(n) \(p.vi)" }
        let forms = p.en.split(separator: "|", maxSplits: 1).map(String.init)
        return "\(n) \(n == 1 || forms.count == 1 ? forms[0] : forms[1])"
    }
}
