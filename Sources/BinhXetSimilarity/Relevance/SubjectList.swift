/// Duties name school subjects as a list after one "môn": "Giảng dạy môn Vật lý, Công nghệ lớp 8, 9".
/// Every capitalised item of that list is a subject too, so the lexicon can read "môn Công nghệ" as well
/// as "môn Vật lý"; the numbers (grades, classes) are not.
enum SubjectList {
    /// `text` with "môn " put before each further capitalised item of a comma-separated list that
    /// follows "môn" (or "mon" without diacritics), up to the end of its clause (";" or ".").
    static func expanded(_ text: String) -> String {
        text.split(separator: ";", omittingEmptySubsequences: false).map(expandClause).joined(separator: ";")
    }

    private static func expandClause(_ clause: Substring) -> String {
        guard let head = subjectHead(in: clause) else { return String(clause) }
        let items = clause[head...].split(separator: ",", omittingEmptySubsequences: false)
        var out = String(clause[..<head])
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            let trimmed = item.drop { $0 == " " }
            if i > 0, let first = trimmed.unicodeScalars.first, first.properties.isUppercase {
                out += item.prefix(item.count - trimmed.count) + "môn " + trimmed
            } else {
                out += item
            }
        }
        return out
    }

    /// Where the word "môn"/"mon" starts in the clause, if it stands as a word.
    private static func subjectHead(in clause: Substring) -> Substring.Index? {
        let words = clause.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.first { ["môn", "mon"].contains($0.lowercased()) }?.startIndex
    }
}
