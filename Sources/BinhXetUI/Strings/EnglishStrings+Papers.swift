import BinhXetCore

extension EnglishStrings {
    // MARK: Papers
    public func documentsTitle(year: Int, nominationID: String?) -> String {
        nominationID.map { "Documents of \($0)" } ?? "Documents of \(year)"
    }
    public func documentsPrompt(nomination: Bool) -> String {
        (nomination ? "Pick one of the nomination's documents" : "Pick one of the year's documents")
            + " and a format, then Enter: it is drawn up from the desk as it stands, named and saved in the documents folder, never over an existing file."
    }
    public func paperName(_ p: IssuableDocument) -> String {
        switch p {
        case .report(let kind, let subject):
            switch kind {
            case .decision: return "Award decision (Quyết định, with the list)"
            case .submission: return "Submission to the chairman (Tờ trình)"
            case .minutes: return "Council minutes (Biên bản họp)"
            case .ballotCount: return "Ballot count record (Biên bản kiểm phiếu)"
            case .notices: return "Notices of results to the units"
            case .criticisms: return "Criticisms register"
            case .stats: return "Award statistics"
            case .overdue: return "Overdue dossiers"
            case .flags: return "List of re-use findings"
            case .similarity: return "Re-use check report"
            case .criticismLetter: return "Criticism letter" + (subject.map { " — \($0)" } ?? "")
            }
        case .slip(let slip, _):
            switch slip {
            case .receipt: return "Form 01 — Receipt and appointment"
            case .supplement: return "Form 02 — Request to supplement the dossier"
            case .refusal: return "Form 03 — Refusal to accept the dossier"
            case .apology: return "Form 04 — Apology with a new date"
            }
        }
    }
    public var documentFormatLabel: String { "Format" }
    public func documentFormat(_ f: DocumentFormat) -> String {
        switch f {
        case .docx: return "DOCX (Word, to edit and sign)"
        case .html: return "HTML (to print)"
        case .md: return "Markdown"
        case .csv: return "CSV"
        }
    }
    public var documentsKeys: String { "↑/↓: document · ←/→: format · Enter: draw up and save · Esc: close" }
    public var documentWorking: String { "Drawing up the document…" }
    public func documentSavedLabel(count: Int) -> String { "\(count) saved; the latest:" }
    public func documentSaved(_ p: IssuableDocument, path: String) -> String { "Saved \(paperName(p)): \(path)" }
    public func documentFailed(_ p: IssuableDocument, _ f: DocumentFailure) -> String {
        switch f {
        case .refused(.notAMember(let login)): return "“\(login)” is not a member of the council: no document made."
        case .refused(.notAllowed(_, let role)):
            return "The \(self.role(role)) role may not issue the council's documents."
        case .refused(.other(let why)): return "The document was not made: \(why)."
        case .refused: return "The document was not made."
        case .issue(.cannotWrite(let folder, let reason)): return "Cannot save in \(folder): \(reason)."
        case .issue(.noFreeName(let folder, let name)): return "\(folder) already holds \(name) and its numbered copies up to 999: not saved."
        case .issue(.nothingToWrite(let format)): return "This document has no \(format.rawValue.uppercased()) form."
        case .issue(.linkedFolder(let folder)): return "\(folder) is a link to another folder: papers are saved only in a real folder (remove the link)."
        case .slipNotDue(.receipt): return "Form 01 cannot be made for this dossier yet."
        case .slipNotDue(.supplement): return "No supplement was requested: Form 02 cannot be made yet."
        case .slipNotDue(.refusal): return "The dossier was not refused: there is no Form 03."
        case .slipNotDue(.apology): return "No new date was set: Form 04 cannot be made yet."
        case .noCriticism(let unit): return "No criticism of \(unit) is recorded."
        case .other(let why): return "\(paperName(p)) was not made: \(why)"
        }
    }
    public func mayNotIssueDocuments(role: String?, allowed: [String]) -> String {
        "\(role.map { "The \($0) role" } ?? "Your role") may not issue the council's documents; only \(allowed.joined(separator: ", ")) may."
    }
    public var documentsWhere: String { "Works in the queues, the year summary and on a nomination." }

