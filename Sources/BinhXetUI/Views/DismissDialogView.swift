import BinhXetCore
import BinhXetText

/// The dismissal dialog: the four reasons (one of them), a note, then the confirmation.
enum DismissDialogView {
    static func lines(_ d: DismissDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = DialogView.innerWidth(state)
        if d.restoring {
            var lines = StyledWrap.wrap([Span(s.restoreQuestion(id: d.nominationID, source: d.sourceID))], width: w)
            if let old = state.nomination?.data?.dismissals[d.sourceID] {
                lines += [[]] + StyledWrap.wrap([Span(s.dismissedLine(old), .dim)], width: w)
            }
            return lines + [[], [Span(s.confirmingKeys, .dim)]]
        }
        var lines = StyledWrap.wrap([Span(s.dismissPrompt(id: d.nominationID, source: d.sourceID))], width: w) + [[]]
        for (i, r) in DismissalReason.allCases.enumerated() {
            let picked = d.reason == r
            lines += StyledWrap.wrap([Span((picked ? "(•) " : "( ) ") + "\(i + 1)  " + s.dismissalReason(r),
                                           picked ? .choiceSelected : .dialog)], width: w)
        }
        lines.append([])
        let label = s.dismissNoteLabel + ": "
        let value = d.confirming ? d.note.text : d.note.beforeCursor + "▏" + d.note.afterCursor
        lines += StyledWrap.labelled(label, [Span(value, .input)], labelWidth: DisplayWidth.of(label), width: w).suffix(3)
        if let p = d.problem { lines += [[]] + StyledWrap.wrap([Span(p, .error)], width: w) }
        lines.append([])
        if d.confirming {
            lines += StyledWrap.wrap([Span(s.dismissConfirm, .label)], width: w)
            lines += [[], [Span(s.confirmingKeys, .dim)]]
        } else {
            lines += StyledWrap.wrap([Span(s.dismissKeys, .dim)], width: w)
        }
        return lines
    }
}
