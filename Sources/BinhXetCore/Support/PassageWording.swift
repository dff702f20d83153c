import BinhXetSimilarity

/// How a matched passage is named to the reader: "Đoạn 2/2 · 4.158 ký tự · mục I–V · yếu".
extension Vocabulary {
    /// A whole number with its thousands grouped as the language writes them: 4.158 / 4,158.
    public func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .vi ? "." : ",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "Đoạn 2/5" / "Passage 2/5".
    public func passagePosition(_ n: Int, of total: Int) -> String {
        (language == .vi ? "Đoạn" : "Passage") + " \(n)/\(total)"
    }

    /// "4.158 ký tự" / "4,158 characters": a passage's size, template not counted.
    public func passageSize(_ characters: Int) -> String {
        grouped(characters) + (language == .vi ? " ký tự" : characters == 1 ? " character" : " characters")
    }

    /// "mục I–V", "phần II", "sections I–V", "part II".
    public func passageSections(_ first: String, _ last: String, level: SectionHeadings.Level) -> String {
        let one = first == last
        let word: String
        switch (level, language) {
        case (.part, .vi): word = "phần"
        case (.section, .vi): word = "mục"
        case (.part, _): word = one ? "part" : "parts"
        case (.section, _): word = one ? "section" : "sections"
        }
        return word + " " + (one ? first : "\(first)–\(last)")
    }

    /// "yếu" / "weak": a short or loosely matched passage, listed last.
    public var weakPassage: String { language == .vi ? "yếu" : "weak" }

    /// The passage's whole caption: position, size, sections, and "yếu" when weak. Without an
    /// explanation (the source's text is missing) only the position.
    public func passageCaption(_ n: Int, of total: Int, _ e: PassageExplanation?) -> String {
        var parts = [passagePosition(n, of: total)]
        if let e {
            parts.append(passageSize(e.countedCharacters))
            if let s = e.sections { parts.append(passageSections(s.first, s.last, level: e.sectionLevel)) }
            if e.isWeak { parts.append(weakPassage) }
        }
        return parts.joined(separator: " · ")
    }
}
