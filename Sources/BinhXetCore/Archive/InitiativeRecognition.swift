/// The unit head's decision on an initiative, after the unit's initiative council assessed it (NĐ 13/2012
/// Art. 7; TT 18/2013 Art. 8): recognised with a number and date, or refused.
public struct InitiativeRecognition: Sendable, Codable, Equatable {
    public var recognised: Bool
    /// Số quyết định / giấy chứng nhận, e.g. "5/QĐ-U02".
    public var number: String?
    /// ISO date of the decision.
    public var date: String?
    /// Who signed it: "Thủ trưởng Trường THCS Hồng Kim".
    public var by: String?
    /// Phạm vi ảnh hưởng: "co_so" (the unit), or a wider level the rule set names.
    public var scope: String
    /// The file and row it was imported from; nil when recorded at the desk (`binhxet recognise`).
    public var file: String?
    public var row: Int?

    public static let unitScope = "co_so"

    public init(recognised: Bool, number: String? = nil, date: String? = nil, by: String? = nil,
                scope: String = InitiativeRecognition.unitScope, file: String? = nil, row: Int? = nil) {
        self.recognised = recognised; self.number = number; self.date = date; self.by = by; self.scope = scope
        self.file = file; self.row = row
    }

    /// The year of the decision, for the rule that CSTĐCS needs an initiative recognised in its own year.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }

    var eventKind: DeskEvent.Kind { recognised ? .initiativeRecognised : .initiativeNotRecognised }

    /// The decision as an `initiative_recognised` or `initiative_not_recognised` event stores it.
    var details: EventPayload.Recognition {
        EventPayload.Recognition(scope: scope, number: number, date: date, by: by, file: file, row: row.map(String.init))
    }

    init(kind: DeskEvent.Kind, details p: EventPayload.Recognition) {
        self.init(recognised: kind == .initiativeRecognised, number: p.number, date: p.date,
                  by: p.by, scope: p.scope ?? Self.unitScope, file: p.file, row: p.row.flatMap(Int.init))
    }

    /// The same decision (where it was read from aside).
    func sameFacts(as o: InitiativeRecognition) -> Bool {
        recognised == o.recognised && number == o.number && date == o.date && by == o.by && scope == o.scope
    }

    /// "công nhận theo QĐ 5/QĐ-U02 ngày 18/04/2013 (Thủ trưởng Trường THCS Hồng Kim)".
    public var vietnamese: String {
        guard recognised else { return "không được công nhận" + (number.map { " (QĐ \($0))" } ?? "") }
        var s = "đã được công nhận"
        if let number { s += " theo QĐ \(number)" }
        if let date { s += " ngày \((CalendarDay(date)?.vietnamese ?? date))" }
        if let by { s += " (\(by))" }
        if scope != Self.unitScope { s += ", phạm vi \(scope)" }
        return s
    }
}

