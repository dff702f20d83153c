import BinhXetCore

/// The unit head's decision recognising a nomination's initiative, typed at the desk: who signed it, its
/// number, its date (dd/mm/yyyy) and its scope, then confirmed. The core (`DeskStore.recognise`) checks
/// and records it; the dialog only collects it.
public struct RecognitionDialog: Equatable, Sendable {
    public enum Field: CaseIterable, Sendable { case by, number, date, scope }
    public var nominationID: String
    public var nominee: String
    public var unitName: String
    public var initiativeTitle: String?
    public var by: TextField
    public var number = TextField()
    public var date: TextField
    /// The scopes the nomination's rule set allows, the unit's own first.
    public var scopes: [String]
    public var scope: String
    public var field: Field = .by
    public var confirming = false
    /// Why Enter did not go on.
    public var problem: String?

    /// Opens with the signer and the date most often written: the unit's head, and the desk's today.
    init(nominationID: String, nominee: String, unitName: String, initiativeTitle: String?, scopes: [String],
         headOf: String, today: String) {
        self.nominationID = nominationID; self.nominee = nominee; self.unitName = unitName
        self.initiativeTitle = initiativeTitle
        self.scopes = scopes.isEmpty ? [InitiativeRecognition.unitScope] : scopes
        scope = self.scopes[0]
        by = TextField(headOf)
        date = TextField(CalendarDay(today)?.vietnamese ?? "")
    }

    /// The ISO date typed, or nil when it is not a date.
    var isoDate: String? { ISODate.parse(date.trimmed) }

    /// The first field left empty.
    var missing: Field? {
        if by.trimmed.isEmpty { return .by }
        if number.trimmed.isEmpty { return .number }
        if date.trimmed.isEmpty { return .date }
        return nil
    }

    /// Something typed that quitting would lose (the number is the one field never filled in for the member).
    var holdsInput: Bool { !number.isEmpty }
}

extension AppState {
    mutating func openRecognition() {
        guard let n = nomination, let data = n.data else { return }
        let d = data.detail
        modal = .recognition(RecognitionDialog(
            nominationID: d.nomination.id, nominee: d.person.name, unitName: d.unit.name,
            initiativeTitle: d.initiative?.title, scopes: data.recognitionScopes,
            headOf: strings.recognitionSignerDefault(unit: d.unit.name), today: today))
    }

    mutating func handleRecognition(key: Key, _ dialog: RecognitionDialog) -> [Effect] {
        var r = dialog
        if r.confirming {
            switch key {
            case .enter, .char("y"), .char("Y"):
                modal = nil
                return [.recognise(nominationID: r.nominationID, number: r.number.trimmed, date: r.isoDate ?? r.date.trimmed,
                                   by: r.by.trimmed, scope: r.scope)]
            case .escape, .char("n"), .char("N"):
                r.confirming = false
            default:
                if case .char = key {} else if keymap.action(for: key, on: screen) == .quit { return quit() }
            }
            modal = .recognition(r)
            return []
        }
        let fields = RecognitionDialog.Field.allCases
        let at = fields.firstIndex(of: r.field)!
        func edit(_ apply: (inout TextField) -> Void) {
            switch r.field {
            case .by: apply(&r.by)
            case .number: apply(&r.number)
            case .date: apply(&r.date)
            case .scope: break
            }
        }
        switch key {
        case .tab, .down: r.field = fields[(at + 1) % fields.count]
        case .backTab, .up: r.field = fields[(at + fields.count - 1) % fields.count]
        case .enter:
            if let missing = r.missing {
                r.problem = strings.recognitionMissing(missing)
                r.field = missing
            } else if r.isoDate == nil {
                r.problem = strings.recognitionBadDate
                r.field = .date
            } else {
                r.problem = nil
                r.confirming = true
            }
        case .escape:
            modal = nil
            return []
        case .left where r.field == .scope, .right where r.field == .scope:
            let i = r.scopes.firstIndex(of: r.scope) ?? 0
            r.scope = r.scopes[(i + (key == .left ? -1 : 1) + r.scopes.count) % r.scopes.count]
        case .char(" ") where r.field == .scope:
            let i = r.scopes.firstIndex(of: r.scope) ?? 0
            r.scope = r.scopes[(i + 1) % r.scopes.count]
        case .backspace:
            edit { $0.backspace() }
        case .left, .right, .home, .end, .delete, .ctrl("u"), .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"), .ctrl("d"):
            edit { $0.edit(key) }
        case .char(let u):
            edit { $0.insert(u) }
            r.problem = nil
        default:
            if keymap.action(for: key, on: screen) == .quit { return quit() }
        }
        modal = .recognition(r)
        return []
    }
}

extension AppState {
    /// Why `i` cannot record a recognition here, asked before the dialog opens (nothing typed is lost):
    /// only on a loaded nomination page, of the year under review, with an initiative not yet decided on,
    /// by a member whose role records the council's outcomes.
    var recognitionUnavailableReason: String? {
        let s = strings
        guard screen == .nomination else { return screen == .queues ? s.openNominationFirst : s.onlyOnNomination }
        guard let data = nomination?.data else { return s.stillLoading }
        if readOnly { return s.readOnlyReason }
        if data.detail.initiative == nil { return s.noInitiativeToRecognise }
        let year = data.detail.nomination.year
        if queue.reviewYear.period(of: year) != .underReview {
            return s.recognitionOnlyOpenYear(year: year, open: queue.reviewYear.year)
        }
        if let standing = data.standing, !standing.mayRecordOutcomes {
            guard standing.member != nil else { return s.notOnCouncil(member) }
            return s.mayNotRecordOutcomes(role: standing.member.map { s.role($0.role) }, allowed: standing.outcomeRoles.map(s.role))
        }
        if let r = data.recognition { return s.alreadyRecognised(r) }
        return nil
    }
}
