import BinhXetCore

extension EnglishStrings: WorkStrings {
    public func lastInQueue(_ tab: String) -> String { "No more nominations in “\(tab)”." }
    public func firstInQueue(_ tab: String) -> String { "This is the first nomination of “\(tab)”." }
    public func openedNext(id: String) -> String { "opened the next one, \(id)" }
    public func taggedCount(_ n: Int) -> String { "\(n) nominations tagged." }
    public var taggedLabel: String { "Tagged" }
    public func selectionMoved(id: String, status: String, now: String?) -> String {
        "\(id) was just recorded as “\(status)” at another terminal and left this queue"
            + (now.map { "; \($0) is selected now." } ?? ".")
    }
    public func bulkTitle(_ k: BulkKind, count: Int) -> String {
        switch k {
        case .approve: return "Approve \(count) tagged nominations"
        case .vote: return "Vote on \(count) tagged nominations"
        case .supplement: return "Return \(count) nominations for supplement"
        }
    }
    public func bulkPrompt(_ k: BulkKind) -> String {
        switch k {
        case .approve: return ""
        case .vote: return "Your ballot, cast on each nomination separately:"
        case .supplement: return "What the nominations lack (recorded the same on each):"
        }
    }
    public func bulkQuestion(_ k: BulkKind, count: Int, choice: VoteChoice?) -> String {
        switch k {
        case .approve: return "Record APPROVED for \(count) nominations, one decision each?"
        case .vote: return "Cast “\(choice.map(voteChoice) ?? "")” on \(count) nominations, one ballot each?"
        case .supplement: return "Return \(count) nominations to their units for supplement, one record each?"
        }
    }
    public func bulkDoubtsIntro(_ n: Int) -> String {
        "\(n) tagged nominations have a flag, break a rule, lack agreeing votes or are not checked: left OUT unless you include each one (Space):"
    }
    public func bulkDoubtReasons(_ d: BulkDoubt) -> String {
        let parts = (d.voteShortfall.map { ["ballots \($0.agree)/\($0.denominator) agree, needs \($0.comparison == .atLeast ? "≥" : ">") \(Percent.share($0.threshold, in: .en))"] } ?? [])
            + d.flags.map(flagName) + (d.overQuota ? ["unit over its CSTĐCS quota"] : []) + (d.notChecked ? ["not checked for re-use yet"] : [])
        return parts.joined(separator: "; ")
    }
    public func bulkSkipped(_ k: BulkSkipped) -> String {
        let parts = [(k.decided, "already decided"), (k.otherYear, "not of the year under review"),
                     (k.awaitingSupplement, "awaiting supplement"), (k.voted, "your secret ballot cast"), (k.gone, "no longer in the queue")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return "\(k.total) skipped: " + parts.joined(separator: ", ") + "."
    }
    public var bulkNoneChosen: String { "Nothing to record yet: include nominations below one by one (Space) to record them." }
    public var bulkConfirmKeys: String { "Enter/y: record · ↑↓ Space: include a flagged one · Esc/n: back" }
    public var bulkChoosingKeys: String { "Enter: next · Esc: cancel" }
    public func bulkRecorded(_ k: BulkKind, count: Int) -> String {
        switch k {
        case .approve: return "Recorded approval of \(count) nominations."
        case .vote: return "Recorded your ballot on \(count) nominations."
        case .supplement: return "Recorded \(count) nominations returned for supplement."
        }
    }
    public var bulkRefusedTitle: String { "Some were not recorded" }
    public func bulkRefusedIntro(_ n: Int) -> String { "\(n) could not be recorded (still tagged):" }
    public var bulkNothingToDo: String { "Nothing to record: no flagged nomination was included." }
    public var rejectOneByOne: String { "Rejections are recorded one nomination at a time, with a reason: open the nomination (Enter)." }
    public var sortTitle: String { "Sort by" }
    public var sortKeys: String { "↑↓/number: choose · Enter: sort (again: reverse) · Esc: cancel" }
    public var discardTitle: String { "Discard what you typed?" }
    public var discardQuestion: String { "Closing the dialog discards the text you typed. Discard it?" }
    public var discardKeys: String { "y/Enter: discard · n/Esc: keep typing" }
    public func searchMatches(_ n: Int, in field: SearchField) -> String {
        switch field {
        case .name: return "\(n) by name"
        case .id: return "\(n) by ID"
        case .unit: return "\(n) by unit"
        case .initiative: return "\(n) by initiative title"
        }
    }
    public var helpGuideTitle: String { "How to" }
    public var helpGuide: [String] {
        ["Review a nomination: Enter opens it · c compares with a matched source · n/N go through the passages · "
            + "v votes · a approves, r rejects, b returns for supplement · J goes to the next one (it opens by itself after a decision).",
         "Your day: 1 opens “My work” (what you have not voted on or decided); Space tags, * tags the whole list, "
            + "then a/v/b act on every tagged nomination (flagged ones must be included one by one).",
         "Finding: / searches (typed with marks, it matches them) · f filters by year, unit, flag · s chooses the order · 1–8 choose a queue."]
    }
    public func screenName(_ k: ScreenKind) -> String {
        switch k {
        case .queues, .generic: return "the queues"
        case .nomination: return "the nomination page"
        case .compare: return "side by side"
        case .help: return "help"
        case .summary: return "the year summary"
        }
    }
    public func helpHereTitle(_ screen: String) -> String { "Available now on \(screen)" }
    public var helpAllTitle: String { "Every action (names as a keymap file uses them)" }
    public func passageWrapped(toFirst: Bool) -> String {
        toFirst ? "Past the last passage: back to the first." : "Before the first passage: on to the last."
    }
}
