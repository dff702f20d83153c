import BinhXetCore
import BinhXetText

/// The recognition dialog's lines: four fields, then the confirmation repeating what will be written.
enum RecognitionDialogView {
    static func lines(_ r: RecognitionDialog, _ state: AppState) -> [StyledLine] {
        let s = state.strings
        let w = DialogView.innerWidth(state)
        var lines: [StyledLine] = [[Span(r.nominee, .label), Span(" · \(r.unitName)", .dim)], []]
        lines += StyledWrap.wrap([Span(s.recognitionPrompt(title: r.initiativeTitle))], width: w)
        lines.append([])
        let labelWidth = RecognitionDialog.Field.allCases.map { DisplayWidth.of(s.recognitionField($0)) }.max()! + 3
        for field in RecognitionDialog.Field.allCases {
            let active = field == r.field && !r.confirming
            // The field being typed in is one line, scrolled so its cursor shows (as the search is); the
            // others show all they hold.
            func typed(_ t: TextField) -> String { active ? t.withCursor(fitting: w - labelWidth) : t.text }
            let value: String
            switch field {
            case .by: value = typed(r.by)
            case .number: value = typed(r.number)
            case .date: value = typed(r.date)
            case .scope: value = "‹ " + s.recognitionScope(r.scope) + " ›"
            }
            let label = (active ? "▸ " : "  ") + s.recognitionField(field)
            lines += StyledWrap.labelled(DisplayWidth.fit(label, to: labelWidth), [Span(value, active ? .input : .dialog)],
                                         labelWidth: labelWidth, width: w)
        }
        if let p = r.problem { lines += [[]] + StyledWrap.wrap([Span(p, .error)], width: w) }
        lines.append([])
        if r.confirming {
            lines += StyledWrap.wrap([Span(s.recognitionConfirm(id: r.nominationID), .label)], width: w)
            lines += [[], [Span(s.confirmingKeys, .dim)]]
        } else {
            lines += StyledWrap.wrap([Span(s.recognitionKeys, .dim)], width: w)
        }
        return lines
    }
}
