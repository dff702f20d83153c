import BinhXetCore

extension EnglishStrings {
    // MARK: Recognising an initiative
    public var recognitionTitle: String { "Initiative recognition" }
    public func recognitionSignerDefault(unit: String) -> String { "Thủ trưởng \(unit)" }
    public func recognitionPrompt(title: String?) -> String {
        "Record the unit head's decision recognising the initiative" + (title.map { " “\($0)”" } ?? "")
            + ", after the unit's initiative council assessed it."
    }
    public func recognitionField(_ f: RecognitionDialog.Field) -> String {
        switch f {
        case .by: return "Signed by"
        case .number: return "Decision no."
        case .date: return "Signed on"
        case .scope: return "Scope"
        }
    }
    public func recognitionScope(_ code: String) -> String { Vocabulary.en.recognitionScope(code) }
    public var recognitionKeys: String { "Tab/↓: next field · ←/→: change scope · Enter: continue · Esc: cancel" }
    public func recognitionMissing(_ f: RecognitionDialog.Field) -> String {
        switch f {
        case .by: return "Give who signed the decision."
        case .number: return "Give the decision's number (e.g. 12/QĐ-THCS)."
        case .date, .scope: return "Give the date it was signed (dd/mm/yyyy)."
        }
    }
    public var recognitionBadDate: String { "The date must be a real date written dd/mm/yyyy (e.g. 20/04/2018)." }
    public func recognitionConfirm(id: String) -> String { "Record the recognition of \(id)'s initiative?" }
    public func recognitionRecorded(id: String, number: String) -> String {
        "Recorded the recognition of \(id)'s initiative (no. \(number))."
    }
    public func recognitionRefused(_ e: RecognitionError) -> [String] {
        switch e {
        case .unknownNomination(let id): return ["There is no nomination \(id)."]
        case .noInitiative(let id): return ["\(id) carries no initiative to recognise."]
        case .missing: return ["The signer or the decision's number is missing; nothing was recorded."]
        case .badDate(let d): return ["“\(d)” is not a real date; nothing was recorded."]
        case .afterToday(let d, let today, let asOf):
            return ["\(d.vietnamese) is after \(asOf ? "the desk's as-of date" : "today") (\(today.vietnamese)); nothing was recorded."]
        case .unknownScope(let s, let allowed):
            return ["The scope “\(recognitionScope(s))” is not in the rules (\(allowed.map(recognitionScope).joined(separator: ", ")))."]
        case .alreadyRecorded(let id, let recorded):
            return ["\(id) already has a decision on its initiative: \(recorded).", "Nothing was recorded."]
        }
    }
    public var noInitiativeToRecognise: String { "The nomination has no initiative to recognise." }
    public func recognitionOnlyOpenYear(year: Int, open: Int?) -> String {
        "Recognitions: year under review\(open.map { " (\($0))" } ?? "") only; \(year): binhxet import --outcomes."
    }
    public func alreadyRecognised(_ r: InitiativeRecognition) -> String { "The initiative already has a decision: \(recognitionLine(r))." }
    public func recognitionLine(_ r: InitiativeRecognition) -> String {
        guard r.recognised else { return "not recognised" + (r.number.map { " (decision \($0))" } ?? "") }
        var s = "recognised"
        if let n = r.number { s += " by decision \(n)" }
        if let d = r.date { s += " of \(CalendarDay(d)?.vietnamese ?? d)" }
        if let by = r.by { s += " (\(by))" }
        if r.scope != InitiativeRecognition.unitScope { s += ", scope: \(recognitionScope(r.scope))" }
        return s
    }
    public var recognitionLabel: String { "Recognised" }
}

extension EnglishStrings {
    // MARK: Year summary
    public func summaryTitle(year: Int?) -> String { "Summary" + (year.map { " of \($0)" } ?? "") }
    public func summaryCounts(units: Int, nominations: Int) -> String { "\(units) units · \(nominations) nominations" }
    public var summaryColumns: [String] { ["Unit", "Noms", "Flags", "Decided", "CSTĐCS/quota", "LĐTT", "Favoured", "Critic."] }
    public var summaryDistrict: String { "District" }
    public func summaryQuotaLine(_ l: YearSummary.Line, quota: Share, rounding: QuotaRounding) -> String {
        Vocabulary.en.cstdcsQuota(l, quota: quota, rounding: rounding)
    }
    public func summaryFavouredLine(_ l: YearSummary.Line, target: Share) -> String {
        let share = l.favouredShare.map(Percent.of) ?? "—"
        return "Favoured groups (workers, farmers, direct labour, armed forces, militia, commune police): "
            + "\(l.favoured)/\(l.nominations) = \(share) · target at least \(Percent.share(target, in: .en))"
            + (l.nominations > 0 && !target.isReached(by: l.favoured, of: l.nominations) ? " · short" : "")
            + " · Criticisms: \(l.criticisms)"
    }
    public var summaryOpenHint: String { "Enter: the unit's nominations in the queue · Esc: back" }
    public var summaryCountedHoldersLegend: String { "~ LĐTT holders counted from nominations: not declared by the unit" }
    public var summaryNoYear: String { "No year under review: the desk has no nominations yet." }
    public var summaryNoUnit: String { "No unit selected." }
    public func summaryFiltered(unit: String, year: Int) -> String { "Filtered: \(year) nominations of \(unit) (x: clear)." }
    public var quotaSeeSummary: String { "The unit is over its CSTĐCS quota: see the summary (t in the queues)." }
}

extension EnglishStrings {
    // MARK: Dismissing a finding
    public var dismissTitle: String { "Dismiss a finding" }
    public func dismissalReason(_ r: DismissalReason) -> String {
        switch r {
        case .coAuthored: return "Co-authored initiative (the law allows several authors)"
        case .citedSource: return "The source is cited"
        case .templateText: return "Template text"
        case .falseMatch: return "False match (the passages say different things)"
        }
    }
    public func dismissPrompt(id: String, source: String) -> String {
        "Dismiss the finding of \(id) against \(source): it no longer counts for flags and rule checks; it can be taken back."
    }
    public var dismissNoteLabel: String { "Note" }
    public var dismissKeys: String { "1–4 or ↑/↓: reason · Enter: continue · Esc: cancel" }
    public var dismissNeedsReason: String { "Choose a reason (1–4) first." }
    public var dismissConfirm: String { "Record this dismissal?" }
    public func restoreQuestion(id: String, source: String) -> String {
        "Count the finding of \(id) against \(source) again? It will count for flags and rule checks."
    }
    public func dismissedLine(_ d: FindingDismissal) -> String {
        "✗ dismissed: " + dismissalReason(d.reason) + (d.note.map { " — \($0)" } ?? "") + " (\(d.actor))"
    }
    public func findingDismissed(id: String, source: String, restored: Bool) -> String {
        restored ? "The finding of \(id) against \(source) counts again." : "Dismissed the finding of \(id) against \(source)."
    }
    public func dismissalRefused(_ e: DismissalError) -> [String] {
        switch e {
        case .noSuchFinding(let n, let s): return ["\(n) no longer has a finding against \(s) (checked again?)."]
        case .alreadyDismissed(let n, let s): return ["The finding of \(n) against \(s) is already dismissed."]
        case .notDismissed(let n, let s): return ["The finding of \(n) against \(s) counts already."]
        case .unknownReason(let r): return ["“\(r)” is not a known reason."]
        }
    }
}

extension EnglishStrings {
    // MARK: Checking from the desk
    public func checking(_ p: CheckProgress) -> String { "Checking for re-use: \(p.done)/\(p.total) nominations…" }
    public func checkFinished(checked: Int, flagged: Int) -> String { "Checked \(checked) nominations for re-use: \(flagged) with findings." }
    public func checkFailed(_ why: String) -> String { "The check failed: \(why)" }
}
