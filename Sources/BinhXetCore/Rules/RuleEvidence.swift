/// One fact behind a rule flag, in both languages the desk speaks: made once by the rule review from the
/// data, with the same vocabulary for each (`Vocabulary.vi`, `.en`), and read in the reader's language.
///
/// Why: the evidence was built as Vietnamese sentences, so `binhxet show --lang en` and the English desk
/// printed "tự dùng lại: 99,5% nội dung trùng với …" under an English message. What a user typed (a
/// refusal's reason) and text quoted from a report stay as written in both.
public struct RuleEvidence: Sendable, Equatable {
    public let vietnamese: String
    public let english: String

    /// The fact worded by `words` with each language's vocabulary.
    init(_ words: (Vocabulary) -> String) {
        vietnamese = words(.vi)
        english = words(.en)
    }

    /// Text that reads the same in both (quoted from a report, typed by a user, a setting's code).
    init(text: String) {
        vietnamese = text
        english = text
    }

    public func words(in v: Vocabulary) -> String { v.language == .vi ? vietnamese : english }
}

extension Vocabulary {
    /// "công nhận theo QĐ 5/QĐ-U02 ngày 18/04/2013 (…)" / "recognised by decision 5/QĐ-U02 of 18/04/2013 (…)".
    public func recognition(_ r: InitiativeRecognition) -> String {
        guard language == .en else { return r.vietnamese }
        guard r.recognised else { return "not recognised" + (r.number.map { " (decision \($0))" } ?? "") }
        return "recognised" + (r.number.map { " by decision \($0)" } ?? "") + (r.date.map { " of \(day($0))" } ?? "")
            + (r.by.map { " (\($0))" } ?? "") + (r.scope != InitiativeRecognition.unitScope ? ", scope \(r.scope)" : "")
    }

    /// What became of a re-used initiative: recognised, and what it was used for (`SourceStanding.vietnamese`).
    public func standing(_ s: SourceStanding) -> String {
        guard language == .en else { return s.vietnamese }
        var parts: [String] = []
        if let r = s.recognition, r.recognised { parts.append(recognition(r)) }
        if s.awarded { parts.append("used for \(s.title.abbreviation) \(s.year)" + decision(s)) }
        return parts.joined(separator: "; ")
    }

    /// " theo QĐ 308/QĐ-UBND ngày 18/12/2013" / " by decision 308/QĐ-UBND of 18/12/2013": the award's decision.
    func decision(_ s: SourceStanding) -> String {
        guard language == .en else { return s.award }
        return (s.decisionNo.map { " by decision \($0)" } ?? "") + (s.decisionDate.map { " of \(day($0))" } ?? "")
    }
}
