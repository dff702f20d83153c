import BinhXetCore
import BinhXetText

/// The documents dialog's lines: the papers to pick from, the format, and where each saved file went.
enum DocumentsDialogView {
    static func lines(_ d: DocumentsDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = DialogView.innerWidth(state)
        var lines: [StyledLine] = []
        if let nominee = d.nominee { lines += [[Span(nominee, .label)], []] }
        lines += StyledWrap.wrap([Span(s.documentsPrompt(nomination: d.nominationID != nil))], width: w)
        lines.append([])
        guard let papers = d.papers else {
            return lines + [[Span(s.loading, .dim)], [], [Span(s.documentsKeys, .dim)]]
        }
        var tail: [StyledLine] = [[]]
        let formats = DocumentsDialog.formats.map { f in f == d.format ? "(•) " + s.documentFormat(f) : "( ) " + s.documentFormat(f) }
        tail.append([Span(s.documentFormatLabel + ": ", .label), Span(formats.joined(separator: "  "), .dialog)])
        if d.working { tail += [[], [Span(s.documentWorking, .dim)]] }
        if let p = d.problem { tail += [[]] + StyledWrap.wrap([Span(p, .error)], width: w) }
        if let last = d.saved.last {
            // The newest file in full: the folder and the name the core gave it; the count says how many so far.
            tail += [[]] + StyledWrap.path(Span(s.documentSavedLabel(count: d.saved.count) + " ", .label), last.path, style: .input, width: w)
        }
        tail += [[]] + StyledWrap.wrap([Span(s.documentsKeys, .dim)], width: w)
        // The papers, scrolled to keep the chosen one in view when many units were criticised.
        let room = max(1, state.size.height - 2 - 2 - lines.count - tail.count)
        let first = max(0, min(d.selected - room / 2, papers.count - room))
        let savedPapers = Set(d.saved.map(\.paper))
        for (i, p) in papers.enumerated().dropFirst(first).prefix(room) {
            let chosen = i == d.selected
            // ✓ marks a paper saved while the dialog is open.
            let text = (chosen ? "▸ " : "  ") + (savedPapers.contains(p) ? "✓ " : "  ") + s.paperName(p)
            lines.append([Span(DisplayWidth.fit(text, to: w), chosen ? .choiceSelected : .dialog)])
        }
        return lines + tail
    }
}