    // MARK: The council's meeting
    public func meetingTitle(year: Int) -> String { "Council meeting \(year)" }
    public func meetingPrompt(replacing: Bool) -> String {
        "When and where the council met to review the year, and who attended, for the minutes."
            + (replacing ? " A meeting is already recorded for the year: recording again replaces it (the earlier record stays in the log)." : "")
    }
    public func meetingField(_ f: MeetingDialog.Field) -> String {
        switch f {
        case .day: return "Day"
        case .start: return "Began"
        case .end: return "Ended"
        case .place: return "Place"
        case .chair: return "Chaired by"
        case .secretary: return "Secretary"
        case .member: return "Member"
        }
    }
    public func meetingMembersLabel(present: Int, of total: Int) -> String {
        "Members present \(present)/\(total) (Space: present/absent; type the reason for an absence):"
    }
    public var meetingPresentWord: String { "present" }
    public var meetingAbsentWord: String { "absent" }
    public var meetingKeys: String { "Tab/↓: next field · ←/→: pick a person · Space: absent/present · Enter: next · Esc: cancel" }
    public func meetingProblem(_ p: MeetingDialog.Problem) -> String {
        switch p {
        case .badDay(let d): return "“\(d)” is not a day; write day/month/year (for example 28/05/2018)."
        case .core(let e, _): return meetingErrorText(e)
        }
    }
    func meetingErrorText(_ e: MeetingError) -> String {
        switch e {
        case .badTime(let t):
            let time = t.count > 11 && t.dropFirst(10).first == "T" ? String(t.dropFirst(11)) : t
            return "“\(time)” is not a time; write hours:minutes, for example 08:00."
        case .endsBeforeStart(let s, let e): return "The end, \(e), must come after the start, \(s)."
        case .noPlace: return "Write where the meeting was held."
        case .notAMember(let l): return "“\(l)” is not an active member of the council."
        case .nothingRecorded(let y): return "No meeting is recorded for \(y)."
        case .absentButVoted(_, let l, _, let n): return "\(l) cast ballots on \(n) nomination(s), so cannot be written as absent."
        }
    }
    public func meetingSummary(_ m: Meeting, names: [String: String]) -> String {
        let absent = m.absent.keys.sorted().map { l in (names[l] ?? l) + (m.absent[l]!.isEmpty ? "" : " (\(m.absent[l]!))") }
        return "On \(m.day?.vietnamese ?? m.startsAt), \(m.startTime) to \(m.endsAt), at \(m.place); chaired by \(names[m.chair] ?? m.chair); "
            + "secretary \(names[m.secretary] ?? m.secretary); " + (absent.isEmpty ? "all present." : "absent: \(absent.joined(separator: ", ")).")
    }
    public func meetingConfirm(year: Int, replacing: Bool) -> String {
        replacing ? "Record the \(year) meeting again, replacing the one recorded?" : "Record this meeting for \(year)?"
    }
    public func meetingRecorded(_ m: Meeting) -> String {
        "Council meeting of \(m.year) recorded: \(m.day?.vietnamese ?? "") \(m.startTime)–\(m.endsAt), \(m.place)."
    }
    public func meetingRefused(_ e: MeetingError) -> [String] { [meetingErrorText(e), "Nothing was recorded."] }
    public func meetingLine(_ m: Meeting, names: [String: String]) -> String {
        "Council meeting: \(m.day?.vietnamese ?? "") \(m.startTime)–\(m.endsAt) · \(m.place) · chaired by \(names[m.chair] ?? m.chair)"
            + " · secretary \(names[m.secretary] ?? m.secretary)" + (m.absent.isEmpty ? " · all present" : " · \(m.absent.count) absent")
    }
    public var meetingWhere: String { "Works in the queues and the year summary." }
    public var meetingNeedsCouncil: String { "The desk has no council members yet (binhxet member add): no meeting can be recorded." }
    public func mayNotRecordMeeting(role: String?, allowed: [String]) -> String {
        "\(role.map { "The \($0) role" } ?? "Your role") may not record the meeting; only \(allowed.joined(separator: ", ")) may."
    }
}
