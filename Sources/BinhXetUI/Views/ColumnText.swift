import BinhXetText

/// Texts as a narrow queue column shows them: what a reader needs kept, kept.
enum ColumnText {
    /// A person's name cut from the middle, keeping the given name Vietnamese readers go by:
    /// "Nguyễn Văn Dũng" in 12 columns is "Nguyễn… Dũng", not "Nguyễn Văn…".
    static func name(_ name: String, width: Int) -> String {
        if DisplayWidth.of(name) <= width { return name }
        let words = name.split(separator: " ")
        guard words.count > 1, let given = words.last else { return DisplayWidth.fit(name, to: width) }
        let room = width - DisplayWidth.of(given) - 1
        guard room >= 2 else { return DisplayWidth.fit(name, to: width) }
        var head = DisplayWidth.fit(words.dropLast().joined(separator: " "), to: room)
        // "Lê …" reads as two words: the ellipsis goes against the letters it stands after.
        if head.hasSuffix(" …") { head = String(head.dropLast(2)) + "…" }
        return head + " " + given
    }

    /// The stock openings of initiative titles, which say nothing about the initiative, with the space
    /// after them.
    private static let stockOpenings = [
        "một số giải pháp", "một số biện pháp", "một vài giải pháp", "một vài biện pháp", "một số kinh nghiệm",
        "sáng kiến kinh nghiệm", "kinh nghiệm", "giải pháp", "biện pháp",
    ].map { $0 + " " }
    /// The letters the openings start with, and the most characters one takes.
    private static let openingLetters = Set(stockOpenings.compactMap(\.unicodeScalars.first))
    private static let longestOpening = stockOpenings.map(\.count).max()!

    /// An initiative title without its stock opening when the whole title does not fit:
    /// "Một số biện pháp giúp học sinh lớp 9 học tốt hình học" → "…giúp học sinh lớp 9…".
    static func initiative(_ title: String, width: Int) -> String {
        if DisplayWidth.of(title) <= width { return title }
        // Only the title's start can hold an opening: a title whose first letter starts none is not lowered
        // at all, and the others only as far as the longest opening (lowering maps scalar by scalar, so the
        // start of the lowered title is the lowered start). Queue frames cut many titles.
        guard let first = title.unicodeScalars.first,
              first.properties.lowercaseMapping.unicodeScalars.first.map(openingLetters.contains) == true else {
            return DisplayWidth.fit(title, to: width)
        }
        let lower = String(title.prefix(longestOpening + 1)).lowercased()
        for opening in stockOpenings where lower.hasPrefix(opening) {
            let rest = title.unicodeScalars.dropFirst(opening.unicodeScalars.count)
            return DisplayWidth.fit("…" + String(String.UnicodeScalarView(rest)), to: width)
        }
        return DisplayWidth.fit(title, to: width)
    }

    /// A unit's name in a narrow column: the clerks' abbreviation ("THCS Hồng Kim"), and when even that does
    /// not fit, the distinguishing words (the place) before the kind: "UBND xã Phú Vinh" → "Phú Vinh·UBND xã"
    /// or "Phú Vinh·UBND", else the place alone,
    /// so three communes do not all read "UBND xã …".
    /// `declared` is the unit's own short name (units.csv `short_name`), used instead of the abbreviation.
    static func unit(_ name: String, width: Int, declared: String? = nil) -> String {
        if DisplayWidth.of(name) <= width { return name }
        let short = UnitName.short(name, declared: declared)
        if DisplayWidth.of(short) <= width { return short }
        let words = short.split(separator: " ").map(String.init)
        // The kind is the leading words in capitals or a lowercase level ("UBND xã", "THCS", "HTX NN").
        var kind: [String] = []
        var rest = words[...]
        while let w = rest.first, rest.count > 1, w == w.uppercased() || w == w.lowercased() {
            kind.append(w)
            rest = rest.dropFirst()
        }
        guard !kind.isEmpty else { return DisplayWidth.fit(short, to: width) }
        let place = rest.joined(separator: " ")
        let capitals = kind.filter { $0 == $0.uppercased() }.joined(separator: " ")
        for candidate in [place + "·" + kind.joined(separator: " "), place + "·" + capitals]
        where DisplayWidth.of(candidate) <= width {
            return candidate
        }
        // The place alone would make a commune's units one name ("Vân Khê" for its UBND, BCHQS and HTX):
        // keep the start of the kind while two columns are left for it ("Vân Khê·UB…", "Vân Khê·BC…").
        let left = width - DisplayWidth.of(place) - 1
        if left >= 2, !capitals.isEmpty { return place + "·" + DisplayWidth.fit(capitals, to: left) }
        if DisplayWidth.of(place) <= width { return place }
        // Too narrow even for the place: the abbreviation's start tells kinds apart better than a cut place.
        return DisplayWidth.fit(short, to: width)
    }
}
