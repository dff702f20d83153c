import BinhXetCore

/// The year's council meeting as typed at the desk (`m`): the day (dd/mm/yyyy), start and end (hh:mm), the
/// place, who chaired and who kept the minutes (picked from the council), and who was absent with the
/// reason. The core checks it (`Meeting.problem`) and records it (`DeskStore.recordMeeting`, as `binhxet
/// meeting` does); recording again replaces the year's meeting, the earlier record staying in the log.
public struct MeetingDialog: Equatable, Sendable {
    public enum Field: Hashable, Sendable {
        case day, start, end, place, chair, secretary
        /// A council member's line: present, or absent with a reason.
        case member(Int)
    }
    public var year: Int
    /// The council's active members, as the core orders them (chair first).
    public var members: [CouncilMember]
    /// The meeting recorded before, which this one replaces.
    public var replacing: Meeting?
    public var day: TextField
    public var start: TextField
    public var end: TextField
    public var place: TextField
    public var chair: String
    public var secretary: String
    /// The absent members' reasons, by login; a login not here was present.
    public var absent: [String: TextField]
    public var field: Field = .day
    public var confirming = false
    public var problem: String?
    /// Whether anything was typed since the dialog opened (Esc and quit then ask first).
    public var edited = false

    /// Opens with the meeting recorded before, or with the desk's today and the council's chair and secretary.
    init(year: Int, members: [CouncilMember], meeting: Meeting?, today: String) {
        self.year = year; self.members = members; replacing = meeting
        day = TextField(meeting?.day?.vietnamese ?? CalendarDay(today)?.vietnamese ?? "")
        start = TextField(meeting?.startTime ?? "")
        end = TextField(meeting?.endsAt ?? "")
        place = TextField(meeting?.place ?? "")
        chair = meeting?.chair ?? members.first { $0.role == .chair }?.login ?? members.first?.login ?? ""
        secretary = meeting?.secretary ?? members.first { $0.role == .secretary }?.login ?? members.first?.login ?? ""
        absent = (meeting?.absent ?? [:]).filter { a in members.contains { $0.login == a.key } }.mapValues { TextField($0) }
    }

    /// The fields in Tab order.
    public var fields: [Field] { [.day, .start, .end, .place, .chair, .secretary] + members.indices.map { .member($0) } }

    var holdsInput: Bool { edited }

    /// The meeting as typed, or what is wrong with it, by the core's checks.
    public var checked: Result<Meeting, MeetingDialog.Problem> {
        guard let d = CalendarDay(day.trimmed) else { return .failure(.badDay(day.trimmed)) }
        let m = Meeting(year: year, startsAt: "\(d.iso)T\(start.trimmed)", endsAt: end.trimmed, place: place.trimmed,
                        chair: chair, secretary: secretary, absent: absent.mapValues(\.trimmed))
        if let p = m.problem { return .failure(.core(p, field: field(of: p, m))) }
        return .success(m)
    }

    /// What the core found wrong, or a day that is not one.
    public enum Problem: Error, Equatable, Sendable {
        case badDay(String)
        case core(MeetingError, field: Field)
    }

    func field(of p: MeetingError, _ m: Meeting) -> Field {
        switch p {
        case .badTime(let t): return t == m.endsAt ? .end : .start
        case .endsBeforeStart: return .end
        case .noPlace: return .place
        case .notAMember, .nothingRecorded: return .chair
        case .absentButVoted(let login, _, _, _): return members.firstIndex { $0.login == login }.map(Field.member) ?? .chair
        }
    }

    func name(of login: String) -> String { members.first { $0.login == login }?.name ?? login }
}

extension AppState {
    /// The year `m` records the meeting of: the year under review.
    var meetingYear: Int? { summary?.data?.year ?? queue.reviewYear.year }

    mutating func takeMeeting(year: Int, meeting: Meeting?, members: [CouncilMember], openForm: Bool) {
        yearMeeting = YearMeeting(year: year, meeting: meeting, members: members)
        if openForm, modal == nil {
            modal = .meeting(MeetingDialog(year: year, members: members, meeting: meeting, today: today))
        }
    }

    /// Reopens the form the desk refused, as it was typed, on the field the refusal names (an absent member
    /// who voted): typing the meeting again after a refusal was the only way before.
    mutating func reopenMeeting(refused e: MeetingError) -> Bool {
        guard var m = meetingSent, case .success(let meeting) = m.checked else { return false }
        meetingSent = nil
        let field = m.field(of: e, meeting)
        m.confirming = false
        m.problem = strings.meetingProblem(.core(e, field: field))
        m.field = field
        modal = .meeting(m)
        return true
    }

