import BinhXetCore

/// The papers a member produces at the desk (`d`): from the queues and the year summary the year's documents,
/// from a nomination its similarity report and one-stop slips. The member picks a paper and a format; the
/// core builds it, names the file and saves it in the documents folder. The member never types a path.
public struct DocumentsDialog: Equatable, Sendable {
    public var year: Int
    /// The nomination whose papers are offered; nil for the year's.
    public var nominationID: String?
    public var nominee: String?
    /// The papers offered, as the core lists them; nil while loading.
    public var papers: [IssuableDocument]?
    public var selected = 0
    public var format: DocumentFormat = .docx
    /// The files saved while the dialog is open, in order: what, and where it went.
    public var saved: [SavedPaper] = []
    /// Why the last paper was not saved.
    public var problem: String?
    /// A paper is being made: Enter waits for it.
    public var working = false

    /// The formats offered: Word to edit and sign, HTML to print.
    public static let formats: [DocumentFormat] = [.docx, .html]

    public var selectedPaper: IssuableDocument? {
        guard let p = papers, p.indices.contains(selected) else { return nil }
        return p[selected]
    }
}

/// A file saved from the documents dialog.
public struct SavedPaper: Equatable, Sendable {
    public var paper: IssuableDocument
    public var path: String
}

extension AppState {
    /// The year the papers are for: the nomination's on its page, else the year under review.
    var documentsYear: Int? {
        if screen == .nomination || screen == .compare { return nomination?.data?.detail.nomination.year }
        return queue.reviewYear.year
    }

    mutating func openDocuments() -> [Effect] {
        guard let year = documentsYear else { return [] }
        var dialog = DocumentsDialog(year: year)
        if screen == .nomination || screen == .compare, let d = nomination?.data?.detail {
            dialog.nominationID = d.nomination.id
            dialog.nominee = d.person.name
        }
        modal = .documents(dialog)
        return [.loadPapers(year: year, nominationID: dialog.nominationID)]
    }

    mutating func takePapers(year: Int, nominationID: String?, papers: [IssuableDocument]) {
        guard case .documents(var d)? = modal, d.year == year, d.nominationID == nominationID else { return }
        d.papers = papers
        d.selected = min(d.selected, max(0, papers.count - 1))
        modal = .documents(d)
    }

    mutating func handleDocuments(key: Key, _ dialog: DocumentsDialog) -> [Effect] {
        var d = dialog
        let count = d.papers?.count ?? 0
        switch key {
        case .up, .char("k"): d.selected = max(0, d.selected - 1)
        case .down, .char("j"): d.selected = min(max(0, count - 1), d.selected + 1)
        case .home, .char("g"): d.selected = 0
        case .end, .char("G"): d.selected = max(0, count - 1)
        case .left, .right, .tab, .backTab, .char(" "):
            let all = DocumentsDialog.formats
            let at = all.firstIndex(of: d.format) ?? 0
            d.format = all[(at + (key == .left || key == .backTab ? all.count - 1 : 1)) % all.count]
        case .enter:
            guard !d.working, let paper = d.selectedPaper else { break }
            d.working = true
            d.problem = nil
            modal = .documents(d)
            return [.issueDocument(paper, year: d.year, format: d.format)]
        case .escape, .char("q"):
            modal = nil
            return []
        default:
            if isQuitKey(key) { return quit() }
        }
        modal = .documents(d)
        return []
    }

    /// A paper saved: the dialog lists where it went (and the message line says it), so the member can
    /// produce the next one.
    mutating func documentIssued(_ paper: IssuableDocument, path: String) {
        message = StatusMessage(strings.documentSaved(paper, path: path))
        guard case .documents(var d)? = modal else { return }
        d.working = false
        d.problem = nil
        d.saved.append(SavedPaper(paper: paper, path: path))
        modal = .documents(d)
    }

    mutating func documentFailed(_ paper: IssuableDocument, _ failure: DocumentFailure) {
        let why = strings.documentFailed(paper, failure)
        guard case .documents(var d)? = modal else {
            message = StatusMessage(why, isError: true)
            return
        }
        d.working = false
        d.problem = why
        modal = .documents(d)
    }

    /// Why `d` cannot offer papers here, asked before the dialog opens: a year to produce them for, and a role
    /// that issues the council's papers (the core's `documentRoles`, the same check `issue` makes).
    var documentsUnavailableReason: String? {
        let s = strings
        let standing: MemberStanding?
        switch screen {
        case .nomination, .compare:
            guard let data = nomination?.data else { return s.stillLoading }
            standing = data.standing
        case .queues, .summary, .generic:
            if queue.reviewYear.year == nil { return s.summaryNoYear }
            standing = queue.standing
        case .help:
            return s.documentsWhere
        }
        if let standing, !standing.mayIssueDocuments {
            guard standing.member != nil else { return s.notOnCouncil(member) }
            return s.mayNotIssueDocuments(role: standing.member.map { s.role($0.role) }, allowed: standing.documentRoles.map(s.role))
        }
        return nil
    }
}
