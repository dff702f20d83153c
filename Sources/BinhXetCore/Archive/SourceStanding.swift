/// What became of an earlier initiative that a later one re-uses: whether its unit recognised it and
/// whether it grounded an award, with the decisions' numbers, so a flag can name them.
public struct SourceStanding: Sendable, Codable, Equatable {
    /// The unit's recognition, when one is recorded (recognised or refused).
    public var recognition: InitiativeRecognition?
    /// The title it was used for and the year.
    public var title: AwardTitle
    public var year: Int
    /// Whether it grounded an award: an imported `awarded` outcome or the council's approval at the desk.
    public var awarded: Bool
    /// The chairman's decision, when imported.
    public var decisionNo: String?
    public var decisionDate: String?

    public init(recognition: InitiativeRecognition?, title: AwardTitle, year: Int, awarded: Bool,
                decisionNo: String? = nil, decisionDate: String? = nil) {
        self.recognition = recognition; self.title = title; self.year = year; self.awarded = awarded
        self.decisionNo = decisionNo; self.decisionDate = decisionDate
    }

    /// True when there is anything to say: recognised or awarded.
    public var isNotable: Bool { awarded || recognition?.recognised == true }

    /// "đã được công nhận theo QĐ 5/QĐ-U02 ngày 18/04/2013 (…); đã dùng để xét CSTĐCS năm 2013 theo QĐ 308/QĐ-UBND
    /// ngày 18/12/2013".
    public var vietnamese: String {
        var parts: [String] = []
        if let r = recognition, r.recognised { parts.append(r.vietnamese) }
        if awarded { parts.append("đã dùng để xét \(title.abbreviation) năm \(year)" + award) }
        return parts.joined(separator: "; ")
    }

    var award: String {
        var s = ""
        if let decisionNo { s += " theo QĐ \(decisionNo)" }
        if let decisionDate { s += " ngày \(CalendarDay(decisionDate)?.vietnamese ?? decisionDate)" }
        return s
    }
}