    mutating func handleMeeting(key: Key, _ dialog: MeetingDialog) -> [Effect] {
        var m = dialog
        if m.confirming {
            switch key {
            case .enter, .char("y"), .char("Y"):
                guard case .success(let meeting) = m.checked else { m.confirming = false; break }
                modal = nil
                meetingSent = m
                return [.recordMeeting(meeting)]
            case .escape, .char("n"), .char("N"):
                m.confirming = false
            default:
                if isQuitKey(key) { return quit() }
            }
            modal = .meeting(m)
            return []
        }
        let fields = m.fields
        let at = fields.firstIndex(of: m.field) ?? 0
        func edit(_ apply: (inout TextField) -> Void) {
            switch m.field {
            case .day: apply(&m.day)
            case .start: apply(&m.start)
            case .end: apply(&m.end)
            case .place: apply(&m.place)
            case .member(let i):
                let login = m.members[i].login
                var reason = m.absent[login] ?? TextField()
                apply(&reason)
                m.absent[login] = reason
            case .chair, .secretary: break
            }
        }
        func pick(_ step: Int) {
            guard !m.members.isEmpty else { return }
            let logins = m.members.map(\.login)
            if m.field == .chair {
                let i = logins.firstIndex(of: m.chair) ?? 0
                m.chair = logins[(i + step + logins.count) % logins.count]
            } else {
                let i = logins.firstIndex(of: m.secretary) ?? 0
                m.secretary = logins[(i + step + logins.count) % logins.count]
            }
            m.edited = true
        }
        switch key {
        case .tab, .down: m.field = fields[(at + 1) % fields.count]
        case .backTab, .up: m.field = fields[(at + fields.count - 1) % fields.count]
        case .enter:
            switch m.checked {
            case .success:
                m.problem = nil
                m.confirming = true
            case .failure(let p):
                m.problem = strings.meetingProblem(p)
                switch p {
                case .badDay: m.field = .day
                case .core(_, let field): m.field = field
                }
            }
        case .escape:
            modal = m.holdsInput ? .confirmDiscard(over: .meeting(m)) : nil
            return []
        case .left where m.field == .chair || m.field == .secretary: pick(-1)
        case .right where m.field == .chair || m.field == .secretary, .char(" ") where m.field == .chair || m.field == .secretary: pick(1)
        case .char(" ") where isMemberField(m.field) && (reason(m)?.isEmpty ?? true):
            // Space on a member with no reason typed marks them absent or present again; after a reason it is text.
            if case .member(let i) = m.field {
                let login = m.members[i].login
                if m.absent.removeValue(forKey: login) == nil { m.absent[login] = TextField() }
                m.edited = true
            }
        case .backspace:
            if isMemberField(m.field), case .member(let i) = m.field, m.absent[m.members[i].login]?.isEmpty == true {
                m.absent[m.members[i].login] = nil   // Backspace on an empty reason: present again.
            } else if !isMemberField(m.field) || reason(m) != nil {
                edit { $0.backspace() }
            }
            m.edited = true
        case .left, .right, .home, .end, .delete, .ctrl("u"), .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"), .ctrl("d"):
            edit { $0.edit(key) }
            m.edited = true
        case .char(let u):
            // Typing on a member's line is the reason for their absence (and marks them absent).
            edit { $0.insert(u) }
            m.edited = true
            m.problem = nil
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .meeting(m)
        return []
    }

    private func isMemberField(_ f: MeetingDialog.Field) -> Bool {
        if case .member = f { return true }
        return false
    }

    private func reason(_ m: MeetingDialog) -> TextField? {
        guard case .member(let i) = m.field else { return nil }
        return m.absent[m.members[i].login]
    }

    /// Why `m` cannot record the meeting here, asked before the dialog opens: on the queues or the year
    /// summary, a year under review, a writable desk, a council to name, and a role that records it.
    var meetingUnavailableReason: String? {
        let s = strings
        guard screen == .queues || screen == .summary else { return s.meetingWhere }
        guard meetingYear != nil else { return s.summaryNoYear }
        if readOnly { return s.readOnlyReason }
        guard let standing = queue.standing else { return s.stillLoading }
        guard standing.councilExists else { return s.meetingNeedsCouncil }
        if !standing.mayIssueDocuments {
            guard standing.member != nil else { return s.notOnCouncil(member) }
            return s.mayNotRecordMeeting(role: standing.member.map { s.role($0.role) }, allowed: standing.documentRoles.map(s.role))
        }
        return nil
    }
}

/// The year's meeting as the desk last loaded it, for the year summary.
public struct YearMeeting: Equatable, Sendable {
    public var year: Int
    public var meeting: Meeting?
    public var members: [CouncilMember]

    func name(of login: String) -> String { members.first { $0.login == login }?.name ?? login }
}
